import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_id\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_direction\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_number\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_status\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_ringing_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_answered_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_ended_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_outcome\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_agent_extension\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_recording_url\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_callId_idx\` ON \`activities\` (\`tenant_id\`,\`call_id\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`cti_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` ADD \`extension\` text;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` ADD \`agent_status\` text DEFAULT 'offline';`)
  await db.run(sql`ALTER TABLE \`users_memberships\` ADD \`agent_on_call\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant_callId_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_id\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_direction\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_number\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_status\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_ringing_at\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_answered_at\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_ended_at\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_duration_seconds\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_outcome\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_agent_extension\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_recording_url\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`cti_secret\`;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` DROP COLUMN \`extension\`;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` DROP COLUMN \`agent_status\`;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` DROP COLUMN \`agent_on_call\`;`)
}
