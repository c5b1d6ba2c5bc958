import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_saved_views_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_saved_views_scope" AS ENUM('user', 'role', 'tenant');
  CREATE TYPE "public"."enum_workflows_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_public_forms_entity" AS ENUM('leads', 'contacts', 'service-requests');
  CREATE TYPE "public"."enum_public_forms_columns" AS ENUM('1', '2');
  CREATE TYPE "public"."enum_public_form_submissions_outcome" AS ENUM('pending', 'created', 'invalid', 'honeypot', 'rate-limited', 'failed');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'saved-views';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'workflows';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'workflow-transitions';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'public-forms';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'public-form-submissions';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgePublicFormLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgePublicFormLog';
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
  
  CREATE TABLE "workflows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name_zh" varchar NOT NULL,
  	"name_en" varchar NOT NULL,
  	"entity" "enum_workflows_entity" NOT NULL,
  	"field" varchar DEFAULT 'stage',
  	"priority" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"applies_when" varchar,
  	"stages" jsonb NOT NULL,
  	"transitions" jsonb NOT NULL,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_transitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"workflow" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"transition" varchar,
  	"user_id" integer,
  	"comment" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "public_forms_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"required" boolean DEFAULT false,
  	"wide" boolean DEFAULT false
  );
  
  CREATE TABLE "public_forms_fixed_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "public_forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"entity" "enum_public_forms_entity" NOT NULL,
  	"active" boolean DEFAULT true,
  	"title_zh" varchar NOT NULL,
  	"title_en" varchar NOT NULL,
  	"intro_zh" varchar,
  	"intro_en" varchar,
  	"columns" "enum_public_forms_columns" DEFAULT '1',
  	"record_owner_id" integer,
  	"record_department_id" integer,
  	"thank_you_zh" varchar DEFAULT '感谢您的提交！我们会尽快与您联系。' NOT NULL,
  	"thank_you_en" varchar DEFAULT 'Thank you! We will be in touch soon.' NOT NULL,
  	"redirect_url" varchar,
  	"rate_limit" numeric DEFAULT 10 NOT NULL,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "public_form_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer NOT NULL,
  	"form_slug" varchar,
  	"outcome" "enum_public_form_submissions_outcome" NOT NULL,
  	"entity" varchar,
  	"record_id" varchar,
  	"ip_hash" varchar NOT NULL,
  	"user_agent" varchar,
  	"language" varchar,
  	"detail" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "activities" ADD COLUMN "workflow_action" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "saved_views_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflows_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_transitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_forms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_form_submissions_id" integer;
  ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflows" ADD CONSTRAINT "workflows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_transitions" ADD CONSTRAINT "workflow_transitions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_transitions" ADD CONSTRAINT "workflow_transitions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_forms_fields" ADD CONSTRAINT "public_forms_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_forms_fixed_values" ADD CONSTRAINT "public_forms_fixed_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_forms" ADD CONSTRAINT "public_forms_record_owner_id_users_id_fk" FOREIGN KEY ("record_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_forms" ADD CONSTRAINT "public_forms_record_department_id_departments_id_fk" FOREIGN KEY ("record_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_forms" ADD CONSTRAINT "public_forms_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_form_submissions" ADD CONSTRAINT "public_form_submissions_form_id_public_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."public_forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_form_submissions" ADD CONSTRAINT "public_form_submissions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "saved_views_user_idx" ON "saved_views" USING btree ("user_id");
  CREATE INDEX "saved_views_tenant_idx" ON "saved_views" USING btree ("tenant_id");
  CREATE INDEX "saved_views_updated_at_idx" ON "saved_views" USING btree ("updated_at");
  CREATE INDEX "saved_views_created_at_idx" ON "saved_views" USING btree ("created_at");
  CREATE INDEX "tenant_entity_scope_idx" ON "saved_views" USING btree ("tenant_id","entity","scope");
  CREATE INDEX "workflows_tenant_idx" ON "workflows" USING btree ("tenant_id");
  CREATE INDEX "workflows_updated_at_idx" ON "workflows" USING btree ("updated_at");
  CREATE INDEX "workflows_created_at_idx" ON "workflows" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_key_2_idx" ON "workflows" USING btree ("tenant_id","key");
  CREATE INDEX "tenant_entity_active_idx" ON "workflows" USING btree ("tenant_id","entity","active");
  CREATE INDEX "workflow_transitions_user_idx" ON "workflow_transitions" USING btree ("user_id");
  CREATE INDEX "workflow_transitions_tenant_idx" ON "workflow_transitions" USING btree ("tenant_id");
  CREATE INDEX "workflow_transitions_updated_at_idx" ON "workflow_transitions" USING btree ("updated_at");
  CREATE INDEX "workflow_transitions_created_at_idx" ON "workflow_transitions" USING btree ("created_at");
  CREATE INDEX "tenant_entity_record_idx" ON "workflow_transitions" USING btree ("tenant_id","entity","record");
  CREATE INDEX "public_forms_fields_order_idx" ON "public_forms_fields" USING btree ("_order");
  CREATE INDEX "public_forms_fields_parent_id_idx" ON "public_forms_fields" USING btree ("_parent_id");
  CREATE INDEX "public_forms_fixed_values_order_idx" ON "public_forms_fixed_values" USING btree ("_order");
  CREATE INDEX "public_forms_fixed_values_parent_id_idx" ON "public_forms_fixed_values" USING btree ("_parent_id");
  CREATE INDEX "public_forms_slug_idx" ON "public_forms" USING btree ("slug");
  CREATE INDEX "public_forms_record_owner_idx" ON "public_forms" USING btree ("record_owner_id");
  CREATE INDEX "public_forms_record_department_idx" ON "public_forms" USING btree ("record_department_id");
  CREATE INDEX "public_forms_tenant_idx" ON "public_forms" USING btree ("tenant_id");
  CREATE INDEX "public_forms_updated_at_idx" ON "public_forms" USING btree ("updated_at");
  CREATE INDEX "public_forms_created_at_idx" ON "public_forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_slug_idx" ON "public_forms" USING btree ("tenant_id","slug");
  CREATE INDEX "public_form_submissions_form_idx" ON "public_form_submissions" USING btree ("form_id");
  CREATE INDEX "public_form_submissions_outcome_idx" ON "public_form_submissions" USING btree ("outcome");
  CREATE INDEX "public_form_submissions_tenant_idx" ON "public_form_submissions" USING btree ("tenant_id");
  CREATE INDEX "public_form_submissions_updated_at_idx" ON "public_form_submissions" USING btree ("updated_at");
  CREATE INDEX "public_form_submissions_created_at_idx" ON "public_form_submissions" USING btree ("created_at");
  CREATE INDEX "form_ipHash_createdAt_idx" ON "public_form_submissions" USING btree ("form_id","ip_hash","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_saved_views_fk" FOREIGN KEY ("saved_views_id") REFERENCES "public"."saved_views"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflows_fk" FOREIGN KEY ("workflows_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_transitions_fk" FOREIGN KEY ("workflow_transitions_id") REFERENCES "public"."workflow_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_forms_fk" FOREIGN KEY ("public_forms_id") REFERENCES "public"."public_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_form_submissions_fk" FOREIGN KEY ("public_form_submissions_id") REFERENCES "public"."public_form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "activities_workflow_action_idx" ON "activities" USING btree ("workflow_action");
  CREATE INDEX "payload_locked_documents_rels_saved_views_id_idx" ON "payload_locked_documents_rels" USING btree ("saved_views_id");
  CREATE INDEX "payload_locked_documents_rels_workflows_id_idx" ON "payload_locked_documents_rels" USING btree ("workflows_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_transitions_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_transitions_id");
  CREATE INDEX "payload_locked_documents_rels_public_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("public_forms_id");
  CREATE INDEX "payload_locked_documents_rels_public_form_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("public_form_submissions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "saved_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_transitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "public_forms_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "public_forms_fixed_values" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "public_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "public_form_submissions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "saved_views" CASCADE;
  DROP TABLE "workflows" CASCADE;
  DROP TABLE "workflow_transitions" CASCADE;
  DROP TABLE "public_forms_fields" CASCADE;
  DROP TABLE "public_forms_fixed_values" CASCADE;
  DROP TABLE "public_forms" CASCADE;
  DROP TABLE "public_form_submissions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_saved_views_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflows_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_transitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_forms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_form_submissions_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "activities_workflow_action_idx";
  DROP INDEX "payload_locked_documents_rels_saved_views_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflows_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_transitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_public_forms_id_idx";
  DROP INDEX "payload_locked_documents_rels_public_form_submissions_id_idx";
  ALTER TABLE "activities" DROP COLUMN "workflow_action";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "saved_views_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflows_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_transitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_forms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_form_submissions_id";
  DROP TYPE "public"."enum_saved_views_entity";
  DROP TYPE "public"."enum_saved_views_scope";
  DROP TYPE "public"."enum_workflows_entity";
  DROP TYPE "public"."enum_public_forms_entity";
  DROP TYPE "public"."enum_public_forms_columns";
  DROP TYPE "public"."enum_public_form_submissions_outcome";`)
}
