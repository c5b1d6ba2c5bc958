import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_activities_call_direction" AS ENUM('inbound', 'outbound');
  CREATE TYPE "public"."enum_activities_call_status" AS ENUM('ringing', 'answered', 'missed', 'completed');
  CREATE TYPE "public"."enum_activities_call_outcome" AS ENUM('resolved', 'followUp', 'interested', 'notInterested', 'wrongNumber', 'voicemail');
  CREATE TYPE "public"."enum_users_memberships_agent_status" AS ENUM('available', 'busy', 'offline');
  ALTER TABLE "activities" ADD COLUMN "call_id" varchar;
  ALTER TABLE "activities" ADD COLUMN "call_direction" "enum_activities_call_direction";
  ALTER TABLE "activities" ADD COLUMN "call_number" varchar;
  ALTER TABLE "activities" ADD COLUMN "call_status" "enum_activities_call_status";
  ALTER TABLE "activities" ADD COLUMN "call_ringing_at" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "call_answered_at" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "call_ended_at" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "call_duration_seconds" numeric;
  ALTER TABLE "activities" ADD COLUMN "call_outcome" "enum_activities_call_outcome";
  ALTER TABLE "activities" ADD COLUMN "call_agent_extension" varchar;
  ALTER TABLE "activities" ADD COLUMN "call_recording_url" varchar;
  ALTER TABLE "tenants" ADD COLUMN "cti_secret" varchar;
  ALTER TABLE "users_memberships" ADD COLUMN "extension" varchar;
  ALTER TABLE "users_memberships" ADD COLUMN "agent_status" "enum_users_memberships_agent_status" DEFAULT 'offline';
  ALTER TABLE "users_memberships" ADD COLUMN "agent_on_call" varchar;
  CREATE UNIQUE INDEX "tenant_callId_idx" ON "activities" USING btree ("tenant_id","call_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "tenant_callId_idx";
  ALTER TABLE "activities" DROP COLUMN "call_id";
  ALTER TABLE "activities" DROP COLUMN "call_direction";
  ALTER TABLE "activities" DROP COLUMN "call_number";
  ALTER TABLE "activities" DROP COLUMN "call_status";
  ALTER TABLE "activities" DROP COLUMN "call_ringing_at";
  ALTER TABLE "activities" DROP COLUMN "call_answered_at";
  ALTER TABLE "activities" DROP COLUMN "call_ended_at";
  ALTER TABLE "activities" DROP COLUMN "call_duration_seconds";
  ALTER TABLE "activities" DROP COLUMN "call_outcome";
  ALTER TABLE "activities" DROP COLUMN "call_agent_extension";
  ALTER TABLE "activities" DROP COLUMN "call_recording_url";
  ALTER TABLE "tenants" DROP COLUMN "cti_secret";
  ALTER TABLE "users_memberships" DROP COLUMN "extension";
  ALTER TABLE "users_memberships" DROP COLUMN "agent_status";
  ALTER TABLE "users_memberships" DROP COLUMN "agent_on_call";
  DROP TYPE "public"."enum_activities_call_direction";
  DROP TYPE "public"."enum_activities_call_status";
  DROP TYPE "public"."enum_activities_call_outcome";
  DROP TYPE "public"."enum_users_memberships_agent_status";`)
}
