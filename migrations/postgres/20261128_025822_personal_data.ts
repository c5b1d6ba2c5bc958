import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'erase';
  ALTER TABLE "contacts" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "leads" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "roles" ADD COLUMN "mask_personal_data" boolean DEFAULT false;
  ALTER TABLE "roles" ADD COLUMN "manage_personal_data" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'restore', 'purge', 'claim', 'assign', 'return', 'auto-return');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "contacts" DROP COLUMN "erased_at";
  ALTER TABLE "leads" DROP COLUMN "erased_at";
  ALTER TABLE "roles" DROP COLUMN "mask_personal_data";
  ALTER TABLE "roles" DROP COLUMN "manage_personal_data";`)
}
