import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEventReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEventReminders';
  ALTER TABLE "activities" ADD COLUMN "all_day" boolean DEFAULT false;
  ALTER TABLE "activities" ADD COLUMN "remind_minutes_before" numeric;
  ALTER TABLE "activities" ADD COLUMN "remind_at" timestamp(3) with time zone;
  CREATE INDEX "activities_remind_at_idx" ON "activities" USING btree ("remind_at");
  CREATE INDEX "owner_startAt_deletedAt_idx" ON "activities" USING btree ("owner_id","start_at","deleted_at");
  CREATE INDEX "assignee_dueAt_deletedAt_idx" ON "tasks" USING btree ("assignee_id","due_at","deleted_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "activities_remind_at_idx";
  DROP INDEX "owner_startAt_deletedAt_idx";
  DROP INDEX "assignee_dueAt_deletedAt_idx";
  ALTER TABLE "activities" DROP COLUMN "all_day";
  ALTER TABLE "activities" DROP COLUMN "remind_minutes_before";
  ALTER TABLE "activities" DROP COLUMN "remind_at";`)
}
