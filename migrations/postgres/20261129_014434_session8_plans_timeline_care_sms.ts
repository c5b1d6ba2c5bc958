import { RELATED_KEY_TABLES, relatedKeyBackfill } from '../../src/fields/relatedKeyBackfill'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_work_plans_reviews_verdict" AS ENUM('approved', 'returned');
  CREATE TYPE "public"."enum_work_plans_kind" AS ENUM('plan', 'summary');
  CREATE TYPE "public"."enum_work_plans_period" AS ENUM('week', 'month');
  CREATE TYPE "public"."enum_work_plans_status" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_care_rules_occasion" AS ENUM('birthday', 'foundingDay', 'contractAnniversary');
  CREATE TYPE "public"."enum_care_rules_channel" AS ENUM('email', 'sms', 'reminder');
  CREATE TYPE "public"."enum_care_occurrences_status" AS ENUM('sent', 'reminded', 'skippedNoAddress', 'skippedNoConsent', 'skippedNoChannel', 'failed');
  CREATE TYPE "public"."enum_sms_gateways_channel" AS ENUM('sms', 'fax');
  CREATE TYPE "public"."enum_sms_gateways_provider" AS ENUM('http');
  CREATE TYPE "public"."enum_sms_gateways_method" AS ENUM('POST', 'PUT');
  CREATE TYPE "public"."enum_sms_batches_channel" AS ENUM('sms', 'fax');
  CREATE TYPE "public"."enum_sms_batches_entity" AS ENUM('contacts', 'leads', 'accounts');
  CREATE TYPE "public"."enum_sms_batches_source" AS ENUM('records', 'savedView');
  CREATE TYPE "public"."enum_sms_batches_status" AS ENUM('draft', 'preparing', 'queued', 'sending', 'done', 'cancelled', 'failed');
  CREATE TYPE "public"."enum_sms_messages_status" AS ENUM('queued', 'sending', 'sent', 'delivered', 'failed', 'skipped_no_number', 'skipped_no_consent');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'work-plans' BEFORE 'users';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'care-rules';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'care-occurrences';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sms-gateways';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sms-batches';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sms-messages';
  ALTER TYPE "public"."enum_entity_schemas_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_number_sequences_target_collection" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_export_templates_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum__export_templates_v_version_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_document_snapshots_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_saved_views_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_workflows_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_approval_processes_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_webhook_subscriptions_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_export_jobs_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_reports_entity" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_imports_collection" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_import_mappings_collection" ADD VALUE 'work-plans';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runCareRules';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'prepareSmsBatch';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dispatchSms';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runCareRules';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'prepareSmsBatch';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dispatchSms';
  CREATE TABLE "work_plans_reviews" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone,
  	"verdict" "enum_work_plans_reviews_verdict",
  	"comment" varchar
  );
  
  CREATE TABLE "work_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_work_plans_kind" DEFAULT 'plan' NOT NULL,
  	"period" "enum_work_plans_period" DEFAULT 'week' NOT NULL,
  	"period_date" timestamp(3) with time zone NOT NULL,
  	"content" varchar NOT NULL,
  	"status" "enum_work_plans_status" DEFAULT 'draft',
  	"submitted_at" timestamp(3) with time zone,
  	"reviewer_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"title" varchar,
  	"period_key" varchar,
  	"custom" jsonb,
  	"slot_text1" varchar,
  	"slot_text2" varchar,
  	"slot_text3" varchar,
  	"slot_text4" varchar,
  	"slot_text5" varchar,
  	"slot_text6" varchar,
  	"slot_text7" varchar,
  	"slot_text8" varchar,
  	"slot_number1" numeric,
  	"slot_number2" numeric,
  	"slot_number3" numeric,
  	"slot_number4" numeric,
  	"slot_number5" numeric,
  	"slot_number6" numeric,
  	"slot_number7" numeric,
  	"slot_number8" numeric,
  	"slot_date1" timestamp(3) with time zone,
  	"slot_date2" timestamp(3) with time zone,
  	"slot_date3" timestamp(3) with time zone,
  	"slot_date4" timestamp(3) with time zone,
  	"slot_boolean1" boolean,
  	"slot_boolean2" boolean,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
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
  
  ALTER TABLE "activities" ADD COLUMN "related_key" varchar;
  ALTER TABLE "tasks" ADD COLUMN "related_key" varchar;
  ALTER TABLE "notes" ADD COLUMN "related_key" varchar;
  ALTER TABLE "documents" ADD COLUMN "related_key" varchar;
  ALTER TABLE "document_snapshots_rels" ADD COLUMN "work_plans_id" integer;
  ALTER TABLE "email_messages" ADD COLUMN "related_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "work_plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_occurrences_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sms_gateways_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sms_batches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sms_messages_id" integer;
  ALTER TABLE "work_plans_reviews" ADD CONSTRAINT "work_plans_reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans_reviews" ADD CONSTRAINT "work_plans_reviews_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_rules" ADD CONSTRAINT "care_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_occurrences" ADD CONSTRAINT "care_occurrences_rule_id_care_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."care_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_occurrences" ADD CONSTRAINT "care_occurrences_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "work_plans_reviews_order_idx" ON "work_plans_reviews" USING btree ("_order");
  CREATE INDEX "work_plans_reviews_parent_id_idx" ON "work_plans_reviews" USING btree ("_parent_id");
  CREATE INDEX "work_plans_reviews_author_idx" ON "work_plans_reviews" USING btree ("author_id");
  CREATE INDEX "work_plans_status_idx" ON "work_plans" USING btree ("status");
  CREATE INDEX "work_plans_reviewer_idx" ON "work_plans" USING btree ("reviewer_id");
  CREATE INDEX "work_plans_tenant_idx" ON "work_plans" USING btree ("tenant_id");
  CREATE INDEX "work_plans_owner_idx" ON "work_plans" USING btree ("owner_id");
  CREATE INDEX "work_plans_department_idx" ON "work_plans" USING btree ("department_id");
  CREATE INDEX "work_plans_updated_at_idx" ON "work_plans" USING btree ("updated_at");
  CREATE INDEX "work_plans_created_at_idx" ON "work_plans" USING btree ("created_at");
  CREATE INDEX "work_plans_deleted_at_idx" ON "work_plans" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_owner_kind_periodKey_idx" ON "work_plans" USING btree ("tenant_id","owner_id","kind","period_key");
  CREATE INDEX "tenant_kind_periodKey_idx" ON "work_plans" USING btree ("tenant_id","kind","period_key");
  CREATE INDEX "tenant_slotText1_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text1","deleted_at");
  CREATE INDEX "tenant_slotText2_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text2","deleted_at");
  CREATE INDEX "tenant_slotText3_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text3","deleted_at");
  CREATE INDEX "tenant_slotText4_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text4","deleted_at");
  CREATE INDEX "tenant_slotText5_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text5","deleted_at");
  CREATE INDEX "tenant_slotText6_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text6","deleted_at");
  CREATE INDEX "tenant_slotText7_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text7","deleted_at");
  CREATE INDEX "tenant_slotText8_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_text8","deleted_at");
  CREATE INDEX "tenant_slotNumber1_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number1","deleted_at");
  CREATE INDEX "tenant_slotNumber2_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number2","deleted_at");
  CREATE INDEX "tenant_slotNumber3_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number3","deleted_at");
  CREATE INDEX "tenant_slotNumber4_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number4","deleted_at");
  CREATE INDEX "tenant_slotNumber5_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number5","deleted_at");
  CREATE INDEX "tenant_slotNumber6_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number6","deleted_at");
  CREATE INDEX "tenant_slotNumber7_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number7","deleted_at");
  CREATE INDEX "tenant_slotNumber8_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_number8","deleted_at");
  CREATE INDEX "tenant_slotDate1_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_date1","deleted_at");
  CREATE INDEX "tenant_slotDate2_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_date2","deleted_at");
  CREATE INDEX "tenant_slotDate3_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_date3","deleted_at");
  CREATE INDEX "tenant_slotDate4_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_date4","deleted_at");
  CREATE INDEX "tenant_slotBoolean1_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_boolean1","deleted_at");
  CREATE INDEX "tenant_slotBoolean2_deletedAt_22_idx" ON "work_plans" USING btree ("tenant_id","slot_boolean2","deleted_at");
  CREATE INDEX "care_rules_tenant_idx" ON "care_rules" USING btree ("tenant_id");
  CREATE INDEX "care_rules_updated_at_idx" ON "care_rules" USING btree ("updated_at");
  CREATE INDEX "care_rules_created_at_idx" ON "care_rules" USING btree ("created_at");
  CREATE INDEX "care_occurrences_rule_idx" ON "care_occurrences" USING btree ("rule_id");
  CREATE INDEX "care_occurrences_status_idx" ON "care_occurrences" USING btree ("status");
  CREATE INDEX "care_occurrences_tenant_idx" ON "care_occurrences" USING btree ("tenant_id");
  CREATE INDEX "care_occurrences_updated_at_idx" ON "care_occurrences" USING btree ("updated_at");
  CREATE INDEX "care_occurrences_created_at_idx" ON "care_occurrences" USING btree ("created_at");
  CREATE UNIQUE INDEX "rule_entity_record_year_idx" ON "care_occurrences" USING btree ("rule_id","entity","record","year");
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
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_work_plans_fk" FOREIGN KEY ("work_plans_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_plans_fk" FOREIGN KEY ("work_plans_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_rules_fk" FOREIGN KEY ("care_rules_id") REFERENCES "public"."care_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_occurrences_fk" FOREIGN KEY ("care_occurrences_id") REFERENCES "public"."care_occurrences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_gateways_fk" FOREIGN KEY ("sms_gateways_id") REFERENCES "public"."sms_gateways"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_batches_fk" FOREIGN KEY ("sms_batches_id") REFERENCES "public"."sms_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_messages_fk" FOREIGN KEY ("sms_messages_id") REFERENCES "public"."sms_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "activities_related_key_idx" ON "activities" USING btree ("related_key");
  CREATE INDEX "relatedKey_startAt_idx" ON "activities" USING btree ("related_key","start_at");
  CREATE INDEX "tasks_related_key_idx" ON "tasks" USING btree ("related_key");
  CREATE INDEX "notes_related_key_idx" ON "notes" USING btree ("related_key");
  CREATE INDEX "documents_related_key_idx" ON "documents" USING btree ("related_key");
  CREATE INDEX "document_snapshots_rels_work_plans_id_idx" ON "document_snapshots_rels" USING btree ("work_plans_id");
  CREATE INDEX "email_messages_related_key_idx" ON "email_messages" USING btree ("related_key");
  CREATE INDEX "payload_locked_documents_rels_work_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("work_plans_id");
  CREATE INDEX "payload_locked_documents_rels_care_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("care_rules_id");
  CREATE INDEX "payload_locked_documents_rels_care_occurrences_id_idx" ON "payload_locked_documents_rels" USING btree ("care_occurrences_id");
  CREATE INDEX "payload_locked_documents_rels_sms_gateways_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_gateways_id");
  CREATE INDEX "payload_locked_documents_rels_sms_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_batches_id");
  CREATE INDEX "payload_locked_documents_rels_sms_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_messages_id");`)
  // Existing rows get their key from the relation they already have.
  for (const table of RELATED_KEY_TABLES) await db.execute(sql.raw(relatedKeyBackfill(table)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "work_plans_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_occurrences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_gateways" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_messages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "work_plans_reviews" CASCADE;
  DROP TABLE "work_plans" CASCADE;
  DROP TABLE "care_rules" CASCADE;
  DROP TABLE "care_occurrences" CASCADE;
  DROP TABLE "sms_gateways" CASCADE;
  DROP TABLE "sms_batches" CASCADE;
  DROP TABLE "sms_messages" CASCADE;
  ALTER TABLE "document_snapshots_rels" DROP CONSTRAINT "document_snapshots_rels_work_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_work_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_occurrences_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sms_gateways_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sms_batches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sms_messages_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications', 'approval-processes', 'approval-requests', 'workflow-effects', 'assignment-cursors', 'webhook-subscriptions', 'webhook-deliveries', 'export-jobs', 'announcement-reads', 'reports', 'dashboards', 'sales-targets', 'mailboxes', 'email-messages');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "entity_schemas" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_entity_schemas_entity";
  CREATE TYPE "public"."enum_entity_schemas_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "entity_schemas" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_entity_schemas_entity" USING "entity"::"public"."enum_entity_schemas_entity";
  ALTER TABLE "number_sequences" ALTER COLUMN "target_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_number_sequences_target_collection";
  CREATE TYPE "public"."enum_number_sequences_target_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "number_sequences" ALTER COLUMN "target_collection" SET DATA TYPE "public"."enum_number_sequences_target_collection" USING "target_collection"::"public"."enum_number_sequences_target_collection";
  ALTER TABLE "export_templates" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_export_templates_entity";
  CREATE TYPE "public"."enum_export_templates_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "export_templates" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_export_templates_entity" USING "entity"::"public"."enum_export_templates_entity";
  ALTER TABLE "_export_templates_v" ALTER COLUMN "version_entity" SET DATA TYPE text;
  DROP TYPE "public"."enum__export_templates_v_version_entity";
  CREATE TYPE "public"."enum__export_templates_v_version_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "_export_templates_v" ALTER COLUMN "version_entity" SET DATA TYPE "public"."enum__export_templates_v_version_entity" USING "version_entity"::"public"."enum__export_templates_v_version_entity";
  ALTER TABLE "document_snapshots" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_document_snapshots_entity";
  CREATE TYPE "public"."enum_document_snapshots_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "document_snapshots" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_document_snapshots_entity" USING "entity"::"public"."enum_document_snapshots_entity";
  ALTER TABLE "saved_views" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_saved_views_entity";
  CREATE TYPE "public"."enum_saved_views_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "saved_views" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_saved_views_entity" USING "entity"::"public"."enum_saved_views_entity";
  ALTER TABLE "workflows" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_entity";
  CREATE TYPE "public"."enum_workflows_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "workflows" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_workflows_entity" USING "entity"::"public"."enum_workflows_entity";
  ALTER TABLE "approval_processes" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_approval_processes_entity";
  CREATE TYPE "public"."enum_approval_processes_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "approval_processes" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_approval_processes_entity" USING "entity"::"public"."enum_approval_processes_entity";
  ALTER TABLE "webhook_subscriptions" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhook_subscriptions_entity";
  CREATE TYPE "public"."enum_webhook_subscriptions_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "webhook_subscriptions" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_webhook_subscriptions_entity" USING "entity"::"public"."enum_webhook_subscriptions_entity";
  ALTER TABLE "export_jobs" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_export_jobs_entity";
  CREATE TYPE "public"."enum_export_jobs_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "export_jobs" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_export_jobs_entity" USING "entity"::"public"."enum_export_jobs_entity";
  ALTER TABLE "reports" ALTER COLUMN "entity" SET DATA TYPE text;
  DROP TYPE "public"."enum_reports_entity";
  CREATE TYPE "public"."enum_reports_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "reports" ALTER COLUMN "entity" SET DATA TYPE "public"."enum_reports_entity" USING "entity"::"public"."enum_reports_entity";
  ALTER TABLE "imports" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_imports_collection";
  CREATE TYPE "public"."enum_imports_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "imports" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_imports_collection" USING "collection"::"public"."enum_imports_collection";
  ALTER TABLE "import_mappings" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_import_mappings_collection";
  CREATE TYPE "public"."enum_import_mappings_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TABLE "import_mappings" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_import_mappings_collection" USING "collection"::"public"."enum_import_mappings_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport', 'sendEmailMessage', 'pollMailboxes');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport', 'sendEmailMessage', 'pollMailboxes');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "activities_related_key_idx";
  DROP INDEX "relatedKey_startAt_idx";
  DROP INDEX "tasks_related_key_idx";
  DROP INDEX "notes_related_key_idx";
  DROP INDEX "documents_related_key_idx";
  DROP INDEX "document_snapshots_rels_work_plans_id_idx";
  DROP INDEX "email_messages_related_key_idx";
  DROP INDEX "payload_locked_documents_rels_work_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_occurrences_id_idx";
  DROP INDEX "payload_locked_documents_rels_sms_gateways_id_idx";
  DROP INDEX "payload_locked_documents_rels_sms_batches_id_idx";
  DROP INDEX "payload_locked_documents_rels_sms_messages_id_idx";
  ALTER TABLE "activities" DROP COLUMN "related_key";
  ALTER TABLE "tasks" DROP COLUMN "related_key";
  ALTER TABLE "notes" DROP COLUMN "related_key";
  ALTER TABLE "documents" DROP COLUMN "related_key";
  ALTER TABLE "document_snapshots_rels" DROP COLUMN "work_plans_id";
  ALTER TABLE "email_messages" DROP COLUMN "related_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "work_plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_occurrences_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sms_gateways_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sms_batches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sms_messages_id";
  DROP TYPE "public"."enum_work_plans_reviews_verdict";
  DROP TYPE "public"."enum_work_plans_kind";
  DROP TYPE "public"."enum_work_plans_period";
  DROP TYPE "public"."enum_work_plans_status";
  DROP TYPE "public"."enum_care_rules_occasion";
  DROP TYPE "public"."enum_care_rules_channel";
  DROP TYPE "public"."enum_care_occurrences_status";
  DROP TYPE "public"."enum_sms_gateways_channel";
  DROP TYPE "public"."enum_sms_gateways_provider";
  DROP TYPE "public"."enum_sms_gateways_method";
  DROP TYPE "public"."enum_sms_batches_channel";
  DROP TYPE "public"."enum_sms_batches_entity";
  DROP TYPE "public"."enum_sms_batches_source";
  DROP TYPE "public"."enum_sms_batches_status";
  DROP TYPE "public"."enum_sms_messages_status";`)
}
