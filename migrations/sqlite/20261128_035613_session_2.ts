import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

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
  await db.run(sql`ALTER TABLE \`sales_orders\` ADD \`invoice_id\` integer REFERENCES invoices(id);`)
  await db.run(sql`CREATE INDEX \`sales_orders_invoice_idx\` ON \`sales_orders\` (\`invoice_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stock_moves_id\` integer REFERENCES stock_moves(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`entity_schemas_id\` integer REFERENCES entity_schemas(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stock_moves_id_idx\` ON \`payload_locked_documents_rels\` (\`stock_moves_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_entity_schemas_id_idx\` ON \`payload_locked_documents_rels\` (\`entity_schemas_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`stock_moves\`;`)
  await db.run(sql`DROP TABLE \`stock_moves_rels\`;`)
  await db.run(sql`DROP TABLE \`entity_schemas\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
