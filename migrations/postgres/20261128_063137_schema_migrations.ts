import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_schema_migrations_status" AS ENUM('running', 'done', 'failed');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'migrate';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'applySchemaMigration';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'applySchemaMigration';
  CREATE TABLE "schema_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" varchar NOT NULL,
  	"from_version" numeric,
  	"to_version" numeric NOT NULL,
  	"status" "enum_schema_migrations_status" DEFAULT 'running' NOT NULL,
  	"changes" jsonb NOT NULL,
  	"total" numeric DEFAULT 0,
  	"processed" numeric DEFAULT 0,
  	"converted" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"cursor" varchar,
  	"started_by_id" integer,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"locked_until" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "audit_log" ADD COLUMN "schema_migration_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "schema_migrations_id" integer;
  ALTER TABLE "schema_migrations" ADD CONSTRAINT "schema_migrations_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "schema_migrations" ADD CONSTRAINT "schema_migrations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "schema_migrations_entity_idx" ON "schema_migrations" USING btree ("entity");
  CREATE INDEX "schema_migrations_status_idx" ON "schema_migrations" USING btree ("status");
  CREATE INDEX "schema_migrations_started_by_idx" ON "schema_migrations" USING btree ("started_by_id");
  CREATE INDEX "schema_migrations_tenant_idx" ON "schema_migrations" USING btree ("tenant_id");
  CREATE INDEX "schema_migrations_updated_at_idx" ON "schema_migrations" USING btree ("updated_at");
  CREATE INDEX "schema_migrations_created_at_idx" ON "schema_migrations" USING btree ("created_at");
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_schema_migration_id_schema_migrations_id_fk" FOREIGN KEY ("schema_migration_id") REFERENCES "public"."schema_migrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_schema_migrations_fk" FOREIGN KEY ("schema_migrations_id") REFERENCES "public"."schema_migrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_log_schema_migration_idx" ON "audit_log" USING btree ("schema_migration_id");
  CREATE INDEX "payload_locked_documents_rels_schema_migrations_id_idx" ON "payload_locked_documents_rels" USING btree ("schema_migrations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "schema_migrations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "schema_migrations" CASCADE;
  ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_schema_migration_id_schema_migrations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_schema_migrations_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'restore', 'purge', 'claim', 'assign', 'return', 'auto-return', 'merge', 'export', 'erase', 'void');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "audit_log_schema_migration_idx";
  DROP INDEX "payload_locked_documents_rels_schema_migrations_id_idx";
  ALTER TABLE "audit_log" DROP COLUMN "schema_migration_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "schema_migrations_id";
  DROP TYPE "public"."enum_schema_migrations_status";`)
}
