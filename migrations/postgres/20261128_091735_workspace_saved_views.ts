import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_saved_views_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_saved_views_scope" AS ENUM('user', 'role', 'tenant');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'saved-views';
  CREATE TABLE "saved_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" "enum_saved_views_entity" NOT NULL,
  	"label" varchar NOT NULL,
  	"scope" "enum_saved_views_scope" DEFAULT 'user' NOT NULL,
  	"role_key" varchar,
  	"user_id" integer,
  	"view" jsonb NOT NULL,
  	"is_default" boolean DEFAULT false,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "saved_views_id" integer;
  ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "saved_views_user_idx" ON "saved_views" USING btree ("user_id");
  CREATE INDEX "saved_views_tenant_idx" ON "saved_views" USING btree ("tenant_id");
  CREATE INDEX "saved_views_updated_at_idx" ON "saved_views" USING btree ("updated_at");
  CREATE INDEX "saved_views_created_at_idx" ON "saved_views" USING btree ("created_at");
  CREATE INDEX "tenant_entity_scope_idx" ON "saved_views" USING btree ("tenant_id","entity","scope");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_saved_views_fk" FOREIGN KEY ("saved_views_id") REFERENCES "public"."saved_views"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_saved_views_id_idx" ON "payload_locked_documents_rels" USING btree ("saved_views_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "saved_views" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "saved_views" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_saved_views_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "payload_locked_documents_rels_saved_views_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "saved_views_id";
  DROP TYPE "public"."enum_saved_views_entity";
  DROP TYPE "public"."enum_saved_views_scope";`)
}
