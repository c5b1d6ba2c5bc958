import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { backfillMatchKeys } from '../../src/duplicates/backfillMatchKeys'
import { installDefaultsInExistingTenants } from '../../src/tenancy/installDefaultsInExistingTenants'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`stock_moves\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`product_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`quantity\` text NOT NULL,
  	\`stock_after\` text,
  	\`by_id\` integer,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`stock_moves_product_idx\` ON \`stock_moves\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_by_idx\` ON \`stock_moves\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_tenant_idx\` ON \`stock_moves\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_updated_at_idx\` ON \`stock_moves\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_created_at_idx\` ON \`stock_moves\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`stock_moves_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sales_orders_id\` integer,
  	\`purchase_orders_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stock_moves\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sales_orders_id\`) REFERENCES \`sales_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`purchase_orders_id\`) REFERENCES \`purchase_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stock_moves_rels_order_idx\` ON \`stock_moves_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_rels_parent_idx\` ON \`stock_moves_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_rels_path_idx\` ON \`stock_moves_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_rels_sales_orders_id_idx\` ON \`stock_moves_rels\` (\`sales_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`stock_moves_rels_purchase_orders_id_idx\` ON \`stock_moves_rels\` (\`purchase_orders_id\`);`)
  await db.run(sql`CREATE TABLE \`entity_schemas\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`entity\` text NOT NULL,
  	\`version\` numeric,
  	\`status\` text DEFAULT 'draft',
  	\`schema\` text,
  	\`layout\` text,
  	\`list_views\` text,
  	\`note\` text,
  	\`based_on\` numeric,
  	\`published_at\` text,
  	\`published_by_id\` integer,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`entity_schemas_entity_idx\` ON \`entity_schemas\` (\`entity\`);`)
  await db.run(sql`CREATE INDEX \`entity_schemas_status_idx\` ON \`entity_schemas\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`entity_schemas_published_by_idx\` ON \`entity_schemas\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`entity_schemas_tenant_idx\` ON \`entity_schemas\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`entity_schemas_updated_at_idx\` ON \`entity_schemas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`entity_schemas_created_at_idx\` ON \`entity_schemas\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_entity_version_idx\` ON \`entity_schemas\` (\`tenant_id\`,\`entity\`,\`version\`);`)
  await db.run(sql`CREATE TABLE \`number_sequences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`pattern\` text DEFAULT 'NO-{YYYY}{MM}-{SEQ:4}',
  	\`reset_policy\` text DEFAULT 'monthly' NOT NULL,
  	\`dimension\` text DEFAULT 'none' NOT NULL,
  	\`dimension_field\` text,
  	\`padding\` numeric DEFAULT 4,
  	\`gap_free\` integer DEFAULT false,
  	\`custom_key\` text DEFAULT 'number',
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`number_sequences_tenant_idx\` ON \`number_sequences\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`number_sequences_updated_at_idx\` ON \`number_sequences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`number_sequences_created_at_idx\` ON \`number_sequences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_targetCollection_idx\` ON \`number_sequences\` (\`tenant_id\`,\`target_collection\`);`)
  await db.run(sql`CREATE TABLE \`number_counters\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`sequence_id\` integer,
  	\`dimension_key\` text DEFAULT '',
  	\`period_key\` text DEFAULT '',
  	\`last_value\` numeric DEFAULT 0,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`sequence_id\`) REFERENCES \`number_sequences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`number_counters_sequence_idx\` ON \`number_counters\` (\`sequence_id\`);`)
  await db.run(sql`CREATE INDEX \`number_counters_tenant_idx\` ON \`number_counters\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`number_counters_updated_at_idx\` ON \`number_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`number_counters_created_at_idx\` ON \`number_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sequence_dimensionKey_periodKey_idx\` ON \`number_counters\` (\`sequence_id\`,\`dimension_key\`,\`period_key\`);`)
  await db.run(sql`CREATE TABLE \`export_templates\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`entity\` text NOT NULL,
  	\`language\` text DEFAULT 'zh' NOT NULL,
  	\`format\` text DEFAULT 'pdf' NOT NULL,
  	\`paper_size\` text DEFAULT 'A4' NOT NULL,
  	\`orientation\` text DEFAULT 'portrait' NOT NULL,
  	\`is_default\` integer DEFAULT false,
  	\`margins_top\` numeric DEFAULT 15,
  	\`margins_right\` numeric DEFAULT 12,
  	\`margins_bottom\` numeric DEFAULT 15,
  	\`margins_left\` numeric DEFAULT 12,
  	\`source\` text NOT NULL,
  	\`partials_header\` text,
  	\`partials_footer\` text,
  	\`partials_company\` text,
  	\`description\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`export_templates_entity_idx\` ON \`export_templates\` (\`entity\`);`)
  await db.run(sql`CREATE INDEX \`export_templates_tenant_idx\` ON \`export_templates\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`export_templates_updated_at_idx\` ON \`export_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`export_templates_created_at_idx\` ON \`export_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_export_templates_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_entity\` text NOT NULL,
  	\`version_language\` text DEFAULT 'zh' NOT NULL,
  	\`version_format\` text DEFAULT 'pdf' NOT NULL,
  	\`version_paper_size\` text DEFAULT 'A4' NOT NULL,
  	\`version_orientation\` text DEFAULT 'portrait' NOT NULL,
  	\`version_is_default\` integer DEFAULT false,
  	\`version_margins_top\` numeric DEFAULT 15,
  	\`version_margins_right\` numeric DEFAULT 12,
  	\`version_margins_bottom\` numeric DEFAULT 15,
  	\`version_margins_left\` numeric DEFAULT 12,
  	\`version_source\` text NOT NULL,
  	\`version_partials_header\` text,
  	\`version_partials_footer\` text,
  	\`version_partials_company\` text,
  	\`version_description\` text,
  	\`version_tenant_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`export_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_export_templates_v_parent_idx\` ON \`_export_templates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_export_templates_v_version_version_entity_idx\` ON \`_export_templates_v\` (\`version_entity\`);`)
  await db.run(sql`CREATE INDEX \`_export_templates_v_version_version_tenant_idx\` ON \`_export_templates_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_export_templates_v_version_version_updated_at_idx\` ON \`_export_templates_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_export_templates_v_version_version_created_at_idx\` ON \`_export_templates_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_export_templates_v_created_at_idx\` ON \`_export_templates_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_export_templates_v_updated_at_idx\` ON \`_export_templates_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`document_snapshots\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`entity\` text NOT NULL,
  	\`record_number\` text,
  	\`template_id\` integer,
  	\`template_name\` text,
  	\`template_version\` text,
  	\`template_updated_at\` text,
  	\`format\` text NOT NULL,
  	\`language\` text,
  	\`file_name\` text NOT NULL,
  	\`content_type\` text NOT NULL,
  	\`byte_length\` numeric,
  	\`sha256\` text,
  	\`content\` text NOT NULL,
  	\`data\` text,
  	\`created_by_id\` integer,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`export_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`document_snapshots_entity_idx\` ON \`document_snapshots\` (\`entity\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_template_idx\` ON \`document_snapshots\` (\`template_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_created_by_idx\` ON \`document_snapshots\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_tenant_idx\` ON \`document_snapshots\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_owner_idx\` ON \`document_snapshots\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_department_idx\` ON \`document_snapshots\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_updated_at_idx\` ON \`document_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_created_at_idx\` ON \`document_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_entity_createdAt_idx\` ON \`document_snapshots\` (\`tenant_id\`,\`entity\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_snapshots_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`document_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_order_idx\` ON \`document_snapshots_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_parent_idx\` ON \`document_snapshots_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_path_idx\` ON \`document_snapshots_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_accounts_id_idx\` ON \`document_snapshots_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_contacts_id_idx\` ON \`document_snapshots_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_leads_id_idx\` ON \`document_snapshots_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_opportunities_id_idx\` ON \`document_snapshots_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_activities_id_idx\` ON \`document_snapshots_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_quotes_id_idx\` ON \`document_snapshots_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_sales_orders_id_idx\` ON \`document_snapshots_rels\` (\`sales_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_invoices_id_idx\` ON \`document_snapshots_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_contracts_id_idx\` ON \`document_snapshots_rels\` (\`contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_payments_id_idx\` ON \`document_snapshots_rels\` (\`payments_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_products_id_idx\` ON \`document_snapshots_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_product_categories_id_idx\` ON \`document_snapshots_rels\` (\`product_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_price_books_id_idx\` ON \`document_snapshots_rels\` (\`price_books_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_vendors_id_idx\` ON \`document_snapshots_rels\` (\`vendors_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_purchase_orders_id_idx\` ON \`document_snapshots_rels\` (\`purchase_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_service_requests_id_idx\` ON \`document_snapshots_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_faqs_id_idx\` ON \`document_snapshots_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_campaigns_id_idx\` ON \`document_snapshots_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_tasks_id_idx\` ON \`document_snapshots_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_notes_id_idx\` ON \`document_snapshots_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_announcements_id_idx\` ON \`document_snapshots_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_documents_id_idx\` ON \`document_snapshots_rels\` (\`documents_id\`);`)
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
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`merged_into_id\` integer REFERENCES contacts(id);`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`dup_key_name\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`dup_key_phone\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`dup_key_email\` text;`)
  await db.run(sql`CREATE INDEX \`contacts_merged_into_idx\` ON \`contacts\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyName_1_idx\` ON \`contacts\` (\`tenant_id\`,\`dup_key_name\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyPhone_1_idx\` ON \`contacts\` (\`tenant_id\`,\`dup_key_phone\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyEmail_1_idx\` ON \`contacts\` (\`tenant_id\`,\`dup_key_email\`);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`merged_into_id\` integer REFERENCES leads(id);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`dup_key_name\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`dup_key_phone\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`dup_key_email\` text;`)
  await db.run(sql`CREATE INDEX \`leads_merged_into_idx\` ON \`leads\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyName_2_idx\` ON \`leads\` (\`tenant_id\`,\`dup_key_name\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyPhone_2_idx\` ON \`leads\` (\`tenant_id\`,\`dup_key_phone\`);`)
  await db.run(sql`CREATE INDEX \`tenant_dupKeyEmail_2_idx\` ON \`leads\` (\`tenant_id\`,\`dup_key_email\`);`)
  await db.run(sql`ALTER TABLE \`sales_orders\` ADD \`invoice_id\` integer REFERENCES invoices(id);`)
  await db.run(sql`CREATE INDEX \`sales_orders_invoice_idx\` ON \`sales_orders\` (\`invoice_id\`);`)
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
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`email\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`override_numbers\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`mask_personal_data\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`manage_personal_data\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`merged_record_id\` text;`)
  await db.run(sql`CREATE INDEX \`audit_log_merged_record_id_idx\` ON \`audit_log\` (\`merged_record_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stock_moves_id\` integer REFERENCES stock_moves(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`entity_schemas_id\` integer REFERENCES entity_schemas(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`number_sequences_id\` integer REFERENCES number_sequences(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`number_counters_id\` integer REFERENCES number_counters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`export_templates_id\` integer REFERENCES export_templates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`document_snapshots_id\` integer REFERENCES document_snapshots(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stock_moves_id_idx\` ON \`payload_locked_documents_rels\` (\`stock_moves_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_entity_schemas_id_idx\` ON \`payload_locked_documents_rels\` (\`entity_schemas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_number_sequences_id_idx\` ON \`payload_locked_documents_rels\` (\`number_sequences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_number_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`number_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_export_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`export_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`document_snapshots_id\`);`)
  await backfillMatchKeys(payload, req)
  await installDefaultsInExistingTenants(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`stock_moves\`;`)
  await db.run(sql`DROP TABLE \`stock_moves_rels\`;`)
  await db.run(sql`DROP TABLE \`entity_schemas\`;`)
  await db.run(sql`DROP TABLE \`number_sequences\`;`)
  await db.run(sql`DROP TABLE \`number_counters\`;`)
  await db.run(sql`DROP TABLE \`export_templates\`;`)
  await db.run(sql`DROP TABLE \`_export_templates_v\`;`)
  await db.run(sql`DROP TABLE \`document_snapshots\`;`)
  await db.run(sql`DROP TABLE \`document_snapshots_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_sales_orders\` (
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
  await db.run(sql`INSERT INTO \`__new_sales_orders\`("id", "number", "subject", "status", "account_id", "contact_id", "price_book_id", "currency", "exchange_rate", "prices_include_tax", "opportunity_id", "delivery_date", "quote_id", "subtotal", "subtotal_minor", "tax", "tax_minor", "total", "total_minor", "billing_address_province", "billing_address_city", "billing_address_district", "billing_address_street", "billing_address_postcode", "shipping_address_province", "shipping_address_city", "shipping_address_district", "shipping_address_street", "shipping_address_postcode", "terms", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at") SELECT "id", "number", "subject", "status", "account_id", "contact_id", "price_book_id", "currency", "exchange_rate", "prices_include_tax", "opportunity_id", "delivery_date", "quote_id", "subtotal", "subtotal_minor", "tax", "tax_minor", "total", "total_minor", "billing_address_province", "billing_address_city", "billing_address_district", "billing_address_street", "billing_address_postcode", "shipping_address_province", "shipping_address_city", "shipping_address_district", "shipping_address_street", "shipping_address_postcode", "terms", "custom", "tenant_id", "owner_id", "department_id", "updated_at", "created_at", "deleted_at" FROM \`sales_orders\`;`)
  await db.run(sql`DROP TABLE \`sales_orders\`;`)
  await db.run(sql`ALTER TABLE \`__new_sales_orders\` RENAME TO \`sales_orders\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`email\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`override_numbers\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`mask_personal_data\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`manage_personal_data\`;`)
}
