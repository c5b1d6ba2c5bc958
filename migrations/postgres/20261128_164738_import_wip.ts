import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_imports_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_imports_encoding" AS ENUM('auto', 'utf-8', 'gbk');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('draft', 'queued', 'running', 'cancelling', 'cancelled', 'done', 'failed', 'undone');
  CREATE TYPE "public"."enum_import_rows_outcome" AS ENUM('pending', 'created', 'updated', 'skipped', 'rejected');
  CREATE TYPE "public"."enum_import_mappings_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runImport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runImport';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "imports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_rows_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_mappings_id" integer;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_rows_fk" FOREIGN KEY ("import_rows_id") REFERENCES "public"."import_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_mappings_fk" FOREIGN KEY ("import_mappings_id") REFERENCES "public"."import_mappings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");
  CREATE INDEX "payload_locked_documents_rels_import_rows_id_idx" ON "payload_locked_documents_rels" USING btree ("import_rows_id");
  CREATE INDEX "payload_locked_documents_rels_import_mappings_id_idx" ON "payload_locked_documents_rels" USING btree ("import_mappings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_mappings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "import_rows" CASCADE;
  DROP TABLE "import_mappings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_imports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_rows_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_mappings_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_imports_id_idx";
  DROP INDEX "payload_locked_documents_rels_import_rows_id_idx";
  DROP INDEX "payload_locked_documents_rels_import_mappings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "imports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_rows_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_mappings_id";
  DROP TYPE "public"."enum_imports_collection";
  DROP TYPE "public"."enum_imports_encoding";
  DROP TYPE "public"."enum_imports_status";
  DROP TYPE "public"."enum_import_rows_outcome";
  DROP TYPE "public"."enum_import_mappings_collection";`)
}
