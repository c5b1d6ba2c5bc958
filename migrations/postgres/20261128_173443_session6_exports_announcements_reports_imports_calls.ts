import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_activities_call_direction" AS ENUM('inbound', 'outbound');
  CREATE TYPE "public"."enum_activities_call_status" AS ENUM('ringing', 'answered', 'missed', 'completed');
  CREATE TYPE "public"."enum_activities_call_outcome" AS ENUM('resolved', 'followUp', 'interested', 'notInterested', 'wrongNumber', 'voicemail');
  CREATE TYPE "public"."enum_tenants_hidden_modules" AS ENUM('customers', 'sales', 'products', 'service', 'marketing', 'office');
  CREATE TYPE "public"."enum_users_memberships_agent_status" AS ENUM('available', 'busy', 'offline');
  CREATE TYPE "public"."enum_export_jobs_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_export_jobs_format" AS ENUM('csv', 'xlsx');
  CREATE TYPE "public"."enum_export_jobs_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_export_jobs_status" AS ENUM('queued', 'running', 'done', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_reports_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_reports_scope" AS ENUM('user', 'role', 'tenant');
  CREATE TYPE "public"."enum_reports_schedule_frequency" AS ENUM('none', 'daily', 'weekly', 'monthly');
  CREATE TYPE "public"."enum_reports_schedule_format" AS ENUM('csv', 'xlsx');
  CREATE TYPE "public"."enum_dashboards_widgets_display" AS ENUM('chart', 'table');
  CREATE TYPE "public"."enum_dashboards_widgets_width" AS ENUM('half', 'full');
  CREATE TYPE "public"."enum_dashboards_scope" AS ENUM('user', 'role', 'tenant');
  CREATE TYPE "public"."enum_sales_targets_subject" AS ENUM('user', 'department');
  CREATE TYPE "public"."enum_sales_targets_period" AS ENUM('month', 'quarter');
  CREATE TYPE "public"."enum_sales_targets_measure" AS ENUM('amount', 'count');
  CREATE TYPE "public"."enum_sales_targets_basis" AS ENUM('opportunities', 'invoices');
  CREATE TYPE "public"."enum_imports_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_imports_encoding" AS ENUM('auto', 'utf-8', 'gbk');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('draft', 'queued', 'running', 'cancelling', 'cancelled', 'done', 'failed', 'undone');
  CREATE TYPE "public"."enum_import_rows_outcome" AS ENUM('pending', 'created', 'updated', 'skipped', 'rejected');
  CREATE TYPE "public"."enum_import_mappings_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'export-jobs';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'announcement-reads';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'reports';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'dashboards';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sales-targets';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendScheduledReports' BEFORE 'returnStalePoolRecords';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runListExport';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runImport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendScheduledReports' BEFORE 'returnStalePoolRecords';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runListExport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runImport';
  CREATE TABLE "tenants_hidden_modules" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_tenants_hidden_modules",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "export_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"entity" "enum_export_jobs_entity" NOT NULL,
  	"format" "enum_export_jobs_format" NOT NULL,
  	"query" jsonb,
  	"language" "enum_export_jobs_language" DEFAULT 'zh',
  	"status" "enum_export_jobs_status" DEFAULT 'queued' NOT NULL,
  	"total" numeric,
  	"done" numeric DEFAULT 0,
  	"file_name" varchar,
  	"file_size" numeric,
  	"error" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "announcement_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"announcement_id" integer NOT NULL,
  	"user_id" integer NOT NULL,
  	"read_at" timestamp(3) with time zone NOT NULL,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"entity" "enum_reports_entity",
  	"definition" jsonb NOT NULL,
  	"scope" "enum_reports_scope" DEFAULT 'user' NOT NULL,
  	"role_key" varchar,
  	"user_id" integer,
  	"schedule_frequency" "enum_reports_schedule_frequency" DEFAULT 'none',
  	"schedule_recipients" varchar,
  	"schedule_format" "enum_reports_schedule_format" DEFAULT 'xlsx',
  	"schedule_run_as_id" integer,
  	"schedule_next_run_at" timestamp(3) with time zone,
  	"schedule_last_run_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dashboards_widgets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"display" "enum_dashboards_widgets_display" DEFAULT 'chart',
  	"width" "enum_dashboards_widgets_width" DEFAULT 'half'
  );
  
  CREATE TABLE "dashboards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"scope" "enum_dashboards_scope" DEFAULT 'user' NOT NULL,
  	"role_key" varchar,
  	"user_id" integer,
  	"on_home" boolean DEFAULT false,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sales_targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" "enum_sales_targets_subject" DEFAULT 'user' NOT NULL,
  	"user_id" integer,
  	"department_id" integer,
  	"year" numeric NOT NULL,
  	"period" "enum_sales_targets_period" DEFAULT 'month' NOT NULL,
  	"index" numeric NOT NULL,
  	"measure" "enum_sales_targets_measure" DEFAULT 'amount' NOT NULL,
  	"basis" "enum_sales_targets_basis" DEFAULT 'opportunities' NOT NULL,
  	"target" varchar NOT NULL,
  	"target_minor" numeric,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_imports_collection" NOT NULL,
  	"user_id" integer NOT NULL,
  	"filename" varchar NOT NULL,
  	"file_data" varchar NOT NULL,
  	"encoding" "enum_imports_encoding" DEFAULT 'auto',
  	"headers" jsonb,
  	"mapping" jsonb,
  	"options" jsonb,
  	"status" "enum_imports_status" DEFAULT 'draft' NOT NULL,
  	"total" numeric DEFAULT 0,
  	"processed" numeric DEFAULT 0,
  	"created" numeric DEFAULT 0,
  	"updated" numeric DEFAULT 0,
  	"skipped" numeric DEFAULT 0,
  	"rejected" numeric DEFAULT 0,
  	"error" varchar,
  	"heartbeat_at" timestamp(3) with time zone,
  	"undo_report" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_rows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"import_id" integer NOT NULL,
  	"user_id" integer,
  	"row" numeric NOT NULL,
  	"outcome" "enum_import_rows_outcome" NOT NULL,
  	"record" varchar,
  	"reason" varchar,
  	"before" jsonb,
  	"planned" jsonb,
  	"saved_at" varchar,
  	"undone" boolean DEFAULT false,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_mappings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"collection" "enum_import_mappings_collection" NOT NULL,
  	"mapping" jsonb NOT NULL,
  	"options" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "activities" ADD COLUMN "call_id" varchar;
  ALTER TABLE "activities" ADD COLUMN "call_direction" "enum_activities_call_direction";
  ALTER TABLE "activities" ADD COLUMN "call_number" varchar;
  ALTER TABLE "activities" ADD COLUMN "call_status" "enum_activities_call_status";
  ALTER TABLE "activities" ADD COLUMN "call_ringing_at" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "call_answered_at" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "call_ended_at" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "call_duration_seconds" numeric;
  ALTER TABLE "activities" ADD COLUMN "call_outcome" "enum_activities_call_outcome";
  ALTER TABLE "activities" ADD COLUMN "call_agent_extension" varchar;
  ALTER TABLE "activities" ADD COLUMN "call_recording_url" varchar;
  ALTER TABLE "tenants" ADD COLUMN "cti_secret" varchar;
  ALTER TABLE "users_memberships" ADD COLUMN "extension" varchar;
  ALTER TABLE "users_memberships" ADD COLUMN "agent_status" "enum_users_memberships_agent_status" DEFAULT 'offline';
  ALTER TABLE "users_memberships" ADD COLUMN "agent_on_call" varchar;
  ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "export_jobs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "announcement_reads_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dashboards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sales_targets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "imports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_rows_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_mappings_id" integer;
  ALTER TABLE "tenants_hidden_modules" ADD CONSTRAINT "tenants_hidden_modules_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_schedule_run_as_id_users_id_fk" FOREIGN KEY ("schedule_run_as_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dashboards_widgets" ADD CONSTRAINT "dashboards_widgets_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dashboards_widgets" ADD CONSTRAINT "dashboards_widgets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dashboards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "tenants_hidden_modules_order_idx" ON "tenants_hidden_modules" USING btree ("order");
  CREATE INDEX "tenants_hidden_modules_parent_idx" ON "tenants_hidden_modules" USING btree ("parent_id");
  CREATE INDEX "export_jobs_user_idx" ON "export_jobs" USING btree ("user_id");
  CREATE INDEX "export_jobs_status_idx" ON "export_jobs" USING btree ("status");
  CREATE INDEX "export_jobs_tenant_idx" ON "export_jobs" USING btree ("tenant_id");
  CREATE INDEX "export_jobs_updated_at_idx" ON "export_jobs" USING btree ("updated_at");
  CREATE INDEX "export_jobs_created_at_idx" ON "export_jobs" USING btree ("created_at");
  CREATE INDEX "announcement_reads_announcement_idx" ON "announcement_reads" USING btree ("announcement_id");
  CREATE INDEX "announcement_reads_user_idx" ON "announcement_reads" USING btree ("user_id");
  CREATE INDEX "announcement_reads_tenant_idx" ON "announcement_reads" USING btree ("tenant_id");
  CREATE INDEX "announcement_reads_updated_at_idx" ON "announcement_reads" USING btree ("updated_at");
  CREATE INDEX "announcement_reads_created_at_idx" ON "announcement_reads" USING btree ("created_at");
  CREATE UNIQUE INDEX "announcement_user_idx" ON "announcement_reads" USING btree ("announcement_id","user_id");
  CREATE INDEX "reports_user_idx" ON "reports" USING btree ("user_id");
  CREATE INDEX "reports_schedule_schedule_run_as_idx" ON "reports" USING btree ("schedule_run_as_id");
  CREATE INDEX "reports_schedule_schedule_next_run_at_idx" ON "reports" USING btree ("schedule_next_run_at");
  CREATE INDEX "reports_tenant_idx" ON "reports" USING btree ("tenant_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "tenant_scope_idx" ON "reports" USING btree ("tenant_id","scope");
  CREATE INDEX "dashboards_widgets_order_idx" ON "dashboards_widgets" USING btree ("_order");
  CREATE INDEX "dashboards_widgets_parent_id_idx" ON "dashboards_widgets" USING btree ("_parent_id");
  CREATE INDEX "dashboards_widgets_report_idx" ON "dashboards_widgets" USING btree ("report_id");
  CREATE INDEX "dashboards_user_idx" ON "dashboards" USING btree ("user_id");
  CREATE INDEX "dashboards_tenant_idx" ON "dashboards" USING btree ("tenant_id");
  CREATE INDEX "dashboards_updated_at_idx" ON "dashboards" USING btree ("updated_at");
  CREATE INDEX "dashboards_created_at_idx" ON "dashboards" USING btree ("created_at");
  CREATE INDEX "tenant_scope_1_idx" ON "dashboards" USING btree ("tenant_id","scope");
  CREATE INDEX "sales_targets_user_idx" ON "sales_targets" USING btree ("user_id");
  CREATE INDEX "sales_targets_department_idx" ON "sales_targets" USING btree ("department_id");
  CREATE INDEX "sales_targets_target_minor_idx" ON "sales_targets" USING btree ("target_minor");
  CREATE INDEX "sales_targets_tenant_idx" ON "sales_targets" USING btree ("tenant_id");
  CREATE INDEX "sales_targets_updated_at_idx" ON "sales_targets" USING btree ("updated_at");
  CREATE INDEX "sales_targets_created_at_idx" ON "sales_targets" USING btree ("created_at");
  CREATE INDEX "tenant_year_period_index_idx" ON "sales_targets" USING btree ("tenant_id","year","period","index");
  CREATE INDEX "imports_user_idx" ON "imports" USING btree ("user_id");
  CREATE INDEX "imports_status_idx" ON "imports" USING btree ("status");
  CREATE INDEX "imports_tenant_idx" ON "imports" USING btree ("tenant_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE INDEX "import_rows_import_idx" ON "import_rows" USING btree ("import_id");
  CREATE INDEX "import_rows_user_idx" ON "import_rows" USING btree ("user_id");
  CREATE INDEX "import_rows_outcome_idx" ON "import_rows" USING btree ("outcome");
  CREATE INDEX "import_rows_tenant_idx" ON "import_rows" USING btree ("tenant_id");
  CREATE INDEX "import_rows_updated_at_idx" ON "import_rows" USING btree ("updated_at");
  CREATE INDEX "import_rows_created_at_idx" ON "import_rows" USING btree ("created_at");
  CREATE UNIQUE INDEX "import_row_idx" ON "import_rows" USING btree ("import_id","row");
  CREATE INDEX "import_mappings_tenant_idx" ON "import_mappings" USING btree ("tenant_id");
  CREATE INDEX "import_mappings_updated_at_idx" ON "import_mappings" USING btree ("updated_at");
  CREATE INDEX "import_mappings_created_at_idx" ON "import_mappings" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_collection_name_idx" ON "import_mappings" USING btree ("tenant_id","collection","name");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_export_jobs_fk" FOREIGN KEY ("export_jobs_id") REFERENCES "public"."export_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcement_reads_fk" FOREIGN KEY ("announcement_reads_id") REFERENCES "public"."announcement_reads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dashboards_fk" FOREIGN KEY ("dashboards_id") REFERENCES "public"."dashboards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sales_targets_fk" FOREIGN KEY ("sales_targets_id") REFERENCES "public"."sales_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_rows_fk" FOREIGN KEY ("import_rows_id") REFERENCES "public"."import_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_mappings_fk" FOREIGN KEY ("import_mappings_id") REFERENCES "public"."import_mappings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "tenant_callId_idx" ON "activities" USING btree ("tenant_id","call_id");
  CREATE INDEX "tenant_publishedAt_idx" ON "announcements" USING btree ("tenant_id","published_at");
  CREATE INDEX "payload_locked_documents_rels_export_jobs_id_idx" ON "payload_locked_documents_rels" USING btree ("export_jobs_id");
  CREATE INDEX "payload_locked_documents_rels_announcement_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("announcement_reads_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_dashboards_id_idx" ON "payload_locked_documents_rels" USING btree ("dashboards_id");
  CREATE INDEX "payload_locked_documents_rels_sales_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("sales_targets_id");
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");
  CREATE INDEX "payload_locked_documents_rels_import_rows_id_idx" ON "payload_locked_documents_rels" USING btree ("import_rows_id");
  CREATE INDEX "payload_locked_documents_rels_import_mappings_id_idx" ON "payload_locked_documents_rels" USING btree ("import_mappings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tenants_hidden_modules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "export_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcement_reads" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dashboards_widgets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dashboards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sales_targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_mappings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tenants_hidden_modules" CASCADE;
  DROP TABLE "export_jobs" CASCADE;
  DROP TABLE "announcement_reads" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "dashboards_widgets" CASCADE;
  DROP TABLE "dashboards" CASCADE;
  DROP TABLE "sales_targets" CASCADE;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "import_rows" CASCADE;
  DROP TABLE "import_mappings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_export_jobs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_announcement_reads_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dashboards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sales_targets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_imports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_rows_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_mappings_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications', 'approval-processes', 'approval-requests', 'workflow-effects', 'assignment-cursors', 'webhook-subscriptions', 'webhook-deliveries');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "tenant_callId_idx";
  DROP INDEX "tenant_publishedAt_idx";
  DROP INDEX "payload_locked_documents_rels_export_jobs_id_idx";
  DROP INDEX "payload_locked_documents_rels_announcement_reads_id_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_dashboards_id_idx";
  DROP INDEX "payload_locked_documents_rels_sales_targets_id_idx";
  DROP INDEX "payload_locked_documents_rels_imports_id_idx";
  DROP INDEX "payload_locked_documents_rels_import_rows_id_idx";
  DROP INDEX "payload_locked_documents_rels_import_mappings_id_idx";
  ALTER TABLE "activities" DROP COLUMN "call_id";
  ALTER TABLE "activities" DROP COLUMN "call_direction";
  ALTER TABLE "activities" DROP COLUMN "call_number";
  ALTER TABLE "activities" DROP COLUMN "call_status";
  ALTER TABLE "activities" DROP COLUMN "call_ringing_at";
  ALTER TABLE "activities" DROP COLUMN "call_answered_at";
  ALTER TABLE "activities" DROP COLUMN "call_ended_at";
  ALTER TABLE "activities" DROP COLUMN "call_duration_seconds";
  ALTER TABLE "activities" DROP COLUMN "call_outcome";
  ALTER TABLE "activities" DROP COLUMN "call_agent_extension";
  ALTER TABLE "activities" DROP COLUMN "call_recording_url";
  ALTER TABLE "tenants" DROP COLUMN "cti_secret";
  ALTER TABLE "users_memberships" DROP COLUMN "extension";
  ALTER TABLE "users_memberships" DROP COLUMN "agent_status";
  ALTER TABLE "users_memberships" DROP COLUMN "agent_on_call";
  ALTER TABLE "outbox" DROP COLUMN "attachments";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "export_jobs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "announcement_reads_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dashboards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sales_targets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "imports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_rows_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_mappings_id";
  DROP TYPE "public"."enum_activities_call_direction";
  DROP TYPE "public"."enum_activities_call_status";
  DROP TYPE "public"."enum_activities_call_outcome";
  DROP TYPE "public"."enum_tenants_hidden_modules";
  DROP TYPE "public"."enum_users_memberships_agent_status";
  DROP TYPE "public"."enum_export_jobs_entity";
  DROP TYPE "public"."enum_export_jobs_format";
  DROP TYPE "public"."enum_export_jobs_language";
  DROP TYPE "public"."enum_export_jobs_status";
  DROP TYPE "public"."enum_reports_entity";
  DROP TYPE "public"."enum_reports_scope";
  DROP TYPE "public"."enum_reports_schedule_frequency";
  DROP TYPE "public"."enum_reports_schedule_format";
  DROP TYPE "public"."enum_dashboards_widgets_display";
  DROP TYPE "public"."enum_dashboards_widgets_width";
  DROP TYPE "public"."enum_dashboards_scope";
  DROP TYPE "public"."enum_sales_targets_subject";
  DROP TYPE "public"."enum_sales_targets_period";
  DROP TYPE "public"."enum_sales_targets_measure";
  DROP TYPE "public"."enum_sales_targets_basis";
  DROP TYPE "public"."enum_imports_collection";
  DROP TYPE "public"."enum_imports_encoding";
  DROP TYPE "public"."enum_imports_status";
  DROP TYPE "public"."enum_import_rows_outcome";
  DROP TYPE "public"."enum_import_mappings_collection";`)
}
