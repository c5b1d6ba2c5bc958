import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sales_orders\` ADD \`invoice_id\` integer REFERENCES invoices(id);`)
  await db.run(sql`CREATE INDEX \`sales_orders_invoice_idx\` ON \`sales_orders\` (\`invoice_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
