import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tenants_hidden_modules\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_hidden_modules_order_idx\` ON \`tenants_hidden_modules\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tenants_hidden_modules_parent_idx\` ON \`tenants_hidden_modules\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`export_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`entity\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`query\` text,
  	\`language\` text DEFAULT 'zh',
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`total\` numeric,
  	\`done\` numeric DEFAULT 0,
  	\`file_name\` text,
  	\`file_size\` numeric,
  	\`error\` text,
  	\`finished_at\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`export_jobs_user_idx\` ON \`export_jobs\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`export_jobs_status_idx\` ON \`export_jobs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`export_jobs_tenant_idx\` ON \`export_jobs\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`export_jobs_updated_at_idx\` ON \`export_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`export_jobs_created_at_idx\` ON \`export_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`announcement_reads\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`announcement_id\` integer NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`read_at\` text NOT NULL,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`announcement_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`announcement_reads_announcement_idx\` ON \`announcement_reads\` (\`announcement_id\`);`)
  await db.run(sql`CREATE INDEX \`announcement_reads_user_idx\` ON \`announcement_reads\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`announcement_reads_tenant_idx\` ON \`announcement_reads\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`announcement_reads_updated_at_idx\` ON \`announcement_reads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcement_reads_created_at_idx\` ON \`announcement_reads\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`announcement_user_idx\` ON \`announcement_reads\` (\`announcement_id\`,\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`entity\` text,
  	\`definition\` text NOT NULL,
  	\`scope\` text DEFAULT 'user' NOT NULL,
  	\`role_key\` text,
  	\`user_id\` integer,
  	\`schedule_frequency\` text DEFAULT 'none',
  	\`schedule_recipients\` text,
  	\`schedule_format\` text DEFAULT 'xlsx',
  	\`schedule_run_as_id\` integer,
  	\`schedule_next_run_at\` text,
  	\`schedule_last_run_at\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`schedule_run_as_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_user_idx\` ON \`reports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_schedule_schedule_run_as_idx\` ON \`reports\` (\`schedule_run_as_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_schedule_schedule_next_run_at_idx\` ON \`reports\` (\`schedule_next_run_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_tenant_idx\` ON \`reports\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_scope_idx\` ON \`reports\` (\`tenant_id\`,\`scope\`);`)
  await db.run(sql`CREATE TABLE \`dashboards_widgets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`display\` text DEFAULT 'chart',
  	\`width\` text DEFAULT 'half',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dashboards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dashboards_widgets_order_idx\` ON \`dashboards_widgets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dashboards_widgets_parent_id_idx\` ON \`dashboards_widgets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dashboards_widgets_report_idx\` ON \`dashboards_widgets\` (\`report_id\`);`)
  await db.run(sql`CREATE TABLE \`dashboards\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`scope\` text DEFAULT 'user' NOT NULL,
  	\`role_key\` text,
  	\`user_id\` integer,
  	\`on_home\` integer DEFAULT false,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dashboards_user_idx\` ON \`dashboards\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`dashboards_tenant_idx\` ON \`dashboards\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`dashboards_updated_at_idx\` ON \`dashboards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dashboards_created_at_idx\` ON \`dashboards\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_scope_1_idx\` ON \`dashboards\` (\`tenant_id\`,\`scope\`);`)
  await db.run(sql`CREATE TABLE \`sales_targets\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`subject\` text DEFAULT 'user' NOT NULL,
  	\`user_id\` integer,
  	\`department_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`period\` text DEFAULT 'month' NOT NULL,
  	\`index\` numeric NOT NULL,
  	\`measure\` text DEFAULT 'amount' NOT NULL,
  	\`basis\` text DEFAULT 'opportunities' NOT NULL,
  	\`target\` text NOT NULL,
  	\`target_minor\` numeric,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sales_targets_user_idx\` ON \`sales_targets\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_targets_department_idx\` ON \`sales_targets\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_targets_target_minor_idx\` ON \`sales_targets\` (\`target_minor\`);`)
  await db.run(sql`CREATE INDEX \`sales_targets_tenant_idx\` ON \`sales_targets\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`sales_targets_updated_at_idx\` ON \`sales_targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sales_targets_created_at_idx\` ON \`sales_targets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_year_period_index_idx\` ON \`sales_targets\` (\`tenant_id\`,\`year\`,\`period\`,\`index\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`collection\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`filename\` text NOT NULL,
  	\`file_data\` text NOT NULL,
  	\`encoding\` text DEFAULT 'auto',
  	\`headers\` text,
  	\`mapping\` text,
  	\`options\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`total\` numeric DEFAULT 0,
  	\`processed\` numeric DEFAULT 0,
  	\`created\` numeric DEFAULT 0,
  	\`updated\` numeric DEFAULT 0,
  	\`skipped\` numeric DEFAULT 0,
  	\`rejected\` numeric DEFAULT 0,
  	\`error\` text,
  	\`heartbeat_at\` text,
  	\`undo_report\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_user_idx\` ON \`imports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`imports_tenant_idx\` ON \`imports\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`import_rows\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`import_id\` integer NOT NULL,
  	\`user_id\` integer,
  	\`row\` numeric NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`record\` text,
  	\`reason\` text,
  	\`before\` text,
  	\`planned\` text,
  	\`saved_at\` text,
  	\`undone\` integer DEFAULT false,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`import_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_rows_import_idx\` ON \`import_rows\` (\`import_id\`);`)
  await db.run(sql`CREATE INDEX \`import_rows_user_idx\` ON \`import_rows\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`import_rows_outcome_idx\` ON \`import_rows\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`import_rows_tenant_idx\` ON \`import_rows\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`import_rows_updated_at_idx\` ON \`import_rows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_rows_created_at_idx\` ON \`import_rows\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`import_row_idx\` ON \`import_rows\` (\`import_id\`,\`row\`);`)
  await db.run(sql`CREATE TABLE \`import_mappings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`mapping\` text NOT NULL,
  	\`options\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_mappings_tenant_idx\` ON \`import_mappings\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`import_mappings_updated_at_idx\` ON \`import_mappings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_mappings_created_at_idx\` ON \`import_mappings\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_collection_name_idx\` ON \`import_mappings\` (\`tenant_id\`,\`collection\`,\`name\`);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_id\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_direction\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_number\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_status\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_ringing_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_answered_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_ended_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_outcome\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_agent_extension\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`call_recording_url\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_callId_idx\` ON \`activities\` (\`tenant_id\`,\`call_id\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`cti_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` ADD \`extension\` text;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` ADD \`agent_status\` text DEFAULT 'offline';`)
  await db.run(sql`ALTER TABLE \`users_memberships\` ADD \`agent_on_call\` text;`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`attachments\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`export_jobs_id\` integer REFERENCES export_jobs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`announcement_reads_id\` integer REFERENCES announcement_reads(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dashboards_id\` integer REFERENCES dashboards(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sales_targets_id\` integer REFERENCES sales_targets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`imports_id\` integer REFERENCES imports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_rows_id\` integer REFERENCES import_rows(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_mappings_id\` integer REFERENCES import_mappings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_export_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`export_jobs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcement_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`announcement_reads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dashboards_id_idx\` ON \`payload_locked_documents_rels\` (\`dashboards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sales_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`sales_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_rows_id_idx\` ON \`payload_locked_documents_rels\` (\`import_rows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_mappings_id_idx\` ON \`payload_locked_documents_rels\` (\`import_mappings_id\`);`)
  await db.run(sql`CREATE INDEX \`tenant_publishedAt_idx\` ON \`announcements\` (\`tenant_id\`,\`published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tenants_hidden_modules\`;`)
  await db.run(sql`DROP TABLE \`export_jobs\`;`)
  await db.run(sql`DROP TABLE \`announcement_reads\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`dashboards_widgets\`;`)
  await db.run(sql`DROP TABLE \`dashboards\`;`)
  await db.run(sql`DROP TABLE \`sales_targets\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`DROP TABLE \`import_rows\`;`)
  await db.run(sql`DROP TABLE \`import_mappings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`stock_moves_id\` integer,
  	\`entity_schemas_id\` integer,
  	\`number_sequences_id\` integer,
  	\`number_counters_id\` integer,
  	\`export_templates_id\` integer,
  	\`document_snapshots_id\` integer,
  	\`schema_migrations_id\` integer,
  	\`saved_views_id\` integer,
  	\`workflows_id\` integer,
  	\`workflow_transitions_id\` integer,
  	\`public_forms_id\` integer,
  	\`public_form_submissions_id\` integer,
  	\`notifications_id\` integer,
  	\`approval_processes_id\` integer,
  	\`approval_requests_id\` integer,
  	\`workflow_effects_id\` integer,
  	\`assignment_cursors_id\` integer,
  	\`webhook_subscriptions_id\` integer,
  	\`webhook_deliveries_id\` integer,
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
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stock_moves_id\`) REFERENCES \`stock_moves\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`entity_schemas_id\`) REFERENCES \`entity_schemas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`number_sequences_id\`) REFERENCES \`number_sequences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`number_counters_id\`) REFERENCES \`number_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`export_templates_id\`) REFERENCES \`export_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_snapshots_id\`) REFERENCES \`document_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schema_migrations_id\`) REFERENCES \`schema_migrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_views_id\`) REFERENCES \`saved_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflows_id\`) REFERENCES \`workflows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_transitions_id\`) REFERENCES \`workflow_transitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_forms_id\`) REFERENCES \`public_forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_form_submissions_id\`) REFERENCES \`public_form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_processes_id\`) REFERENCES \`approval_processes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_requests_id\`) REFERENCES \`approval_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_effects_id\`) REFERENCES \`workflow_effects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assignment_cursors_id\`) REFERENCES \`assignment_cursors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_subscriptions_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id", "stock_moves_id", "entity_schemas_id", "number_sequences_id", "number_counters_id", "export_templates_id", "document_snapshots_id", "schema_migrations_id", "saved_views_id", "workflows_id", "workflow_transitions_id", "public_forms_id", "public_form_submissions_id", "notifications_id", "approval_processes_id", "approval_requests_id", "workflow_effects_id", "assignment_cursors_id", "webhook_subscriptions_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id", "stock_moves_id", "entity_schemas_id", "number_sequences_id", "number_counters_id", "export_templates_id", "document_snapshots_id", "schema_migrations_id", "saved_views_id", "workflows_id", "workflow_transitions_id", "public_forms_id", "public_form_submissions_id", "notifications_id", "approval_processes_id", "approval_requests_id", "workflow_effects_id", "assignment_cursors_id", "webhook_subscriptions_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stock_moves_id_idx\` ON \`payload_locked_documents_rels\` (\`stock_moves_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_entity_schemas_id_idx\` ON \`payload_locked_documents_rels\` (\`entity_schemas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_number_sequences_id_idx\` ON \`payload_locked_documents_rels\` (\`number_sequences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_number_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`number_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_export_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`export_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`document_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_schema_migrations_id_idx\` ON \`payload_locked_documents_rels\` (\`schema_migrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_views_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflows_id_idx\` ON \`payload_locked_documents_rels\` (\`workflows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_transitions_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_transitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`public_forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`public_form_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_processes_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_processes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_effects_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_effects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assignment_cursors_id_idx\` ON \`payload_locked_documents_rels\` (\`assignment_cursors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`DROP INDEX \`tenant_callId_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_id\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_direction\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_number\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_status\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_ringing_at\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_answered_at\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_ended_at\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_duration_seconds\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_outcome\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_agent_extension\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`call_recording_url\`;`)
  await db.run(sql`DROP INDEX \`tenant_publishedAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`cti_secret\`;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` DROP COLUMN \`extension\`;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` DROP COLUMN \`agent_status\`;`)
  await db.run(sql`ALTER TABLE \`users_memberships\` DROP COLUMN \`agent_on_call\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`attachments\`;`)
}
