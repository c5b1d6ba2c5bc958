import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`invoices\` ADD \`amount_paid\` text;`)
  await db.run(sql`ALTER TABLE \`invoices\` ADD \`amount_paid_minor\` numeric;`)
  await db.run(sql`CREATE INDEX \`invoices_amount_paid_minor_idx\` ON \`invoices\` (\`amount_paid_minor\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`invoices_amount_paid_minor_idx\`;`)
  await db.run(sql`ALTER TABLE \`invoices\` DROP COLUMN \`amount_paid\`;`)
  await db.run(sql`ALTER TABLE \`invoices\` DROP COLUMN \`amount_paid_minor\`;`)
}
