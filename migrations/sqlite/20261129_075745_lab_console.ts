import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`lab_snapshots\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`records\` numeric,
  	\`bundle\` text NOT NULL,
  	\`created_by_id\` integer,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lab_snapshots_created_by_idx\` ON \`lab_snapshots\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`lab_snapshots_tenant_idx\` ON \`lab_snapshots\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`lab_snapshots_updated_at_idx\` ON \`lab_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lab_snapshots_created_at_idx\` ON \`lab_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_createdAt_1_idx\` ON \`lab_snapshots\` (\`tenant_id\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`closed_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`lab_snapshots_id\` integer REFERENCES lab_snapshots(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lab_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`lab_snapshots_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`lab_snapshots\`;`)
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
  	\`export_jobs_id\` integer,
  	\`announcement_reads_id\` integer,
  	\`reports_id\` integer,
  	\`dashboards_id\` integer,
  	\`sales_targets_id\` integer,
  	\`imports_id\` integer,
  	\`import_rows_id\` integer,
  	\`import_mappings_id\` integer,
  	\`mailboxes_id\` integer,
  	\`email_messages_id\` integer,
  	\`work_plans_id\` integer,
  	\`care_rules_id\` integer,
  	\`care_occurrences_id\` integer,
  	\`sms_gateways_id\` integer,
  	\`sms_batches_id\` integer,
  	\`sms_messages_id\` integer,
  	\`lab_presets_id\` integer,
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
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`export_jobs_id\`) REFERENCES \`export_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcement_reads_id\`) REFERENCES \`announcement_reads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dashboards_id\`) REFERENCES \`dashboards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sales_targets_id\`) REFERENCES \`sales_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_rows_id\`) REFERENCES \`import_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_mappings_id\`) REFERENCES \`import_mappings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailboxes_id\`) REFERENCES \`mailboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_messages_id\`) REFERENCES \`email_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_plans_id\`) REFERENCES \`work_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`care_rules_id\`) REFERENCES \`care_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`care_occurrences_id\`) REFERENCES \`care_occurrences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sms_gateways_id\`) REFERENCES \`sms_gateways\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sms_batches_id\`) REFERENCES \`sms_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sms_messages_id\`) REFERENCES \`sms_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lab_presets_id\`) REFERENCES \`lab_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id", "stock_moves_id", "entity_schemas_id", "number_sequences_id", "number_counters_id", "export_templates_id", "document_snapshots_id", "schema_migrations_id", "saved_views_id", "workflows_id", "workflow_transitions_id", "public_forms_id", "public_form_submissions_id", "notifications_id", "approval_processes_id", "approval_requests_id", "workflow_effects_id", "assignment_cursors_id", "webhook_subscriptions_id", "webhook_deliveries_id", "export_jobs_id", "announcement_reads_id", "reports_id", "dashboards_id", "sales_targets_id", "imports_id", "import_rows_id", "import_mappings_id", "mailboxes_id", "email_messages_id", "work_plans_id", "care_rules_id", "care_occurrences_id", "sms_gateways_id", "sms_batches_id", "sms_messages_id", "lab_presets_id") SELECT "id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id", "stock_moves_id", "entity_schemas_id", "number_sequences_id", "number_counters_id", "export_templates_id", "document_snapshots_id", "schema_migrations_id", "saved_views_id", "workflows_id", "workflow_transitions_id", "public_forms_id", "public_form_submissions_id", "notifications_id", "approval_processes_id", "approval_requests_id", "workflow_effects_id", "assignment_cursors_id", "webhook_subscriptions_id", "webhook_deliveries_id", "export_jobs_id", "announcement_reads_id", "reports_id", "dashboards_id", "sales_targets_id", "imports_id", "import_rows_id", "import_mappings_id", "mailboxes_id", "email_messages_id", "work_plans_id", "care_rules_id", "care_occurrences_id", "sms_gateways_id", "sms_batches_id", "sms_messages_id", "lab_presets_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_export_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`export_jobs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcement_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`announcement_reads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dashboards_id_idx\` ON \`payload_locked_documents_rels\` (\`dashboards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sales_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`sales_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_rows_id_idx\` ON \`payload_locked_documents_rels\` (\`import_rows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_mappings_id_idx\` ON \`payload_locked_documents_rels\` (\`import_mappings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailboxes_id_idx\` ON \`payload_locked_documents_rels\` (\`mailboxes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`email_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`work_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_care_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`care_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_care_occurrences_id_idx\` ON \`payload_locked_documents_rels\` (\`care_occurrences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_gateways_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_gateways_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lab_presets_id_idx\` ON \`payload_locked_documents_rels\` (\`lab_presets_id\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`closed_at\`;`)
}
