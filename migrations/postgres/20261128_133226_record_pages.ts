import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_activities_type" ADD VALUE 'note';
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer,
  	"contacts_id" integer,
  	"leads_id" integer,
  	"opportunities_id" integer,
  	"quotes_id" integer,
  	"sales_orders_id" integer,
  	"purchase_orders_id" integer,
  	"invoices_id" integer,
  	"contracts_id" integer,
  	"service_requests_id" integer,
  	"campaigns_id" integer
  );
  
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_accounts_id_idx" ON "documents_rels" USING btree ("accounts_id");
  CREATE INDEX "documents_rels_contacts_id_idx" ON "documents_rels" USING btree ("contacts_id");
  CREATE INDEX "documents_rels_leads_id_idx" ON "documents_rels" USING btree ("leads_id");
  CREATE INDEX "documents_rels_opportunities_id_idx" ON "documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "documents_rels_quotes_id_idx" ON "documents_rels" USING btree ("quotes_id");
  CREATE INDEX "documents_rels_sales_orders_id_idx" ON "documents_rels" USING btree ("sales_orders_id");
  CREATE INDEX "documents_rels_purchase_orders_id_idx" ON "documents_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "documents_rels_invoices_id_idx" ON "documents_rels" USING btree ("invoices_id");
  CREATE INDEX "documents_rels_contracts_id_idx" ON "documents_rels" USING btree ("contracts_id");
  CREATE INDEX "documents_rels_service_requests_id_idx" ON "documents_rels" USING btree ("service_requests_id");
  CREATE INDEX "documents_rels_campaigns_id_idx" ON "documents_rels" USING btree ("campaigns_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "documents_rels" CASCADE;
  ALTER TABLE "activities" ALTER COLUMN "type" SET DATA TYPE text;
  ALTER TABLE "activities" ALTER COLUMN "type" SET DEFAULT 'call'::text;
  DROP TYPE "public"."enum_activities_type";
  CREATE TYPE "public"."enum_activities_type" AS ENUM('call', 'visit', 'meeting', 'email', 'task', 'event');
  ALTER TABLE "activities" ALTER COLUMN "type" SET DEFAULT 'call'::"public"."enum_activities_type";
  ALTER TABLE "activities" ALTER COLUMN "type" SET DATA TYPE "public"."enum_activities_type" USING "type"::"public"."enum_activities_type";`)
}
