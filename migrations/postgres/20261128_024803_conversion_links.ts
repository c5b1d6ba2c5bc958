import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sales_orders" ADD COLUMN "invoice_id" integer;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sales_orders_invoice_idx" ON "sales_orders" USING btree ("invoice_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sales_orders" DROP CONSTRAINT "sales_orders_invoice_id_invoices_id_fk";
  
  DROP INDEX "sales_orders_invoice_idx";
  ALTER TABLE "sales_orders" DROP COLUMN "invoice_id";`)
}
