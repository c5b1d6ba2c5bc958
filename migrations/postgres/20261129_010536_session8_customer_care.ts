import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_care_rules_occasion" AS ENUM('birthday', 'foundingDay', 'contractAnniversary');
  CREATE TYPE "public"."enum_care_rules_channel" AS ENUM('email', 'sms', 'reminder');
  CREATE TYPE "public"."enum_care_occurrences_status" AS ENUM('sent', 'reminded', 'skippedNoAddress', 'skippedNoConsent', 'skippedNoChannel', 'failed');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'care-rules';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'care-occurrences';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runCareRules';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runCareRules';
  CREATE TABLE "care_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"occasion" "enum_care_rules_occasion" NOT NULL,
  	"days_before" numeric DEFAULT 0 NOT NULL,
  	"channel" "enum_care_rules_channel" DEFAULT 'email' NOT NULL,
  	"subject" varchar,
  	"body" varchar,
  	"notify_owner" boolean DEFAULT true,
  	"active" boolean DEFAULT true,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "care_occurrences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"rule_id" integer NOT NULL,
  	"entity" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"due_on" varchar NOT NULL,
  	"status" "enum_care_occurrences_status" NOT NULL,
  	"to" varchar,
  	"error" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_occurrences_id" integer;
  ALTER TABLE "care_rules" ADD CONSTRAINT "care_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_occurrences" ADD CONSTRAINT "care_occurrences_rule_id_care_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."care_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_occurrences" ADD CONSTRAINT "care_occurrences_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "care_rules_tenant_idx" ON "care_rules" USING btree ("tenant_id");
  CREATE INDEX "care_rules_updated_at_idx" ON "care_rules" USING btree ("updated_at");
  CREATE INDEX "care_rules_created_at_idx" ON "care_rules" USING btree ("created_at");
  CREATE INDEX "care_occurrences_rule_idx" ON "care_occurrences" USING btree ("rule_id");
  CREATE INDEX "care_occurrences_status_idx" ON "care_occurrences" USING btree ("status");
  CREATE INDEX "care_occurrences_tenant_idx" ON "care_occurrences" USING btree ("tenant_id");
  CREATE INDEX "care_occurrences_updated_at_idx" ON "care_occurrences" USING btree ("updated_at");
  CREATE INDEX "care_occurrences_created_at_idx" ON "care_occurrences" USING btree ("created_at");
  CREATE UNIQUE INDEX "rule_entity_record_year_idx" ON "care_occurrences" USING btree ("rule_id","entity","record","year");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_rules_fk" FOREIGN KEY ("care_rules_id") REFERENCES "public"."care_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_occurrences_fk" FOREIGN KEY ("care_occurrences_id") REFERENCES "public"."care_occurrences"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_care_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("care_rules_id");
  CREATE INDEX "payload_locked_documents_rels_care_occurrences_id_idx" ON "payload_locked_documents_rels" USING btree ("care_occurrences_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "care_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_occurrences" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "care_rules" CASCADE;
  DROP TABLE "care_occurrences" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_occurrences_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'work-plans', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications', 'approval-processes', 'approval-requests', 'workflow-effects', 'assignment-cursors', 'webhook-subscriptions', 'webhook-deliveries', 'export-jobs', 'announcement-reads', 'reports', 'dashboards', 'sales-targets', 'mailboxes', 'email-messages');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport', 'sendEmailMessage', 'pollMailboxes');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport', 'sendEmailMessage', 'pollMailboxes');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_care_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_occurrences_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_occurrences_id";
  DROP TYPE "public"."enum_care_rules_occasion";
  DROP TYPE "public"."enum_care_rules_channel";
  DROP TYPE "public"."enum_care_occurrences_status";`)
}
