import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { backfillMatchKeys } from '../../src/duplicates/backfillMatchKeys'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_duplicates_accounts_policy" AS ENUM('off', 'warn', 'block');
  CREATE TYPE "public"."enum_tenants_duplicates_contacts_policy" AS ENUM('off', 'warn', 'block');
  CREATE TYPE "public"."enum_tenants_duplicates_leads_policy" AS ENUM('off', 'warn', 'block');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'merge';
  ALTER TABLE "accounts" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_name" varchar;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_phone" varchar;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_email" varchar;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_tax_number" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_merged_into_id" integer;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_name" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_phone" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_email" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_tax_number" varchar;
  ALTER TABLE "contacts" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "dup_key_name" varchar;
  ALTER TABLE "contacts" ADD COLUMN "dup_key_phone" varchar;
  ALTER TABLE "contacts" ADD COLUMN "dup_key_email" varchar;
  ALTER TABLE "leads" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "leads" ADD COLUMN "dup_key_name" varchar;
  ALTER TABLE "leads" ADD COLUMN "dup_key_phone" varchar;
  ALTER TABLE "leads" ADD COLUMN "dup_key_email" varchar;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_policy" "enum_tenants_duplicates_accounts_policy" DEFAULT 'warn' NOT NULL;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_name" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_phone" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_email" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_tax_number" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_policy" "enum_tenants_duplicates_contacts_policy" DEFAULT 'warn' NOT NULL;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_name" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_phone" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_email" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_policy" "enum_tenants_duplicates_leads_policy" DEFAULT 'warn' NOT NULL;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_name" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_phone" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_email" boolean DEFAULT true;
  ALTER TABLE "audit_log" ADD COLUMN "merged_record_id" varchar;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_merged_into_id_accounts_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_accounts_v" ADD CONSTRAINT "_accounts_v_version_merged_into_id_accounts_id_fk" FOREIGN KEY ("version_merged_into_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_merged_into_id_contacts_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_merged_into_id_leads_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "accounts_merged_into_idx" ON "accounts" USING btree ("merged_into_id");
  CREATE INDEX "tenant_dupKeyName_idx" ON "accounts" USING btree ("tenant_id","dup_key_name");
  CREATE INDEX "tenant_dupKeyPhone_idx" ON "accounts" USING btree ("tenant_id","dup_key_phone");
  CREATE INDEX "tenant_dupKeyEmail_idx" ON "accounts" USING btree ("tenant_id","dup_key_email");
  CREATE INDEX "tenant_dupKeyTaxNumber_idx" ON "accounts" USING btree ("tenant_id","dup_key_tax_number");
  CREATE INDEX "_accounts_v_version_version_merged_into_idx" ON "_accounts_v" USING btree ("version_merged_into_id");
  CREATE INDEX "version_tenant_version_dupKeyName_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_name");
  CREATE INDEX "version_tenant_version_dupKeyPhone_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_phone");
  CREATE INDEX "version_tenant_version_dupKeyEmail_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_email");
  CREATE INDEX "version_tenant_version_dupKeyTaxNumber_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_tax_number");
  CREATE INDEX "contacts_merged_into_idx" ON "contacts" USING btree ("merged_into_id");
  CREATE INDEX "tenant_dupKeyName_1_idx" ON "contacts" USING btree ("tenant_id","dup_key_name");
  CREATE INDEX "tenant_dupKeyPhone_1_idx" ON "contacts" USING btree ("tenant_id","dup_key_phone");
  CREATE INDEX "tenant_dupKeyEmail_1_idx" ON "contacts" USING btree ("tenant_id","dup_key_email");
  CREATE INDEX "leads_merged_into_idx" ON "leads" USING btree ("merged_into_id");
  CREATE INDEX "tenant_dupKeyName_2_idx" ON "leads" USING btree ("tenant_id","dup_key_name");
  CREATE INDEX "tenant_dupKeyPhone_2_idx" ON "leads" USING btree ("tenant_id","dup_key_phone");
  CREATE INDEX "tenant_dupKeyEmail_2_idx" ON "leads" USING btree ("tenant_id","dup_key_email");
  CREATE INDEX "audit_log_merged_record_id_idx" ON "audit_log" USING btree ("merged_record_id");`)
  // Records stored before this migration get their keys, or no check would ever find them.
  await backfillMatchKeys(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "accounts" DROP CONSTRAINT "accounts_merged_into_id_accounts_id_fk";
  
  ALTER TABLE "_accounts_v" DROP CONSTRAINT "_accounts_v_version_merged_into_id_accounts_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_merged_into_id_contacts_id_fk";
  
  ALTER TABLE "leads" DROP CONSTRAINT "leads_merged_into_id_leads_id_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'restore', 'purge', 'claim', 'assign', 'return', 'auto-return');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "accounts_merged_into_idx";
  DROP INDEX "tenant_dupKeyName_idx";
  DROP INDEX "tenant_dupKeyPhone_idx";
  DROP INDEX "tenant_dupKeyEmail_idx";
  DROP INDEX "tenant_dupKeyTaxNumber_idx";
  DROP INDEX "_accounts_v_version_version_merged_into_idx";
  DROP INDEX "version_tenant_version_dupKeyName_idx";
  DROP INDEX "version_tenant_version_dupKeyPhone_idx";
  DROP INDEX "version_tenant_version_dupKeyEmail_idx";
  DROP INDEX "version_tenant_version_dupKeyTaxNumber_idx";
  DROP INDEX "contacts_merged_into_idx";
  DROP INDEX "tenant_dupKeyName_1_idx";
  DROP INDEX "tenant_dupKeyPhone_1_idx";
  DROP INDEX "tenant_dupKeyEmail_1_idx";
  DROP INDEX "leads_merged_into_idx";
  DROP INDEX "tenant_dupKeyName_2_idx";
  DROP INDEX "tenant_dupKeyPhone_2_idx";
  DROP INDEX "tenant_dupKeyEmail_2_idx";
  DROP INDEX "audit_log_merged_record_id_idx";
  ALTER TABLE "accounts" DROP COLUMN "merged_into_id";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_name";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_phone";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_email";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_tax_number";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_merged_into_id";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_name";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_phone";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_email";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_tax_number";
  ALTER TABLE "contacts" DROP COLUMN "merged_into_id";
  ALTER TABLE "contacts" DROP COLUMN "dup_key_name";
  ALTER TABLE "contacts" DROP COLUMN "dup_key_phone";
  ALTER TABLE "contacts" DROP COLUMN "dup_key_email";
  ALTER TABLE "leads" DROP COLUMN "merged_into_id";
  ALTER TABLE "leads" DROP COLUMN "dup_key_name";
  ALTER TABLE "leads" DROP COLUMN "dup_key_phone";
  ALTER TABLE "leads" DROP COLUMN "dup_key_email";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_policy";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_name";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_phone";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_email";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_tax_number";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_policy";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_name";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_phone";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_email";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_policy";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_name";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_phone";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_email";
  ALTER TABLE "audit_log" DROP COLUMN "merged_record_id";
  DROP TYPE "public"."enum_tenants_duplicates_accounts_policy";
  DROP TYPE "public"."enum_tenants_duplicates_contacts_policy";
  DROP TYPE "public"."enum_tenants_duplicates_leads_policy";`)
}
