import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sms_batches_origin" AS ENUM('manual', 'care');
  ALTER TYPE "public"."enum_sms_messages_status" ADD VALUE 'cancelled';
  ALTER TABLE "sms_batches" ADD COLUMN "origin" "enum_sms_batches_origin" DEFAULT 'manual' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sms_messages" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "sms_messages" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_sms_messages_status";
  CREATE TYPE "public"."enum_sms_messages_status" AS ENUM('queued', 'sending', 'sent', 'delivered', 'failed', 'skipped_no_number', 'skipped_no_consent');
  ALTER TABLE "sms_messages" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_sms_messages_status";
  ALTER TABLE "sms_messages" ALTER COLUMN "status" SET DATA TYPE "public"."enum_sms_messages_status" USING "status"::"public"."enum_sms_messages_status";
  ALTER TABLE "sms_batches" DROP COLUMN "origin";
  DROP TYPE "public"."enum_sms_batches_origin";`)
}
