import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_work_plans_reviews_verdict" AS ENUM('approved', 'returned');
  CREATE TYPE "public"."enum_work_plans_kind" AS ENUM('plan', 'summary');
  CREATE TYPE "public"."enum_work_plans_period" AS ENUM('week', 'month');
  CREATE TYPE "public"."enum_work_plans_status" AS ENUM('draft', 'submitted', 'approved', 'returned');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'work-plans' BEFORE 'users';
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
  
  ALTER TABLE "document_snapshots_rels" ADD COLUMN "work_plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "work_plans_id" integer;
  ALTER TABLE "work_plans_reviews" ADD CONSTRAINT "work_plans_reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans_reviews" ADD CONSTRAINT "work_plans_reviews_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_work_plans_fk" FOREIGN KEY ("work_plans_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_plans_fk" FOREIGN KEY ("work_plans_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "document_snapshots_rels_work_plans_id_idx" ON "document_snapshots_rels" USING btree ("work_plans_id");
  CREATE INDEX "payload_locked_documents_rels_work_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("work_plans_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "work_plans_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_plans" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "work_plans_reviews" CASCADE;
  DROP TABLE "work_plans" CASCADE;
  ALTER TABLE "document_snapshots_rels" DROP CONSTRAINT "document_snapshots_rels_work_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_work_plans_fk";
  
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
  DROP INDEX "document_snapshots_rels_work_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_work_plans_id_idx";
  ALTER TABLE "document_snapshots_rels" DROP COLUMN "work_plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "work_plans_id";
  DROP TYPE "public"."enum_work_plans_reviews_verdict";
  DROP TYPE "public"."enum_work_plans_kind";
  DROP TYPE "public"."enum_work_plans_period";
  DROP TYPE "public"."enum_work_plans_status";`)
}
