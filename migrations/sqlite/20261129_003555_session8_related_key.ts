import { RELATED_KEY_TABLES, relatedKeyBackfill } from '../../src/fields/relatedKeyBackfill'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`activities_related_key_idx\` ON \`activities\` (\`related_key\`);`)
  await db.run(sql`CREATE INDEX \`relatedKey_startAt_idx\` ON \`activities\` (\`related_key\`,\`start_at\`);`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`tasks_related_key_idx\` ON \`tasks\` (\`related_key\`);`)
  await db.run(sql`ALTER TABLE \`notes\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`notes_related_key_idx\` ON \`notes\` (\`related_key\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`documents_related_key_idx\` ON \`documents\` (\`related_key\`);`)
  await db.run(sql`ALTER TABLE \`email_messages\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`email_messages_related_key_idx\` ON \`email_messages\` (\`related_key\`);`)
  // Existing rows get their key from the relation they already have.
  for (const table of RELATED_KEY_TABLES) await db.run(sql.raw(relatedKeyBackfill(table)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`activities_related_key_idx\`;`)
  await db.run(sql`DROP INDEX \`relatedKey_startAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`tasks_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`notes_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`notes\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`documents_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`email_messages_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`email_messages\` DROP COLUMN \`related_key\`;`)
}
