import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'claim';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'assign';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'return';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'auto-return';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'returnStalePoolRecords';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'returnStalePoolRecords';
  ALTER TABLE "accounts" ADD COLUMN "claimed_at" timestamp(3) with time zone;
  ALTER TABLE "accounts" ADD COLUMN "returned_at" timestamp(3) with time zone;
  ALTER TABLE "accounts" ADD COLUMN "return_reason" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_claimed_at" timestamp(3) with time zone;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_returned_at" timestamp(3) with time zone;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_return_reason" varchar;
  ALTER TABLE "leads" ADD COLUMN "last_follow_up_at" timestamp(3) with time zone;
  ALTER TABLE "leads" ADD COLUMN "claimed_at" timestamp(3) with time zone;
  ALTER TABLE "leads" ADD COLUMN "returned_at" timestamp(3) with time zone;
  ALTER TABLE "leads" ADD COLUMN "return_reason" varchar;
  ALTER TABLE "tenants" ADD COLUMN "pool_return_days" numeric;
  ALTER TABLE "roles" ADD COLUMN "pool_quota" numeric;
  ALTER TABLE "audit_log" ADD COLUMN "reason" varchar;
  CREATE INDEX "accounts_claimed_at_idx" ON "accounts" USING btree ("claimed_at");
  CREATE INDEX "_accounts_v_version_version_claimed_at_idx" ON "_accounts_v" USING btree ("version_claimed_at");
  CREATE INDEX "leads_last_follow_up_at_idx" ON "leads" USING btree ("last_follow_up_at");
  CREATE INDEX "leads_claimed_at_idx" ON "leads" USING btree ("claimed_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'restore', 'purge');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "accounts_claimed_at_idx";
  DROP INDEX "_accounts_v_version_version_claimed_at_idx";
  DROP INDEX "leads_last_follow_up_at_idx";
  DROP INDEX "leads_claimed_at_idx";
  ALTER TABLE "accounts" DROP COLUMN "claimed_at";
  ALTER TABLE "accounts" DROP COLUMN "returned_at";
  ALTER TABLE "accounts" DROP COLUMN "return_reason";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_claimed_at";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_returned_at";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_return_reason";
  ALTER TABLE "leads" DROP COLUMN "last_follow_up_at";
  ALTER TABLE "leads" DROP COLUMN "claimed_at";
  ALTER TABLE "leads" DROP COLUMN "returned_at";
  ALTER TABLE "leads" DROP COLUMN "return_reason";
  ALTER TABLE "tenants" DROP COLUMN "pool_return_days";
  ALTER TABLE "roles" DROP COLUMN "pool_quota";
  ALTER TABLE "audit_log" DROP COLUMN "reason";`)
}
