import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sms_gateways_channel" AS ENUM('sms', 'fax');
  CREATE TYPE "public"."enum_sms_gateways_provider" AS ENUM('http');
  CREATE TYPE "public"."enum_sms_gateways_method" AS ENUM('POST', 'PUT');
  CREATE TYPE "public"."enum_sms_batches_channel" AS ENUM('sms', 'fax');
  CREATE TYPE "public"."enum_sms_batches_entity" AS ENUM('contacts', 'leads', 'accounts');
  CREATE TYPE "public"."enum_sms_batches_source" AS ENUM('records', 'savedView');
  CREATE TYPE "public"."enum_sms_batches_status" AS ENUM('draft', 'preparing', 'queued', 'sending', 'done', 'cancelled', 'failed');
  CREATE TYPE "public"."enum_sms_messages_status" AS ENUM('queued', 'sending', 'sent', 'delivered', 'failed', 'skipped_no_number', 'skipped_no_consent');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sms-gateways';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sms-batches';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sms-messages';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'prepareSmsBatch';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dispatchSms';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'prepareSmsBatch';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dispatchSms';
  CREATE TABLE "sms_gateways" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"channel" "enum_sms_gateways_channel" DEFAULT 'sms' NOT NULL,
  	"provider" "enum_sms_gateways_provider" DEFAULT 'http',
  	"url" varchar NOT NULL,
  	"method" "enum_sms_gateways_method" DEFAULT 'POST',
  	"body_template" varchar DEFAULT '{"to":"{{to}}","text":"{{text}}","id":"{{messageId}}","from":"{{senderId}}"}',
  	"signature_header" varchar DEFAULT 'X-Signature',
  	"secret" varchar,
  	"secret_set" boolean DEFAULT false,
  	"sender_id" varchar,
  	"active" boolean DEFAULT true,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sms_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"channel" "enum_sms_batches_channel" DEFAULT 'sms' NOT NULL,
  	"gateway_id" integer,
  	"text" varchar NOT NULL,
  	"entity" "enum_sms_batches_entity" DEFAULT 'contacts' NOT NULL,
  	"source" "enum_sms_batches_source" DEFAULT 'records' NOT NULL,
  	"records" jsonb,
  	"saved_view_id" integer,
  	"due_at" timestamp(3) with time zone,
  	"priority" numeric DEFAULT 5,
  	"status" "enum_sms_batches_status" DEFAULT 'draft' NOT NULL,
  	"total" numeric DEFAULT 0,
  	"prepared" numeric DEFAULT 0,
  	"skipped" numeric DEFAULT 0,
  	"error" varchar,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sms_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"batch_id" integer NOT NULL,
  	"channel" varchar,
  	"entity" varchar,
  	"record_id" varchar NOT NULL,
  	"record_label" varchar,
  	"number" varchar,
  	"text" varchar,
  	"status" "enum_sms_messages_status" DEFAULT 'queued' NOT NULL,
  	"priority" numeric DEFAULT 5,
  	"due_at" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"provider_message_id" varchar,
  	"error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sms_gateways_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sms_batches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sms_messages_id" integer;
  ALTER TABLE "sms_gateways" ADD CONSTRAINT "sms_gateways_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_batches" ADD CONSTRAINT "sms_batches_gateway_id_sms_gateways_id_fk" FOREIGN KEY ("gateway_id") REFERENCES "public"."sms_gateways"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_batches" ADD CONSTRAINT "sms_batches_saved_view_id_saved_views_id_fk" FOREIGN KEY ("saved_view_id") REFERENCES "public"."saved_views"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_batches" ADD CONSTRAINT "sms_batches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_batches" ADD CONSTRAINT "sms_batches_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_batches" ADD CONSTRAINT "sms_batches_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_batch_id_sms_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."sms_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sms_gateways_tenant_idx" ON "sms_gateways" USING btree ("tenant_id");
  CREATE INDEX "sms_gateways_updated_at_idx" ON "sms_gateways" USING btree ("updated_at");
  CREATE INDEX "sms_gateways_created_at_idx" ON "sms_gateways" USING btree ("created_at");
  CREATE INDEX "sms_batches_gateway_idx" ON "sms_batches" USING btree ("gateway_id");
  CREATE INDEX "sms_batches_saved_view_idx" ON "sms_batches" USING btree ("saved_view_id");
  CREATE INDEX "sms_batches_status_idx" ON "sms_batches" USING btree ("status");
  CREATE INDEX "sms_batches_tenant_idx" ON "sms_batches" USING btree ("tenant_id");
  CREATE INDEX "sms_batches_owner_idx" ON "sms_batches" USING btree ("owner_id");
  CREATE INDEX "sms_batches_department_idx" ON "sms_batches" USING btree ("department_id");
  CREATE INDEX "sms_batches_updated_at_idx" ON "sms_batches" USING btree ("updated_at");
  CREATE INDEX "sms_batches_created_at_idx" ON "sms_batches" USING btree ("created_at");
  CREATE INDEX "sms_messages_batch_idx" ON "sms_messages" USING btree ("batch_id");
  CREATE INDEX "sms_messages_number_idx" ON "sms_messages" USING btree ("number");
  CREATE INDEX "sms_messages_status_idx" ON "sms_messages" USING btree ("status");
  CREATE INDEX "sms_messages_provider_message_id_idx" ON "sms_messages" USING btree ("provider_message_id");
  CREATE INDEX "sms_messages_tenant_idx" ON "sms_messages" USING btree ("tenant_id");
  CREATE INDEX "sms_messages_owner_idx" ON "sms_messages" USING btree ("owner_id");
  CREATE INDEX "sms_messages_department_idx" ON "sms_messages" USING btree ("department_id");
  CREATE INDEX "sms_messages_updated_at_idx" ON "sms_messages" USING btree ("updated_at");
  CREATE INDEX "sms_messages_created_at_idx" ON "sms_messages" USING btree ("created_at");
  CREATE UNIQUE INDEX "batch_recordId_idx" ON "sms_messages" USING btree ("batch_id","record_id");
  CREATE INDEX "status_priority_dueAt_idx" ON "sms_messages" USING btree ("status","priority","due_at");
  CREATE INDEX "tenant_createdAt_idx" ON "sms_messages" USING btree ("tenant_id","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_gateways_fk" FOREIGN KEY ("sms_gateways_id") REFERENCES "public"."sms_gateways"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_batches_fk" FOREIGN KEY ("sms_batches_id") REFERENCES "public"."sms_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_messages_fk" FOREIGN KEY ("sms_messages_id") REFERENCES "public"."sms_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sms_gateways_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_gateways_id");
  CREATE INDEX "payload_locked_documents_rels_sms_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_batches_id");
  CREATE INDEX "payload_locked_documents_rels_sms_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sms_gateways" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_messages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sms_gateways" CASCADE;
  DROP TABLE "sms_batches" CASCADE;
  DROP TABLE "sms_messages" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sms_gateways_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sms_batches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sms_messages_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications', 'approval-processes', 'approval-requests', 'workflow-effects', 'assignment-cursors', 'webhook-subscriptions', 'webhook-deliveries', 'export-jobs', 'announcement-reads', 'reports', 'dashboards', 'sales-targets', 'mailboxes', 'email-messages');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport', 'sendEmailMessage', 'pollMailboxes');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport', 'sendEmailMessage', 'pollMailboxes');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_sms_gateways_id_idx";
  DROP INDEX "payload_locked_documents_rels_sms_batches_id_idx";
  DROP INDEX "payload_locked_documents_rels_sms_messages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sms_gateways_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sms_batches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sms_messages_id";
  DROP TYPE "public"."enum_sms_gateways_channel";
  DROP TYPE "public"."enum_sms_gateways_provider";
  DROP TYPE "public"."enum_sms_gateways_method";
  DROP TYPE "public"."enum_sms_batches_channel";
  DROP TYPE "public"."enum_sms_batches_entity";
  DROP TYPE "public"."enum_sms_batches_source";
  DROP TYPE "public"."enum_sms_batches_status";
  DROP TYPE "public"."enum_sms_messages_status";`)
}
