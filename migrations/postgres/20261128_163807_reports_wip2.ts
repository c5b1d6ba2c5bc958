import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendScheduledReports' BEFORE 'returnStalePoolRecords';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendScheduledReports' BEFORE 'returnStalePoolRecords';
  ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb;
  ALTER TABLE "reports" ADD COLUMN "schedule_run_as_id" integer;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_schedule_run_as_id_users_id_fk" FOREIGN KEY ("schedule_run_as_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reports_schedule_schedule_run_as_idx" ON "reports" USING btree ("schedule_run_as_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" DROP CONSTRAINT "reports_schedule_run_as_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "reports_schedule_schedule_run_as_idx";
  ALTER TABLE "outbox" DROP COLUMN "attachments";
  ALTER TABLE "reports" DROP COLUMN "schedule_run_as_id";`)
}
