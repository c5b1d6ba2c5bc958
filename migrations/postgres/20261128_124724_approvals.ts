import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_approval_processes_steps_approver_type" AS ENUM('users', 'role', 'manager', 'departmentManager');
  CREATE TYPE "public"."enum_approval_processes_steps_mode" AS ENUM('any', 'all');
  CREATE TYPE "public"."enum_approval_processes_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_approval_requests_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'approval-processes';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'approval-requests';
  CREATE TABLE "approval_processes_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label_zh" varchar NOT NULL,
  	"label_en" varchar NOT NULL,
  	"approver_type" "enum_approval_processes_steps_approver_type" DEFAULT 'users' NOT NULL,
  	"mode" "enum_approval_processes_steps_mode" DEFAULT 'any' NOT NULL,
  	"department_id" integer,
  	"when" varchar
  );
  
  CREATE TABLE "approval_processes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name_zh" varchar NOT NULL,
  	"name_en" varchar NOT NULL,
  	"entity" "enum_approval_processes_entity" NOT NULL,
  	"priority" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"applies_when" varchar,
  	"status_field" varchar,
  	"approved_value" varchar,
  	"rejected_value" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approval_processes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "approval_processes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "approval_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"process" varchar NOT NULL,
  	"process_name_zh" varchar,
  	"process_name_en" varchar,
  	"entity" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"record_title" varchar,
  	"submitter_id" integer NOT NULL,
  	"status" "enum_approval_requests_status" DEFAULT 'pending' NOT NULL,
  	"current_step" varchar,
  	"current_index" numeric DEFAULT 0,
  	"version" numeric DEFAULT 1 NOT NULL,
  	"pending_key" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"steps" jsonb,
  	"history" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approval_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_processes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_requests_id" integer;
  ALTER TABLE "approval_processes_steps" ADD CONSTRAINT "approval_processes_steps_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_processes_steps" ADD CONSTRAINT "approval_processes_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_processes" ADD CONSTRAINT "approval_processes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_processes_texts" ADD CONSTRAINT "approval_processes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_processes_rels" ADD CONSTRAINT "approval_processes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_processes_rels" ADD CONSTRAINT "approval_processes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_submitter_id_users_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_requests_rels" ADD CONSTRAINT "approval_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_requests_rels" ADD CONSTRAINT "approval_requests_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "approval_processes_steps_order_idx" ON "approval_processes_steps" USING btree ("_order");
  CREATE INDEX "approval_processes_steps_parent_id_idx" ON "approval_processes_steps" USING btree ("_parent_id");
  CREATE INDEX "approval_processes_steps_department_idx" ON "approval_processes_steps" USING btree ("department_id");
  CREATE INDEX "approval_processes_tenant_idx" ON "approval_processes" USING btree ("tenant_id");
  CREATE INDEX "approval_processes_updated_at_idx" ON "approval_processes" USING btree ("updated_at");
  CREATE INDEX "approval_processes_created_at_idx" ON "approval_processes" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_key_3_idx" ON "approval_processes" USING btree ("tenant_id","key");
  CREATE INDEX "tenant_entity_active_1_idx" ON "approval_processes" USING btree ("tenant_id","entity","active");
  CREATE INDEX "approval_processes_texts_order_parent" ON "approval_processes_texts" USING btree ("order","parent_id");
  CREATE INDEX "approval_processes_rels_order_idx" ON "approval_processes_rels" USING btree ("order");
  CREATE INDEX "approval_processes_rels_parent_idx" ON "approval_processes_rels" USING btree ("parent_id");
  CREATE INDEX "approval_processes_rels_path_idx" ON "approval_processes_rels" USING btree ("path");
  CREATE INDEX "approval_processes_rels_users_id_idx" ON "approval_processes_rels" USING btree ("users_id");
  CREATE INDEX "approval_requests_submitter_idx" ON "approval_requests" USING btree ("submitter_id");
  CREATE UNIQUE INDEX "approval_requests_pending_key_idx" ON "approval_requests" USING btree ("pending_key");
  CREATE INDEX "approval_requests_tenant_idx" ON "approval_requests" USING btree ("tenant_id");
  CREATE INDEX "approval_requests_updated_at_idx" ON "approval_requests" USING btree ("updated_at");
  CREATE INDEX "approval_requests_created_at_idx" ON "approval_requests" USING btree ("created_at");
  CREATE INDEX "entity_record_status_idx" ON "approval_requests" USING btree ("entity","record","status");
  CREATE INDEX "tenant_status_idx" ON "approval_requests" USING btree ("tenant_id","status");
  CREATE INDEX "approval_requests_rels_order_idx" ON "approval_requests_rels" USING btree ("order");
  CREATE INDEX "approval_requests_rels_parent_idx" ON "approval_requests_rels" USING btree ("parent_id");
  CREATE INDEX "approval_requests_rels_path_idx" ON "approval_requests_rels" USING btree ("path");
  CREATE INDEX "approval_requests_rels_users_id_idx" ON "approval_requests_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_processes_fk" FOREIGN KEY ("approval_processes_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_requests_fk" FOREIGN KEY ("approval_requests_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_approval_processes_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_processes_id");
  CREATE INDEX "payload_locked_documents_rels_approval_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "approval_processes_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_processes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_processes_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_processes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_requests_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "approval_processes_steps" CASCADE;
  DROP TABLE "approval_processes" CASCADE;
  DROP TABLE "approval_processes_texts" CASCADE;
  DROP TABLE "approval_processes_rels" CASCADE;
  DROP TABLE "approval_requests" CASCADE;
  DROP TABLE "approval_requests_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_processes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_requests_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "payload_locked_documents_rels_approval_processes_id_idx";
  DROP INDEX "payload_locked_documents_rels_approval_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_processes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_requests_id";
  DROP TYPE "public"."enum_approval_processes_steps_approver_type";
  DROP TYPE "public"."enum_approval_processes_steps_mode";
  DROP TYPE "public"."enum_approval_processes_entity";
  DROP TYPE "public"."enum_approval_requests_status";`)
}
