import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_entity_schemas_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_entity_schemas_status" AS ENUM('draft', 'published', 'superseded');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'entity-schemas';
  CREATE TABLE "entity_schemas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" "enum_entity_schemas_entity" NOT NULL,
  	"version" numeric,
  	"status" "enum_entity_schemas_status" DEFAULT 'draft',
  	"schema" jsonb,
  	"layout" jsonb,
  	"list_views" jsonb,
  	"note" varchar,
  	"based_on" numeric,
  	"published_at" timestamp(3) with time zone,
  	"published_by_id" integer,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "entity_schemas_id" integer;
  ALTER TABLE "entity_schemas" ADD CONSTRAINT "entity_schemas_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entity_schemas" ADD CONSTRAINT "entity_schemas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "entity_schemas_entity_idx" ON "entity_schemas" USING btree ("entity");
  CREATE INDEX "entity_schemas_status_idx" ON "entity_schemas" USING btree ("status");
  CREATE INDEX "entity_schemas_published_by_idx" ON "entity_schemas" USING btree ("published_by_id");
  CREATE INDEX "entity_schemas_tenant_idx" ON "entity_schemas" USING btree ("tenant_id");
  CREATE INDEX "entity_schemas_updated_at_idx" ON "entity_schemas" USING btree ("updated_at");
  CREATE INDEX "entity_schemas_created_at_idx" ON "entity_schemas" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_entity_version_idx" ON "entity_schemas" USING btree ("tenant_id","entity","version");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_entity_schemas_fk" FOREIGN KEY ("entity_schemas_id") REFERENCES "public"."entity_schemas"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_entity_schemas_id_idx" ON "payload_locked_documents_rels" USING btree ("entity_schemas_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "entity_schemas" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "entity_schemas" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_entity_schemas_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "payload_locked_documents_rels_entity_schemas_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "entity_schemas_id";
  DROP TYPE "public"."enum_entity_schemas_entity";
  DROP TYPE "public"."enum_entity_schemas_status";`)
}
