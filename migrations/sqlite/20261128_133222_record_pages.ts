import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_accounts_id_idx\` ON \`documents_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_contacts_id_idx\` ON \`documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_leads_id_idx\` ON \`documents_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_opportunities_id_idx\` ON \`documents_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_quotes_id_idx\` ON \`documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_sales_orders_id_idx\` ON \`documents_rels\` (\`sales_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_purchase_orders_id_idx\` ON \`documents_rels\` (\`purchase_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_invoices_id_idx\` ON \`documents_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_contracts_id_idx\` ON \`documents_rels\` (\`contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_service_requests_id_idx\` ON \`documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_campaigns_id_idx\` ON \`documents_rels\` (\`campaigns_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
}
