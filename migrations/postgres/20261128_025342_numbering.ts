import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_number_sequences_target_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_number_sequences_reset_policy" AS ENUM('never', 'yearly', 'monthly', 'daily');
  CREATE TYPE "public"."enum_number_sequences_dimension" AS ENUM('none', 'department', 'field');
  ALTER TYPE "public"."enum_quotes_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_sales_orders_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_contracts_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'number-sequences';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'number-counters';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'void';
  CREATE TABLE "number_sequences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"target_collection" "enum_number_sequences_target_collection" NOT NULL,
  	"active" boolean DEFAULT true,
  	"pattern" varchar DEFAULT 'NO-{YYYY}{MM}-{SEQ:4}',
  	"reset_policy" "enum_number_sequences_reset_policy" DEFAULT 'monthly' NOT NULL,
  	"dimension" "enum_number_sequences_dimension" DEFAULT 'none' NOT NULL,
  	"dimension_field" varchar,
  	"padding" numeric DEFAULT 4,
  	"gap_free" boolean DEFAULT false,
  	"custom_key" varchar DEFAULT 'number',
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "number_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sequence_id" integer,
  	"dimension_key" varchar DEFAULT '',
  	"period_key" varchar DEFAULT '',
  	"last_value" numeric DEFAULT 0,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "roles" ADD COLUMN "override_numbers" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "number_sequences_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "number_counters_id" integer;
  ALTER TABLE "number_sequences" ADD CONSTRAINT "number_sequences_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "number_counters" ADD CONSTRAINT "number_counters_sequence_id_number_sequences_id_fk" FOREIGN KEY ("sequence_id") REFERENCES "public"."number_sequences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "number_counters" ADD CONSTRAINT "number_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "number_sequences_tenant_idx" ON "number_sequences" USING btree ("tenant_id");
  CREATE INDEX "number_sequences_updated_at_idx" ON "number_sequences" USING btree ("updated_at");
  CREATE INDEX "number_sequences_created_at_idx" ON "number_sequences" USING btree ("created_at");
  CREATE INDEX "tenant_targetCollection_idx" ON "number_sequences" USING btree ("tenant_id","target_collection");
  CREATE INDEX "number_counters_sequence_idx" ON "number_counters" USING btree ("sequence_id");
  CREATE INDEX "number_counters_tenant_idx" ON "number_counters" USING btree ("tenant_id");
  CREATE INDEX "number_counters_updated_at_idx" ON "number_counters" USING btree ("updated_at");
  CREATE INDEX "number_counters_created_at_idx" ON "number_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "sequence_dimensionKey_periodKey_idx" ON "number_counters" USING btree ("sequence_id","dimension_key","period_key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_number_sequences_fk" FOREIGN KEY ("number_sequences_id") REFERENCES "public"."number_sequences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_number_counters_fk" FOREIGN KEY ("number_counters_id") REFERENCES "public"."number_counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_number_sequences_id_idx" ON "payload_locked_documents_rels" USING btree ("number_sequences_id");
  CREATE INDEX "payload_locked_documents_rels_number_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("number_counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "number_sequences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "number_counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "number_sequences" CASCADE;
  DROP TABLE "number_counters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_number_sequences_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_number_counters_fk";
  
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_quotes_status";
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('draft', 'sent', 'accepted', 'rejected', 'expired');
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_quotes_status";
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DATA TYPE "public"."enum_quotes_status" USING "status"::"public"."enum_quotes_status";
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_sales_orders_status";
  CREATE TYPE "public"."enum_sales_orders_status" AS ENUM('draft', 'confirmed', 'shipped', 'completed', 'cancelled');
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_sales_orders_status";
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_sales_orders_status" USING "status"::"public"."enum_sales_orders_status";
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_contracts_status";
  CREATE TYPE "public"."enum_contracts_status" AS ENUM('draft', 'signed', 'in-force', 'completed', 'terminated');
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_contracts_status";
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DATA TYPE "public"."enum_contracts_status" USING "status"::"public"."enum_contracts_status";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_purchase_orders_status";
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('draft', 'ordered', 'received', 'cancelled');
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_purchase_orders_status";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_purchase_orders_status" USING "status"::"public"."enum_purchase_orders_status";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'restore', 'purge', 'claim', 'assign', 'return', 'auto-return');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "payload_locked_documents_rels_number_sequences_id_idx";
  DROP INDEX "payload_locked_documents_rels_number_counters_id_idx";
  ALTER TABLE "roles" DROP COLUMN "override_numbers";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "number_sequences_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "number_counters_id";
  DROP TYPE "public"."enum_number_sequences_target_collection";
  DROP TYPE "public"."enum_number_sequences_reset_policy";
  DROP TYPE "public"."enum_number_sequences_dimension";`)
}
