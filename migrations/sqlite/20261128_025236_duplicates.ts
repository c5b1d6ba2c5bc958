import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { backfillMatchKeys } from '../../src/duplicates/backfillMatchKeys'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`merged_into_id\` integer REFERENCES accounts(id);`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`dup_key_name\` text;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`dup_key_phone\` text;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`dup_key_email\` text;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`dup_key_tax_number\` text;`)
  await db.run(sql`CREATE INDEX \`accounts_merged_into_idx\` ON \`accounts\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyName_idx\` ON \`accounts\` (\`tenant_id\`,\`dup_key_name\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyPhone_idx\` ON \`accounts\` (\`tenant_id\`,\`dup_key_phone\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyEmail_idx\` ON \`accounts\` (\`tenant_id\`,\`dup_key_email\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyTaxNumber_idx\` ON \`accounts\` (\`tenant_id\`,\`dup_key_tax_number\`);`)
  await db.run(sql`ALTER TABLE \`_accounts_v\` ADD \`version_merged_into_id\` integer REFERENCES accounts(id);`)
  await db.run(sql`ALTER TABLE \`_accounts_v\` ADD \`version_dup_key_name\` text;`)
  await db.run(sql`ALTER TABLE \`_accounts_v\` ADD \`version_dup_key_phone\` text;`)
  await db.run(sql`ALTER TABLE \`_accounts_v\` ADD \`version_dup_key_email\` text;`)
  await db.run(sql`ALTER TABLE \`_accounts_v\` ADD \`version_dup_key_tax_number\` text;`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_merged_into_idx\` ON \`_accounts_v\` (\`version_merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_dupKeyName_idx\` ON \`_accounts_v\` (\`version_tenant_id\`,\`version_dup_key_name\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_dupKeyPhone_idx\` ON \`_accounts_v\` (\`version_tenant_id\`,\`version_dup_key_phone\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_dupKeyEmail_idx\` ON \`_accounts_v\` (\`version_tenant_id\`,\`version_dup_key_email\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_dupKeyTaxNumber_idx\` ON \`_accounts_v\` (\`version_tenant_id\`,\`version_dup_key_tax_number\`);`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`merged_into_id\` integer REFERENCES contacts(id);`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`dup_key_name\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`dup_key_phone\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`dup_key_email\` text;`)
  await db.run(sql`CREATE INDEX \`contacts_merged_into_idx\` ON \`contacts\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyName_1_idx\` ON \`contacts\` (\`tenant_id\`,\`dup_key_name\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyPhone_1_idx\` ON \`contacts\` (\`tenant_id\`,\`dup_key_phone\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyEmail_1_idx\` ON \`contacts\` (\`tenant_id\`,\`dup_key_email\`);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`merged_into_id\` integer REFERENCES leads(id);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`dup_key_name\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`dup_key_phone\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`dup_key_email\` text;`)
  await db.run(sql`CREATE INDEX \`leads_merged_into_idx\` ON \`leads\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyName_2_idx\` ON \`leads\` (\`tenant_id\`,\`dup_key_name\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyPhone_2_idx\` ON \`leads\` (\`tenant_id\`,\`dup_key_phone\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyEmail_2_idx\` ON \`leads\` (\`tenant_id\`,\`dup_key_email\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_accounts_policy\` text DEFAULT 'warn' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_accounts_name\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_accounts_phone\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_accounts_email\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_accounts_tax_number\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_contacts_policy\` text DEFAULT 'warn' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_contacts_name\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_contacts_phone\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_contacts_email\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_leads_policy\` text DEFAULT 'warn' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_leads_name\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_leads_phone\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`duplicates_leads_email\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`merged_record_id\` text;`)
  await db.run(sql`CREATE INDEX \`audit_log_merged_record_id_idx\` ON \`audit_log\` (\`merged_record_id\`);`)
  // Records stored before this migration get their keys, or no check would ever find them.
  await backfillMatchKeys(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_accounts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text,
  	\`type\` text DEFAULT 'customer',
  	\`industry\` text,
  	\`grade\` text,
  	\`source\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`address_province\` text,
  	\`address_city\` text,
  	\`address_district\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`bank_name\` text,
  	\`bank_account\` text,
  	\`tax_number\` text,
  	\`payment_terms\` text,
  	\`founded_on\` text,
  	\`status\` text DEFAULT 'active',
  	\`last_follow_up_at\` text,
  	\`claimed_at\` text,
  	\`returned_at\` text,
  	\`return_reason\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_accounts\`("id", "name", "code", "type", "industry", "grade", "source", "phone", "email", "website", "address_province", "address_city", "address_district", "address_street", "address_postcode", "bank_name", "bank_account", "tax_number", "payment_terms", "founded_on", "status", "last_follow_up_at", "claimed_at", "returned_at", "return_reason", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at") SELECT "id", "name", "code", "type", "industry", "grade", "source", "phone", "email", "website", "address_province", "address_city", "address_district", "address_street", "address_postcode", "bank_name", "bank_account", "tax_number", "payment_terms", "founded_on", "status", "last_follow_up_at", "claimed_at", "returned_at", "return_reason", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at" FROM \`accounts\`;`)
  await db.run(sql`DROP TABLE \`accounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_accounts\` RENAME TO \`accounts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`accounts_industry_idx\` ON \`accounts\` (\`industry\`);`)
  await db.run(sql`CREATE INDEX \`accounts_grade_idx\` ON \`accounts\` (\`grade\`);`)
  await db.run(sql`CREATE INDEX \`accounts_source_idx\` ON \`accounts\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`accounts_claimed_at_idx\` ON \`accounts\` (\`claimed_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_tenant_idx\` ON \`accounts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_owner_idx\` ON \`accounts\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_department_idx\` ON \`accounts\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_updated_at_idx\` ON \`accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_created_at_idx\` ON \`accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_deleted_at_idx\` ON \`accounts\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_code_idx\` ON \`accounts\` (\`tenant_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`__new__accounts_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_code\` text,
  	\`version_type\` text DEFAULT 'customer',
  	\`version_industry\` text,
  	\`version_grade\` text,
  	\`version_source\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_address_province\` text,
  	\`version_address_city\` text,
  	\`version_address_district\` text,
  	\`version_address_street\` text,
  	\`version_address_postcode\` text,
  	\`version_bank_name\` text,
  	\`version_bank_account\` text,
  	\`version_tax_number\` text,
  	\`version_payment_terms\` text,
  	\`version_founded_on\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_last_follow_up_at\` text,
  	\`version_claimed_at\` text,
  	\`version_returned_at\` text,
  	\`version_return_reason\` text,
  	\`version_custom\` text,
  	\`version_tenant_id\` integer,
  	\`version_owner_id\` integer,
  	\`version_department_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__accounts_v\`("id", "parent_id", "version_name", "version_code", "version_type", "version_industry", "version_grade", "version_source", "version_phone", "version_email", "version_website", "version_address_province", "version_address_city", "version_address_district", "version_address_street", "version_address_postcode", "version_bank_name", "version_bank_account", "version_tax_number", "version_payment_terms", "version_founded_on", "version_status", "version_last_follow_up_at", "version_claimed_at", "version_returned_at", "version_return_reason", "version_custom", "version_tenant_id", "version_owner_id", "version_department_id", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_code", "version_type", "version_industry", "version_grade", "version_source", "version_phone", "version_email", "version_website", "version_address_province", "version_address_city", "version_address_district", "version_address_street", "version_address_postcode", "version_bank_name", "version_bank_account", "version_tax_number", "version_payment_terms", "version_founded_on", "version_status", "version_last_follow_up_at", "version_claimed_at", "version_returned_at", "version_return_reason", "version_custom", "version_tenant_id", "version_owner_id", "version_department_id", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at" FROM \`_accounts_v\`;`)
  await db.run(sql`DROP TABLE \`_accounts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__accounts_v\` RENAME TO \`_accounts_v\`;`)
  await db.run(sql`CREATE INDEX \`_accounts_v_parent_idx\` ON \`_accounts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_industry_idx\` ON \`_accounts_v\` (\`version_industry\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_grade_idx\` ON \`_accounts_v\` (\`version_grade\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_source_idx\` ON \`_accounts_v\` (\`version_source\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_claimed_at_idx\` ON \`_accounts_v\` (\`version_claimed_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_tenant_idx\` ON \`_accounts_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_owner_idx\` ON \`_accounts_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_department_idx\` ON \`_accounts_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_updated_at_idx\` ON \`_accounts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_created_at_idx\` ON \`_accounts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_deleted_at_idx\` ON \`_accounts_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_created_at_idx\` ON \`_accounts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_updated_at_idx\` ON \`_accounts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_code_idx\` ON \`_accounts_v\` (\`version_tenant_id\`,\`version_code\`);`)
  await db.run(sql`CREATE TABLE \`__new_contacts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`account_id\` integer,
  	\`is_primary\` integer DEFAULT false,
  	\`title\` text,
  	\`customer_department\` text,
  	\`assistant\` text,
  	\`mobile\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`lead_source\` text,
  	\`birthday\` text,
  	\`consent_phone_allowed\` integer DEFAULT false,
  	\`consent_phone_recorded_at\` text,
  	\`consent_phone_method\` text,
  	\`consent_sms_allowed\` integer DEFAULT false,
  	\`consent_sms_recorded_at\` text,
  	\`consent_sms_method\` text,
  	\`consent_email_allowed\` integer DEFAULT false,
  	\`consent_email_recorded_at\` text,
  	\`consent_email_method\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contacts\`("id", "name", "account_id", "is_primary", "title", "customer_department", "assistant", "mobile", "phone", "email", "lead_source", "birthday", "consent_phone_allowed", "consent_phone_recorded_at", "consent_phone_method", "consent_sms_allowed", "consent_sms_recorded_at", "consent_sms_method", "consent_email_allowed", "consent_email_recorded_at", "consent_email_method", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at") SELECT "id", "name", "account_id", "is_primary", "title", "customer_department", "assistant", "mobile", "phone", "email", "lead_source", "birthday", "consent_phone_allowed", "consent_phone_recorded_at", "consent_phone_method", "consent_sms_allowed", "consent_sms_recorded_at", "consent_sms_method", "consent_email_allowed", "consent_email_recorded_at", "consent_email_method", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at" FROM \`contacts\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_contacts\` RENAME TO \`contacts\`;`)
  await db.run(sql`CREATE INDEX \`contacts_account_idx\` ON \`contacts\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_mobile_idx\` ON \`contacts\` (\`mobile\`);`)
  await db.run(sql`CREATE INDEX \`contacts_email_idx\` ON \`contacts\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`contacts_lead_source_idx\` ON \`contacts\` (\`lead_source\`);`)
  await db.run(sql`CREATE INDEX \`contacts_tenant_idx\` ON \`contacts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_owner_idx\` ON \`contacts\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_department_idx\` ON \`contacts\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_deleted_at_idx\` ON \`contacts\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_leads\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`company\` text,
  	\`title\` text,
  	\`mobile\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`source\` text,
  	\`status\` text DEFAULT 'new',
  	\`rating\` text,
  	\`description\` text,
  	\`last_follow_up_at\` text,
  	\`claimed_at\` text,
  	\`returned_at\` text,
  	\`return_reason\` text,
  	\`consent_phone_allowed\` integer DEFAULT false,
  	\`consent_phone_recorded_at\` text,
  	\`consent_phone_method\` text,
  	\`consent_sms_allowed\` integer DEFAULT false,
  	\`consent_sms_recorded_at\` text,
  	\`consent_sms_method\` text,
  	\`consent_email_allowed\` integer DEFAULT false,
  	\`consent_email_recorded_at\` text,
  	\`consent_email_method\` text,
  	\`converted_at\` text,
  	\`converted_account_id\` integer,
  	\`converted_contact_id\` integer,
  	\`converted_opportunity_id\` integer,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`converted_account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`converted_contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`converted_opportunity_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_leads\`("id", "name", "company", "title", "mobile", "phone", "email", "source", "status", "rating", "description", "last_follow_up_at", "claimed_at", "returned_at", "return_reason", "consent_phone_allowed", "consent_phone_recorded_at", "consent_phone_method", "consent_sms_allowed", "consent_sms_recorded_at", "consent_sms_method", "consent_email_allowed", "consent_email_recorded_at", "consent_email_method", "converted_at", "converted_account_id", "converted_contact_id", "converted_opportunity_id", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at") SELECT "id", "name", "company", "title", "mobile", "phone", "email", "source", "status", "rating", "description", "last_follow_up_at", "claimed_at", "returned_at", "return_reason", "consent_phone_allowed", "consent_phone_recorded_at", "consent_phone_method", "consent_sms_allowed", "consent_sms_recorded_at", "consent_sms_method", "consent_email_allowed", "consent_email_recorded_at", "consent_email_method", "converted_at", "converted_account_id", "converted_contact_id", "converted_opportunity_id", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at" FROM \`leads\`;`)
  await db.run(sql`DROP TABLE \`leads\`;`)
  await db.run(sql`ALTER TABLE \`__new_leads\` RENAME TO \`leads\`;`)
  await db.run(sql`CREATE INDEX \`leads_mobile_idx\` ON \`leads\` (\`mobile\`);`)
  await db.run(sql`CREATE INDEX \`leads_email_idx\` ON \`leads\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`leads_source_idx\` ON \`leads\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`leads_last_follow_up_at_idx\` ON \`leads\` (\`last_follow_up_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_claimed_at_idx\` ON \`leads\` (\`claimed_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_converted_account_idx\` ON \`leads\` (\`converted_account_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_converted_contact_idx\` ON \`leads\` (\`converted_contact_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_converted_opportunity_idx\` ON \`leads\` (\`converted_opportunity_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_tenant_idx\` ON \`leads\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_owner_idx\` ON \`leads\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_department_idx\` ON \`leads\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_updated_at_idx\` ON \`leads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_created_at_idx\` ON \`leads\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_deleted_at_idx\` ON \`leads\` (\`deleted_at\`);`)
  await db.run(sql`DROP INDEX \`audit_log_merged_record_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`merged_record_id\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_accounts_policy\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_accounts_name\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_accounts_phone\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_accounts_email\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_accounts_tax_number\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_contacts_policy\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_contacts_name\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_contacts_phone\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_contacts_email\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_leads_policy\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_leads_name\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_leads_phone\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`duplicates_leads_email\`;`)
}
