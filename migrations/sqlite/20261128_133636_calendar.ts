import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` ADD \`all_day\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`remind_minutes_before\` numeric;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`remind_at\` text;`)
  await db.run(sql`CREATE INDEX \`activities_remind_at_idx\` ON \`activities\` (\`remind_at\`);`)
  await db.run(sql`CREATE INDEX \`owner_startAt_deletedAt_idx\` ON \`activities\` (\`owner_id\`,\`start_at\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`assignee_dueAt_deletedAt_idx\` ON \`tasks\` (\`assignee_id\`,\`due_at\`,\`deleted_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`activities_remind_at_idx\`;`)
  await db.run(sql`DROP INDEX \`owner_startAt_deletedAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`all_day\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`remind_minutes_before\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`remind_at\`;`)
  await db.run(sql`DROP INDEX \`assignee_dueAt_deletedAt_idx\`;`)
}
