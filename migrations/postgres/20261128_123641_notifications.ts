import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notifications_kind" AS ENUM('reminder', 'escalation', 'approval', 'assignment', 'mention', 'poolReturn', 'info');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'notifications';
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"text_zh" varchar NOT NULL,
  	"text_en" varchar NOT NULL,
  	"entity" varchar,
  	"record" varchar,
  	"dedupe_key" varchar,
  	"read_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id");
  CREATE UNIQUE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE INDEX "notifications_read_at_idx" ON "notifications" USING btree ("read_at");
  CREATE INDEX "notifications_tenant_idx" ON "notifications" USING btree ("tenant_id");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "user_readAt_idx" ON "notifications" USING btree ("user_id","read_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notifications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  DROP TYPE "public"."enum_notifications_kind";`)
}
