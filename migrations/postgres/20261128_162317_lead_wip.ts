import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_hidden_modules" AS ENUM('customers', 'sales', 'products', 'service', 'marketing', 'office');
  CREATE TYPE "public"."enum_export_jobs_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_export_jobs_format" AS ENUM('csv', 'xlsx');
  CREATE TYPE "public"."enum_export_jobs_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_export_jobs_status" AS ENUM('queued', 'running', 'done', 'failed', 'cancelled');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'export-jobs';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'announcement-reads';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runListExport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runListExport';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "export_jobs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "announcement_reads_id" integer;
  ALTER TABLE "tenants_hidden_modules" ADD CONSTRAINT "tenants_hidden_modules_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_export_jobs_fk" FOREIGN KEY ("export_jobs_id") REFERENCES "public"."export_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcement_reads_fk" FOREIGN KEY ("announcement_reads_id") REFERENCES "public"."announcement_reads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenant_publishedAt_idx" ON "announcements" USING btree ("tenant_id","published_at");
  CREATE INDEX "payload_locked_documents_rels_export_jobs_id_idx" ON "payload_locked_documents_rels" USING btree ("export_jobs_id");
  CREATE INDEX "payload_locked_documents_rels_announcement_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("announcement_reads_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tenants_hidden_modules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "export_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcement_reads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tenants_hidden_modules" CASCADE;
  DROP TABLE "export_jobs" CASCADE;
  DROP TABLE "announcement_reads" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_export_jobs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_announcement_reads_fk";
  
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
  DROP INDEX "tenant_publishedAt_idx";
  DROP INDEX "payload_locked_documents_rels_export_jobs_id_idx";
  DROP INDEX "payload_locked_documents_rels_announcement_reads_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "export_jobs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "announcement_reads_id";
  DROP TYPE "public"."enum_tenants_hidden_modules";
  DROP TYPE "public"."enum_export_jobs_entity";
  DROP TYPE "public"."enum_export_jobs_format";
  DROP TYPE "public"."enum_export_jobs_language";
  DROP TYPE "public"."enum_export_jobs_status";`)
}
