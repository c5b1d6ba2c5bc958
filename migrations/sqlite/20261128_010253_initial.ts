import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`accounts\` (
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
  await db.run(sql`CREATE INDEX \`accounts_industry_idx\` ON \`accounts\` (\`industry\`);`)
  await db.run(sql`CREATE INDEX \`accounts_grade_idx\` ON \`accounts\` (\`grade\`);`)
  await db.run(sql`CREATE INDEX \`accounts_source_idx\` ON \`accounts\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`accounts_tenant_idx\` ON \`accounts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_owner_idx\` ON \`accounts\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_department_idx\` ON \`accounts\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_updated_at_idx\` ON \`accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_created_at_idx\` ON \`accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_deleted_at_idx\` ON \`accounts\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_code_idx\` ON \`accounts\` (\`tenant_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`accounts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accounts_rels_order_idx\` ON \`accounts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`accounts_rels_parent_idx\` ON \`accounts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_rels_path_idx\` ON \`accounts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`accounts_rels_users_id_idx\` ON \`accounts_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_accounts_v\` (
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
  await db.run(sql`CREATE INDEX \`_accounts_v_parent_idx\` ON \`_accounts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_industry_idx\` ON \`_accounts_v\` (\`version_industry\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_grade_idx\` ON \`_accounts_v\` (\`version_grade\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_source_idx\` ON \`_accounts_v\` (\`version_source\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_tenant_idx\` ON \`_accounts_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_owner_idx\` ON \`_accounts_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_department_idx\` ON \`_accounts_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_updated_at_idx\` ON \`_accounts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_created_at_idx\` ON \`_accounts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_version_version_deleted_at_idx\` ON \`_accounts_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_created_at_idx\` ON \`_accounts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_updated_at_idx\` ON \`_accounts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_code_idx\` ON \`_accounts_v\` (\`version_tenant_id\`,\`version_code\`);`)
  await db.run(sql`CREATE TABLE \`_accounts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_accounts_v_rels_order_idx\` ON \`_accounts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_rels_parent_idx\` ON \`_accounts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_rels_path_idx\` ON \`_accounts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_accounts_v_rels_users_id_idx\` ON \`_accounts_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`contacts\` (
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
  await db.run(sql`CREATE TABLE \`leads\` (
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
  await db.run(sql`CREATE INDEX \`leads_mobile_idx\` ON \`leads\` (\`mobile\`);`)
  await db.run(sql`CREATE INDEX \`leads_email_idx\` ON \`leads\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`leads_source_idx\` ON \`leads\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`leads_converted_account_idx\` ON \`leads\` (\`converted_account_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_converted_contact_idx\` ON \`leads\` (\`converted_contact_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_converted_opportunity_idx\` ON \`leads\` (\`converted_opportunity_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_tenant_idx\` ON \`leads\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_owner_idx\` ON \`leads\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_department_idx\` ON \`leads\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_updated_at_idx\` ON \`leads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_created_at_idx\` ON \`leads\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_deleted_at_idx\` ON \`leads\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`opportunities\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`contact_id\` integer,
  	\`amount\` text,
  	\`amount_minor\` numeric,
  	\`currency\` text DEFAULT 'CNY',
  	\`expected_close_date\` text,
  	\`stage\` text DEFAULT 'qualification',
  	\`probability\` numeric,
  	\`source\` text,
  	\`campaign_id\` integer,
  	\`price_book_id\` integer,
  	\`loss_reason\` text,
  	\`description\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`price_book_id\`) REFERENCES \`price_books\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`opportunities_account_idx\` ON \`opportunities\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_contact_idx\` ON \`opportunities\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_amount_minor_idx\` ON \`opportunities\` (\`amount_minor\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_expected_close_date_idx\` ON \`opportunities\` (\`expected_close_date\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_stage_idx\` ON \`opportunities\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_source_idx\` ON \`opportunities\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_campaign_idx\` ON \`opportunities\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_price_book_idx\` ON \`opportunities\` (\`price_book_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_tenant_idx\` ON \`opportunities\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_owner_idx\` ON \`opportunities\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_department_idx\` ON \`opportunities\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_updated_at_idx\` ON \`opportunities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_created_at_idx\` ON \`opportunities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_deleted_at_idx\` ON \`opportunities\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`opportunities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opportunities_rels_order_idx\` ON \`opportunities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_rels_parent_idx\` ON \`opportunities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_rels_path_idx\` ON \`opportunities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_rels_users_id_idx\` ON \`opportunities_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`subject\` text NOT NULL,
  	\`type\` text DEFAULT 'call' NOT NULL,
  	\`status\` text DEFAULT 'planned',
  	\`start_at\` text,
  	\`end_at\` text,
  	\`outcome\` text,
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
  await db.run(sql`CREATE INDEX \`activities_type_idx\` ON \`activities\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`activities_start_at_idx\` ON \`activities\` (\`start_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_tenant_idx\` ON \`activities\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_owner_idx\` ON \`activities\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_department_idx\` ON \`activities\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_deleted_at_idx\` ON \`activities\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`accounts_id\` integer,
  	\`contacts_id\` integer,
  	\`leads_id\` integer,
  	\`opportunities_id\` integer,
  	\`quotes_id\` integer,
  	\`sales_orders_id\` integer,
  	\`purchase_orders_id\` integer,
  	\`invoices_id\` integer,
  	\`contracts_id\` integer,
  	\`service_requests_id\` integer,
  	\`campaigns_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leads_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sales_orders_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`purchase_orders_id\`) REFERENCES \`purchase_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invoices_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contracts_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_accounts_id_idx\` ON \`activities_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_contacts_id_idx\` ON \`activities_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_leads_id_idx\` ON \`activities_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_opportunities_id_idx\` ON \`activities_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_quotes_id_idx\` ON \`activities_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_sales_orders_id_idx\` ON \`activities_rels\` (\`sales_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_purchase_orders_id_idx\` ON \`activities_rels\` (\`purchase_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_invoices_id_idx\` ON \`activities_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_contracts_id_idx\` ON \`activities_rels\` (\`contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_service_requests_id_idx\` ON \`activities_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_campaigns_id_idx\` ON \`activities_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_users_id_idx\` ON \`activities_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`quotes_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`product_id\` integer,
  	\`description\` text,
  	\`quantity\` text NOT NULL,
  	\`unit_price\` text NOT NULL,
  	\`discount\` text DEFAULT '0',
  	\`tax_rate\` text DEFAULT '0',
  	\`net\` text,
  	\`tax\` text,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_items_order_idx\` ON \`quotes_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quotes_items_parent_id_idx\` ON \`quotes_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_items_product_idx\` ON \`quotes_items\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`quotes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`subject\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`contact_id\` integer,
  	\`price_book_id\` integer,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`exchange_rate\` text DEFAULT '1',
  	\`prices_include_tax\` integer DEFAULT false,
  	\`opportunity_id\` integer,
  	\`valid_until\` text,
  	\`sales_order_id\` integer,
  	\`subtotal\` text,
  	\`subtotal_minor\` numeric,
  	\`tax\` text,
  	\`tax_minor\` numeric,
  	\`total\` text,
  	\`total_minor\` numeric,
  	\`billing_address_province\` text,
  	\`billing_address_city\` text,
  	\`billing_address_district\` text,
  	\`billing_address_street\` text,
  	\`billing_address_postcode\` text,
  	\`shipping_address_province\` text,
  	\`shipping_address_city\` text,
  	\`shipping_address_district\` text,
  	\`shipping_address_street\` text,
  	\`shipping_address_postcode\` text,
  	\`terms\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`price_book_id\`) REFERENCES \`price_books\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`opportunity_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sales_order_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_account_idx\` ON \`quotes\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_contact_idx\` ON \`quotes\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_price_book_idx\` ON \`quotes\` (\`price_book_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_opportunity_idx\` ON \`quotes\` (\`opportunity_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_sales_order_idx\` ON \`quotes\` (\`sales_order_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_subtotal_minor_idx\` ON \`quotes\` (\`subtotal_minor\`);`)
  await db.run(sql`CREATE INDEX \`quotes_tax_minor_idx\` ON \`quotes\` (\`tax_minor\`);`)
  await db.run(sql`CREATE INDEX \`quotes_total_minor_idx\` ON \`quotes\` (\`total_minor\`);`)
  await db.run(sql`CREATE INDEX \`quotes_tenant_idx\` ON \`quotes\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_owner_idx\` ON \`quotes\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_department_idx\` ON \`quotes\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_deleted_at_idx\` ON \`quotes\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_number_idx\` ON \`quotes\` (\`tenant_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`sales_orders_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`product_id\` integer,
  	\`description\` text,
  	\`quantity\` text NOT NULL,
  	\`unit_price\` text NOT NULL,
  	\`discount\` text DEFAULT '0',
  	\`tax_rate\` text DEFAULT '0',
  	\`net\` text,
  	\`tax\` text,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sales_orders_items_order_idx\` ON \`sales_orders_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_items_parent_id_idx\` ON \`sales_orders_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_items_product_idx\` ON \`sales_orders_items\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`sales_orders\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`subject\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`contact_id\` integer,
  	\`price_book_id\` integer,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`exchange_rate\` text DEFAULT '1',
  	\`prices_include_tax\` integer DEFAULT false,
  	\`opportunity_id\` integer,
  	\`delivery_date\` text,
  	\`quote_id\` integer,
  	\`subtotal\` text,
  	\`subtotal_minor\` numeric,
  	\`tax\` text,
  	\`tax_minor\` numeric,
  	\`total\` text,
  	\`total_minor\` numeric,
  	\`billing_address_province\` text,
  	\`billing_address_city\` text,
  	\`billing_address_district\` text,
  	\`billing_address_street\` text,
  	\`billing_address_postcode\` text,
  	\`shipping_address_province\` text,
  	\`shipping_address_city\` text,
  	\`shipping_address_district\` text,
  	\`shipping_address_street\` text,
  	\`shipping_address_postcode\` text,
  	\`terms\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`price_book_id\`) REFERENCES \`price_books\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`opportunity_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sales_orders_account_idx\` ON \`sales_orders\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_contact_idx\` ON \`sales_orders\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_price_book_idx\` ON \`sales_orders\` (\`price_book_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_opportunity_idx\` ON \`sales_orders\` (\`opportunity_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_quote_idx\` ON \`sales_orders\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_subtotal_minor_idx\` ON \`sales_orders\` (\`subtotal_minor\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_tax_minor_idx\` ON \`sales_orders\` (\`tax_minor\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_total_minor_idx\` ON \`sales_orders\` (\`total_minor\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_tenant_idx\` ON \`sales_orders\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_owner_idx\` ON \`sales_orders\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_department_idx\` ON \`sales_orders\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_updated_at_idx\` ON \`sales_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_created_at_idx\` ON \`sales_orders\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sales_orders_deleted_at_idx\` ON \`sales_orders\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_number_1_idx\` ON \`sales_orders\` (\`tenant_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`invoices_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`product_id\` integer,
  	\`description\` text,
  	\`quantity\` text NOT NULL,
  	\`unit_price\` text NOT NULL,
  	\`discount\` text DEFAULT '0',
  	\`tax_rate\` text DEFAULT '0',
  	\`net\` text,
  	\`tax\` text,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`invoices_items_order_idx\` ON \`invoices_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`invoices_items_parent_id_idx\` ON \`invoices_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_items_product_idx\` ON \`invoices_items\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`invoices\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`subject\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`contact_id\` integer,
  	\`price_book_id\` integer,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`exchange_rate\` text DEFAULT '1',
  	\`prices_include_tax\` integer DEFAULT false,
  	\`issued_on\` text,
  	\`due_date\` text,
  	\`sales_order_id\` integer,
  	\`subtotal\` text,
  	\`subtotal_minor\` numeric,
  	\`tax\` text,
  	\`tax_minor\` numeric,
  	\`total\` text,
  	\`total_minor\` numeric,
  	\`billing_address_province\` text,
  	\`billing_address_city\` text,
  	\`billing_address_district\` text,
  	\`billing_address_street\` text,
  	\`billing_address_postcode\` text,
  	\`shipping_address_province\` text,
  	\`shipping_address_city\` text,
  	\`shipping_address_district\` text,
  	\`shipping_address_street\` text,
  	\`shipping_address_postcode\` text,
  	\`terms\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`price_book_id\`) REFERENCES \`price_books\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sales_order_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`invoices_account_idx\` ON \`invoices\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_contact_idx\` ON \`invoices\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_price_book_idx\` ON \`invoices\` (\`price_book_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_sales_order_idx\` ON \`invoices\` (\`sales_order_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_subtotal_minor_idx\` ON \`invoices\` (\`subtotal_minor\`);`)
  await db.run(sql`CREATE INDEX \`invoices_tax_minor_idx\` ON \`invoices\` (\`tax_minor\`);`)
  await db.run(sql`CREATE INDEX \`invoices_total_minor_idx\` ON \`invoices\` (\`total_minor\`);`)
  await db.run(sql`CREATE INDEX \`invoices_tenant_idx\` ON \`invoices\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_owner_idx\` ON \`invoices\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_department_idx\` ON \`invoices\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_updated_at_idx\` ON \`invoices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`invoices_created_at_idx\` ON \`invoices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`invoices_deleted_at_idx\` ON \`invoices\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_number_2_idx\` ON \`invoices\` (\`tenant_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`contracts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`name\` text NOT NULL,
  	\`status\` text DEFAULT 'draft',
  	\`account_id\` integer NOT NULL,
  	\`opportunity_id\` integer,
  	\`sales_order_id\` integer,
  	\`amount\` text NOT NULL,
  	\`amount_minor\` numeric,
  	\`currency\` text DEFAULT 'CNY',
  	\`signed_on\` text,
  	\`starts_on\` text,
  	\`ends_on\` text,
  	\`terms\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`opportunity_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sales_order_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_account_idx\` ON \`contracts\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_opportunity_idx\` ON \`contracts\` (\`opportunity_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_sales_order_idx\` ON \`contracts\` (\`sales_order_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_amount_minor_idx\` ON \`contracts\` (\`amount_minor\`);`)
  await db.run(sql`CREATE INDEX \`contracts_tenant_idx\` ON \`contracts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_owner_idx\` ON \`contracts\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_department_idx\` ON \`contracts\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_updated_at_idx\` ON \`contracts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contracts_created_at_idx\` ON \`contracts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contracts_deleted_at_idx\` ON \`contracts\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_number_3_idx\` ON \`contracts\` (\`tenant_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`contracts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_rels_order_idx\` ON \`contracts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contracts_rels_parent_idx\` ON \`contracts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_rels_path_idx\` ON \`contracts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contracts_rels_documents_id_idx\` ON \`contracts_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`payments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'received' NOT NULL,
  	\`contract_id\` integer,
  	\`invoice_id\` integer,
  	\`amount\` text NOT NULL,
  	\`amount_minor\` numeric,
  	\`due_on\` text,
  	\`received_on\` text,
  	\`method\` text,
  	\`reference\` text,
  	\`note\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`contract_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invoice_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`payments_contract_idx\` ON \`payments\` (\`contract_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_invoice_idx\` ON \`payments\` (\`invoice_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_amount_minor_idx\` ON \`payments\` (\`amount_minor\`);`)
  await db.run(sql`CREATE INDEX \`payments_tenant_idx\` ON \`payments\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_owner_idx\` ON \`payments\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_department_idx\` ON \`payments\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_updated_at_idx\` ON \`payments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payments_created_at_idx\` ON \`payments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`payments_deleted_at_idx\` ON \`payments\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`products\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`category_id\` integer,
  	\`unit\` text,
  	\`sale_price\` text,
  	\`sale_price_minor\` numeric,
  	\`cost_price\` text,
  	\`cost_price_minor\` numeric,
  	\`stock\` text DEFAULT '0',
  	\`vendor_id\` integer,
  	\`active\` integer DEFAULT true,
  	\`description\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`product_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`vendor_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`products_category_idx\` ON \`products\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`products_unit_idx\` ON \`products\` (\`unit\`);`)
  await db.run(sql`CREATE INDEX \`products_sale_price_minor_idx\` ON \`products\` (\`sale_price_minor\`);`)
  await db.run(sql`CREATE INDEX \`products_cost_price_minor_idx\` ON \`products\` (\`cost_price_minor\`);`)
  await db.run(sql`CREATE INDEX \`products_vendor_idx\` ON \`products\` (\`vendor_id\`);`)
  await db.run(sql`CREATE INDEX \`products_tenant_idx\` ON \`products\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`products_updated_at_idx\` ON \`products\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`products_created_at_idx\` ON \`products\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`products_deleted_at_idx\` ON \`products\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_code_1_idx\` ON \`products\` (\`tenant_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`product_categories\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text,
  	\`parent_id\` integer,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`product_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`product_categories_parent_idx\` ON \`product_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_categories_tenant_idx\` ON \`product_categories\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`product_categories_updated_at_idx\` ON \`product_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`product_categories_created_at_idx\` ON \`product_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`product_categories_deleted_at_idx\` ON \`product_categories\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_code_2_idx\` ON \`product_categories\` (\`tenant_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`price_books_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`product_id\` integer NOT NULL,
  	\`unit_price\` text NOT NULL,
  	\`wholesale_price\` text,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`price_books\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`price_books_entries_order_idx\` ON \`price_books_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`price_books_entries_parent_id_idx\` ON \`price_books_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`price_books_entries_product_idx\` ON \`price_books_entries\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`price_books\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`currency\` text DEFAULT 'CNY',
  	\`active\` integer DEFAULT true,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`price_books_tenant_idx\` ON \`price_books\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`price_books_updated_at_idx\` ON \`price_books\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`price_books_created_at_idx\` ON \`price_books\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`price_books_deleted_at_idx\` ON \`price_books\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`vendors\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text,
  	\`contact_name\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`tax_number\` text,
  	\`address_province\` text,
  	\`address_city\` text,
  	\`address_district\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`bank_name\` text,
  	\`bank_account\` text,
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
  await db.run(sql`CREATE INDEX \`vendors_tenant_idx\` ON \`vendors\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`vendors_owner_idx\` ON \`vendors\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`vendors_department_idx\` ON \`vendors\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`vendors_updated_at_idx\` ON \`vendors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`vendors_created_at_idx\` ON \`vendors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`vendors_deleted_at_idx\` ON \`vendors\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_code_3_idx\` ON \`vendors\` (\`tenant_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`purchase_orders_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`product_id\` integer,
  	\`description\` text,
  	\`quantity\` text NOT NULL,
  	\`unit_price\` text NOT NULL,
  	\`discount\` text DEFAULT '0',
  	\`tax_rate\` text DEFAULT '0',
  	\`net\` text,
  	\`tax\` text,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`purchase_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`purchase_orders_items_order_idx\` ON \`purchase_orders_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_items_parent_id_idx\` ON \`purchase_orders_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_items_product_idx\` ON \`purchase_orders_items\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`purchase_orders\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`subject\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`vendor_id\` integer NOT NULL,
  	\`price_book_id\` integer,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`exchange_rate\` text DEFAULT '1',
  	\`prices_include_tax\` integer DEFAULT false,
  	\`expected_arrival\` text,
  	\`sales_order_id\` integer,
  	\`subtotal\` text,
  	\`subtotal_minor\` numeric,
  	\`tax\` text,
  	\`tax_minor\` numeric,
  	\`total\` text,
  	\`total_minor\` numeric,
  	\`billing_address_province\` text,
  	\`billing_address_city\` text,
  	\`billing_address_district\` text,
  	\`billing_address_street\` text,
  	\`billing_address_postcode\` text,
  	\`shipping_address_province\` text,
  	\`shipping_address_city\` text,
  	\`shipping_address_district\` text,
  	\`shipping_address_street\` text,
  	\`shipping_address_postcode\` text,
  	\`terms\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`vendor_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`price_book_id\`) REFERENCES \`price_books\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sales_order_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`purchase_orders_vendor_idx\` ON \`purchase_orders\` (\`vendor_id\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_price_book_idx\` ON \`purchase_orders\` (\`price_book_id\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_sales_order_idx\` ON \`purchase_orders\` (\`sales_order_id\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_subtotal_minor_idx\` ON \`purchase_orders\` (\`subtotal_minor\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_tax_minor_idx\` ON \`purchase_orders\` (\`tax_minor\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_total_minor_idx\` ON \`purchase_orders\` (\`total_minor\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_tenant_idx\` ON \`purchase_orders\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_owner_idx\` ON \`purchase_orders\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_department_idx\` ON \`purchase_orders\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_updated_at_idx\` ON \`purchase_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_created_at_idx\` ON \`purchase_orders\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`purchase_orders_deleted_at_idx\` ON \`purchase_orders\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_number_4_idx\` ON \`purchase_orders\` (\`tenant_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_dispatches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`assignee_id\` integer NOT NULL,
  	\`dispatched_at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_dispatches_order_idx\` ON \`service_requests_dispatches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_dispatches_parent_id_idx\` ON \`service_requests_dispatches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_dispatches_assignee_idx\` ON \`service_requests_dispatches\` (\`assignee_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_return_visits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`visited_at\` text,
  	\`satisfaction\` numeric NOT NULL,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_return_visits_order_idx\` ON \`service_requests_return_visits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_return_visits_parent_id_idx\` ON \`service_requests_return_visits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text,
  	\`subject\` text NOT NULL,
  	\`type\` text DEFAULT 'inquiry' NOT NULL,
  	\`account_id\` integer,
  	\`contact_id\` integer,
  	\`product_id\` integer,
  	\`queue\` text,
  	\`priority\` text DEFAULT 'medium',
  	\`severity\` text DEFAULT 'medium',
  	\`category\` text,
  	\`requested_at\` text,
  	\`stage\` text DEFAULT 'received',
  	\`status\` text DEFAULT 'open',
  	\`description\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_account_idx\` ON \`service_requests\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_contact_idx\` ON \`service_requests\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_product_idx\` ON \`service_requests\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_category_idx\` ON \`service_requests\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_stage_idx\` ON \`service_requests\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_tenant_idx\` ON \`service_requests\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_owner_idx\` ON \`service_requests\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_department_idx\` ON \`service_requests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_updated_at_idx\` ON \`service_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_created_at_idx\` ON \`service_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_deleted_at_idx\` ON \`service_requests\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_number_5_idx\` ON \`service_requests\` (\`tenant_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`faqs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`category\` text,
  	\`product_id\` integer,
  	\`published\` integer DEFAULT false,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_category_idx\` ON \`faqs\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`faqs_product_idx\` ON \`faqs\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_tenant_idx\` ON \`faqs\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_owner_idx\` ON \`faqs\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_department_idx\` ON \`faqs\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_deleted_at_idx\` ON \`faqs\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text DEFAULT 'field-event' NOT NULL,
  	\`status\` text DEFAULT 'planned',
  	\`budget\` text,
  	\`budget_minor\` numeric,
  	\`expected_revenue\` text,
  	\`expected_revenue_minor\` numeric,
  	\`starts_on\` text,
  	\`ends_on\` text,
  	\`stage\` text,
  	\`description\` text,
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
  await db.run(sql`CREATE INDEX \`campaigns_budget_minor_idx\` ON \`campaigns\` (\`budget_minor\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_expected_revenue_minor_idx\` ON \`campaigns\` (\`expected_revenue_minor\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_stage_idx\` ON \`campaigns\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_tenant_idx\` ON \`campaigns\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_owner_idx\` ON \`campaigns\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_department_idx\` ON \`campaigns\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_deleted_at_idx\` ON \`campaigns\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`leads_id\` integer,
  	\`contacts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leads_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_leads_id_idx\` ON \`campaigns_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_contacts_id_idx\` ON \`campaigns_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE TABLE \`tasks_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author_id\` integer,
  	\`at\` text,
  	\`comment\` text NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tasks_reviews_order_idx\` ON \`tasks_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tasks_reviews_parent_id_idx\` ON \`tasks_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_reviews_author_idx\` ON \`tasks_reviews\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`tasks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`subject\` text NOT NULL,
  	\`assignee_id\` integer,
  	\`assigned_by_id\` integer,
  	\`due_at\` text,
  	\`status\` text DEFAULT 'open',
  	\`priority\` text DEFAULT 'normal',
  	\`description\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tasks_assignee_idx\` ON \`tasks\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_assigned_by_idx\` ON \`tasks\` (\`assigned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_due_at_idx\` ON \`tasks\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks_tenant_idx\` ON \`tasks\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_owner_idx\` ON \`tasks\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_department_idx\` ON \`tasks\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_updated_at_idx\` ON \`tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks_created_at_idx\` ON \`tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks_deleted_at_idx\` ON \`tasks\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`tasks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`accounts_id\` integer,
  	\`contacts_id\` integer,
  	\`leads_id\` integer,
  	\`opportunities_id\` integer,
  	\`quotes_id\` integer,
  	\`sales_orders_id\` integer,
  	\`purchase_orders_id\` integer,
  	\`invoices_id\` integer,
  	\`contracts_id\` integer,
  	\`service_requests_id\` integer,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leads_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sales_orders_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`purchase_orders_id\`) REFERENCES \`purchase_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invoices_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contracts_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tasks_rels_order_idx\` ON \`tasks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_parent_idx\` ON \`tasks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_path_idx\` ON \`tasks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_accounts_id_idx\` ON \`tasks_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_contacts_id_idx\` ON \`tasks_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_leads_id_idx\` ON \`tasks_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_opportunities_id_idx\` ON \`tasks_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_quotes_id_idx\` ON \`tasks_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_sales_orders_id_idx\` ON \`tasks_rels\` (\`sales_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_purchase_orders_id_idx\` ON \`tasks_rels\` (\`purchase_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_invoices_id_idx\` ON \`tasks_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_contracts_id_idx\` ON \`tasks_rels\` (\`contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_service_requests_id_idx\` ON \`tasks_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_campaigns_id_idx\` ON \`tasks_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`notes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
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
  await db.run(sql`CREATE INDEX \`notes_tenant_idx\` ON \`notes\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_owner_idx\` ON \`notes\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_department_idx\` ON \`notes\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_updated_at_idx\` ON \`notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notes_created_at_idx\` ON \`notes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notes_deleted_at_idx\` ON \`notes\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`notes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`accounts_id\` integer,
  	\`contacts_id\` integer,
  	\`leads_id\` integer,
  	\`opportunities_id\` integer,
  	\`quotes_id\` integer,
  	\`sales_orders_id\` integer,
  	\`purchase_orders_id\` integer,
  	\`invoices_id\` integer,
  	\`contracts_id\` integer,
  	\`service_requests_id\` integer,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leads_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sales_orders_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`purchase_orders_id\`) REFERENCES \`purchase_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invoices_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contracts_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notes_rels_order_idx\` ON \`notes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_parent_idx\` ON \`notes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_path_idx\` ON \`notes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_accounts_id_idx\` ON \`notes_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_contacts_id_idx\` ON \`notes_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_leads_id_idx\` ON \`notes_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_opportunities_id_idx\` ON \`notes_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_quotes_id_idx\` ON \`notes_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_sales_orders_id_idx\` ON \`notes_rels\` (\`sales_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_purchase_orders_id_idx\` ON \`notes_rels\` (\`purchase_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_invoices_id_idx\` ON \`notes_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_contracts_id_idx\` ON \`notes_rels\` (\`contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_service_requests_id_idx\` ON \`notes_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_campaigns_id_idx\` ON \`notes_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`announcements\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`audience\` text DEFAULT 'all' NOT NULL,
  	\`published_at\` text,
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
  await db.run(sql`CREATE INDEX \`announcements_tenant_idx\` ON \`announcements\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_owner_idx\` ON \`announcements\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_department_idx\` ON \`announcements\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_updated_at_idx\` ON \`announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_created_at_idx\` ON \`announcements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_deleted_at_idx\` ON \`announcements\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`announcements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`announcements_rels_order_idx\` ON \`announcements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`announcements_rels_parent_idx\` ON \`announcements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_rels_path_idx\` ON \`announcements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`announcements_rels_departments_id_idx\` ON \`announcements_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_rels_users_id_idx\` ON \`announcements_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`folder\` text,
  	\`description\` text,
  	\`custom\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_folder_idx\` ON \`documents\` (\`folder\`);`)
  await db.run(sql`CREATE INDEX \`documents_tenant_idx\` ON \`documents\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_owner_idx\` ON \`documents\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_department_idx\` ON \`documents\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_deleted_at_idx\` ON \`documents\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`tenants\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'company' NOT NULL,
  	\`parent_id\` integer,
  	\`legal_name\` text,
  	\`logo_url\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`bank_name\` text,
  	\`bank_account\` text,
  	\`tax_number\` text,
  	\`base_currency\` text DEFAULT 'CNY',
  	\`time_zone\` text DEFAULT 'Asia/Shanghai',
  	\`language\` text DEFAULT 'zh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tenants_slug_idx\` ON \`tenants\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tenants_parent_idx\` ON \`tenants\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tenants_updated_at_idx\` ON \`tenants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tenants_created_at_idx\` ON \`tenants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer NOT NULL,
  	\`department_id\` integer,
  	\`manager_id\` integer,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_memberships_order_idx\` ON \`users_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_parent_id_idx\` ON \`users_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_tenant_idx\` ON \`users_memberships\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_department_idx\` ON \`users_memberships\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_manager_idx\` ON \`users_memberships\` (\`manager_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`language\` text DEFAULT 'zh' NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`is_super_admin\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_roles_id_idx\` ON \`users_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` integer,
  	\`manager_id\` integer,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_parent_idx\` ON \`departments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_manager_idx\` ON \`departments\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_tenant_idx\` ON \`departments\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_code_4_idx\` ON \`departments\` (\`tenant_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`roles_permissions_actions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`roles_permissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_permissions_actions_order_idx\` ON \`roles_permissions_actions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`roles_permissions_actions_parent_idx\` ON \`roles_permissions_actions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`roles_permissions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`scope\` text DEFAULT 'own' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_permissions_order_idx\` ON \`roles_permissions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`roles_permissions_parent_id_idx\` ON \`roles_permissions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`roles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`description\` text,
  	\`is_tenant_admin\` integer DEFAULT false,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_tenant_idx\` ON \`roles\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_updated_at_idx\` ON \`roles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`roles_created_at_idx\` ON \`roles\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_key_idx\` ON \`roles\` (\`tenant_id\`,\`key\`);`)
  await db.run(sql`CREATE TABLE \`dictionaries_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text NOT NULL,
  	\`label_zh\` text NOT NULL,
  	\`label_en\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dictionaries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dictionaries_options_order_idx\` ON \`dictionaries_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dictionaries_options_parent_id_idx\` ON \`dictionaries_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dictionaries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`name_zh\` text NOT NULL,
  	\`name_en\` text NOT NULL,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dictionaries_tenant_idx\` ON \`dictionaries\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`dictionaries_updated_at_idx\` ON \`dictionaries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dictionaries_created_at_idx\` ON \`dictionaries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_key_1_idx\` ON \`dictionaries\` (\`tenant_id\`,\`key\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer,
  	\`action\` text NOT NULL,
  	\`entity\` text NOT NULL,
  	\`record_id\` text NOT NULL,
  	\`changes\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_tenant_idx\` ON \`audit_log\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`entity_recordId_idx\` ON \`audit_log\` (\`entity\`,\`record_id\`);`)
  await db.run(sql`CREATE TABLE \`login_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer,
  	\`email\` text,
  	\`success\` integer,
  	\`reason\` text,
  	\`ip\` text,
  	\`user_agent\` text,
  	\`session_id\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`login_log_user_idx\` ON \`login_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`login_log_email_idx\` ON \`login_log\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`login_log_session_id_idx\` ON \`login_log\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`login_log_tenant_idx\` ON \`login_log\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`login_log_updated_at_idx\` ON \`login_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`login_log_created_at_idx\` ON \`login_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outbox\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`to\` text NOT NULL,
  	\`cc\` text,
  	\`bcc\` text,
  	\`from\` text,
  	\`subject\` text,
  	\`html\` text,
  	\`text\` text,
  	\`status\` text DEFAULT 'kept' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`sent_at\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`outbox_to_idx\` ON \`outbox\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`outbox_status_idx\` ON \`outbox\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`outbox_tenant_idx\` ON \`outbox\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`outbox_updated_at_idx\` ON \`outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_created_at_idx\` ON \`outbox\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`accounts_id\` integer,
  	\`contacts_id\` integer,
  	\`leads_id\` integer,
  	\`opportunities_id\` integer,
  	\`activities_id\` integer,
  	\`quotes_id\` integer,
  	\`sales_orders_id\` integer,
  	\`invoices_id\` integer,
  	\`contracts_id\` integer,
  	\`payments_id\` integer,
  	\`products_id\` integer,
  	\`product_categories_id\` integer,
  	\`price_books_id\` integer,
  	\`vendors_id\` integer,
  	\`purchase_orders_id\` integer,
  	\`service_requests_id\` integer,
  	\`faqs_id\` integer,
  	\`campaigns_id\` integer,
  	\`tasks_id\` integer,
  	\`notes_id\` integer,
  	\`announcements_id\` integer,
  	\`documents_id\` integer,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`roles_id\` integer,
  	\`dictionaries_id\` integer,
  	\`audit_log_id\` integer,
  	\`login_log_id\` integer,
  	\`outbox_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leads_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sales_orders_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invoices_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contracts_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payments_id\`) REFERENCES \`payments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_categories_id\`) REFERENCES \`product_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`price_books_id\`) REFERENCES \`price_books\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vendors_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`purchase_orders_id\`) REFERENCES \`purchase_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notes_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dictionaries_id\`) REFERENCES \`dictionaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_log_id\`) REFERENCES \`login_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leads_id_idx\` ON \`payload_locked_documents_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opportunities_id_idx\` ON \`payload_locked_documents_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sales_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`sales_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invoices_id_idx\` ON \`payload_locked_documents_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contracts_id_idx\` ON \`payload_locked_documents_rels\` (\`contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`payments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_product_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`product_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_price_books_id_idx\` ON \`payload_locked_documents_rels\` (\`price_books_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vendors_id_idx\` ON \`payload_locked_documents_rels\` (\`vendors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_purchase_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`purchase_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roles_id_idx\` ON \`payload_locked_documents_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dictionaries_id_idx\` ON \`payload_locked_documents_rels\` (\`dictionaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_log_id_idx\` ON \`payload_locked_documents_rels\` (\`login_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`accounts\`;`)
  await db.run(sql`DROP TABLE \`accounts_rels\`;`)
  await db.run(sql`DROP TABLE \`_accounts_v\`;`)
  await db.run(sql`DROP TABLE \`_accounts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`DROP TABLE \`leads\`;`)
  await db.run(sql`DROP TABLE \`opportunities\`;`)
  await db.run(sql`DROP TABLE \`opportunities_rels\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`quotes_items\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`DROP TABLE \`sales_orders_items\`;`)
  await db.run(sql`DROP TABLE \`sales_orders\`;`)
  await db.run(sql`DROP TABLE \`invoices_items\`;`)
  await db.run(sql`DROP TABLE \`invoices\`;`)
  await db.run(sql`DROP TABLE \`contracts\`;`)
  await db.run(sql`DROP TABLE \`contracts_rels\`;`)
  await db.run(sql`DROP TABLE \`payments\`;`)
  await db.run(sql`DROP TABLE \`products\`;`)
  await db.run(sql`DROP TABLE \`product_categories\`;`)
  await db.run(sql`DROP TABLE \`price_books_entries\`;`)
  await db.run(sql`DROP TABLE \`price_books\`;`)
  await db.run(sql`DROP TABLE \`vendors\`;`)
  await db.run(sql`DROP TABLE \`purchase_orders_items\`;`)
  await db.run(sql`DROP TABLE \`purchase_orders\`;`)
  await db.run(sql`DROP TABLE \`service_requests_dispatches\`;`)
  await db.run(sql`DROP TABLE \`service_requests_return_visits\`;`)
  await db.run(sql`DROP TABLE \`service_requests\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`tasks_reviews\`;`)
  await db.run(sql`DROP TABLE \`tasks\`;`)
  await db.run(sql`DROP TABLE \`tasks_rels\`;`)
  await db.run(sql`DROP TABLE \`notes\`;`)
  await db.run(sql`DROP TABLE \`notes_rels\`;`)
  await db.run(sql`DROP TABLE \`announcements\`;`)
  await db.run(sql`DROP TABLE \`announcements_rels\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`tenants\`;`)
  await db.run(sql`DROP TABLE \`users_memberships\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`roles_permissions_actions\`;`)
  await db.run(sql`DROP TABLE \`roles_permissions\`;`)
  await db.run(sql`DROP TABLE \`roles\`;`)
  await db.run(sql`DROP TABLE \`dictionaries_options\`;`)
  await db.run(sql`DROP TABLE \`dictionaries\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`login_log\`;`)
  await db.run(sql`DROP TABLE \`outbox\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
