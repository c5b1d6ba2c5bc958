import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`mask_personal_data\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`manage_personal_data\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`erased_at\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`erased_at\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`mask_personal_data\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`manage_personal_data\`;`)
}
