import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "invoices" ADD COLUMN "amount_paid" varchar;
  ALTER TABLE "invoices" ADD COLUMN "amount_paid_minor" numeric;
  CREATE INDEX "invoices_amount_paid_minor_idx" ON "invoices" USING btree ("amount_paid_minor");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "invoices_amount_paid_minor_idx";
  ALTER TABLE "invoices" DROP COLUMN "amount_paid";
  ALTER TABLE "invoices" DROP COLUMN "amount_paid_minor";`)
}
