import { RELATED_KEY_TABLES, relatedKeyBackfill } from '../../src/fields/relatedKeyBackfill'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`work_plans_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author_id\` integer,
  	\`at\` text,
  	\`verdict\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_plans_reviews_order_idx\` ON \`work_plans_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_reviews_parent_id_idx\` ON \`work_plans_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_reviews_author_idx\` ON \`work_plans_reviews\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`work_plans\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'plan' NOT NULL,
  	\`period\` text DEFAULT 'week' NOT NULL,
  	\`period_date\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`status\` text DEFAULT 'draft',
  	\`submitted_at\` text,
  	\`reviewer_id\` integer,
  	\`reviewed_at\` text,
  	\`title\` text,
  	\`period_key\` text,
  	\`custom\` text,
  	\`slot_text1\` text,
  	\`slot_text2\` text,
  	\`slot_text3\` text,
  	\`slot_text4\` text,
  	\`slot_text5\` text,
  	\`slot_text6\` text,
  	\`slot_text7\` text,
  	\`slot_text8\` text,
  	\`slot_number1\` numeric,
  	\`slot_number2\` numeric,
  	\`slot_number3\` numeric,
  	\`slot_number4\` numeric,
  	\`slot_number5\` numeric,
  	\`slot_number6\` numeric,
  	\`slot_number7\` numeric,
  	\`slot_number8\` numeric,
  	\`slot_date1\` text,
  	\`slot_date2\` text,
  	\`slot_date3\` text,
  	\`slot_date4\` text,
  	\`slot_boolean1\` integer,
  	\`slot_boolean2\` integer,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`work_plans_status_idx\` ON \`work_plans\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_reviewer_idx\` ON \`work_plans\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_tenant_idx\` ON \`work_plans\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_owner_idx\` ON \`work_plans\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_department_idx\` ON \`work_plans\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_updated_at_idx\` ON \`work_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_created_at_idx\` ON \`work_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_deleted_at_idx\` ON \`work_plans\` (\`deleted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_owner_kind_periodKey_idx\` ON \`work_plans\` (\`tenant_id\`,\`owner_id\`,\`kind\`,\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`tenant_kind_periodKey_idx\` ON \`work_plans\` (\`tenant_id\`,\`kind\`,\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText1_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text1\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText2_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text2\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText3_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text3\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText4_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text4\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText5_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text5\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText6_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text6\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText7_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text7\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotText8_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_text8\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber1_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number1\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber2_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number2\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber3_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number3\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber4_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number4\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber5_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number5\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber6_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number6\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber7_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number7\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotNumber8_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_number8\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotDate1_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_date1\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotDate2_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_date2\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotDate3_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_date3\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotDate4_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_date4\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotBoolean1_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_boolean1\`,\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_slotBoolean2_deletedAt_22_idx\` ON \`work_plans\` (\`tenant_id\`,\`slot_boolean2\`,\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`care_rules\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`occasion\` text NOT NULL,
  	\`days_before\` numeric DEFAULT 0 NOT NULL,
  	\`channel\` text DEFAULT 'email' NOT NULL,
  	\`subject\` text,
  	\`body\` text,
  	\`notify_owner\` integer DEFAULT true,
  	\`active\` integer DEFAULT true,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`care_rules_tenant_idx\` ON \`care_rules\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`care_rules_updated_at_idx\` ON \`care_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`care_rules_created_at_idx\` ON \`care_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`care_occurrences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`rule_id\` integer NOT NULL,
  	\`entity\` text NOT NULL,
  	\`record\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`due_on\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`to\` text,
  	\`error\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`rule_id\`) REFERENCES \`care_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`care_occurrences_rule_idx\` ON \`care_occurrences\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`care_occurrences_status_idx\` ON \`care_occurrences\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`care_occurrences_tenant_idx\` ON \`care_occurrences\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`care_occurrences_updated_at_idx\` ON \`care_occurrences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`care_occurrences_created_at_idx\` ON \`care_occurrences\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`rule_entity_record_year_idx\` ON \`care_occurrences\` (\`rule_id\`,\`entity\`,\`record\`,\`year\`);`)
  await db.run(sql`CREATE TABLE \`sms_gateways\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`channel\` text DEFAULT 'sms' NOT NULL,
  	\`provider\` text DEFAULT 'http',
  	\`url\` text NOT NULL,
  	\`method\` text DEFAULT 'POST',
  	\`body_template\` text DEFAULT '{"to":"{{to}}","text":"{{text}}","id":"{{messageId}}","from":"{{senderId}}"}',
  	\`signature_header\` text DEFAULT 'X-Signature',
  	\`secret\` text,
  	\`secret_set\` integer DEFAULT false,
  	\`sender_id\` text,
  	\`active\` integer DEFAULT true,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sms_gateways_tenant_idx\` ON \`sms_gateways\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_gateways_updated_at_idx\` ON \`sms_gateways\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sms_gateways_created_at_idx\` ON \`sms_gateways\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sms_batches\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`channel\` text DEFAULT 'sms' NOT NULL,
  	\`gateway_id\` integer,
  	\`text\` text NOT NULL,
  	\`entity\` text DEFAULT 'contacts' NOT NULL,
  	\`source\` text DEFAULT 'records' NOT NULL,
  	\`records\` text,
  	\`saved_view_id\` integer,
  	\`due_at\` text,
  	\`priority\` numeric DEFAULT 5,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`total\` numeric DEFAULT 0,
  	\`prepared\` numeric DEFAULT 0,
  	\`skipped\` numeric DEFAULT 0,
  	\`error\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`gateway_id\`) REFERENCES \`sms_gateways\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_view_id\`) REFERENCES \`saved_views\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sms_batches_gateway_idx\` ON \`sms_batches\` (\`gateway_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_batches_saved_view_idx\` ON \`sms_batches\` (\`saved_view_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_batches_status_idx\` ON \`sms_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sms_batches_tenant_idx\` ON \`sms_batches\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_batches_owner_idx\` ON \`sms_batches\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_batches_department_idx\` ON \`sms_batches\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_batches_updated_at_idx\` ON \`sms_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sms_batches_created_at_idx\` ON \`sms_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sms_messages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`batch_id\` integer NOT NULL,
  	\`channel\` text,
  	\`entity\` text,
  	\`record_id\` text NOT NULL,
  	\`record_label\` text,
  	\`number\` text,
  	\`text\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`priority\` numeric DEFAULT 5,
  	\`due_at\` text,
  	\`next_attempt_at\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`provider_message_id\` text,
  	\`error\` text,
  	\`sent_at\` text,
  	\`delivered_at\` text,
  	\`tenant_id\` integer,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`batch_id\`) REFERENCES \`sms_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sms_messages_batch_idx\` ON \`sms_messages\` (\`batch_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_number_idx\` ON \`sms_messages\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_status_idx\` ON \`sms_messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_provider_message_id_idx\` ON \`sms_messages\` (\`provider_message_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_tenant_idx\` ON \`sms_messages\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_owner_idx\` ON \`sms_messages\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_department_idx\` ON \`sms_messages\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_updated_at_idx\` ON \`sms_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sms_messages_created_at_idx\` ON \`sms_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`batch_recordId_idx\` ON \`sms_messages\` (\`batch_id\`,\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`status_priority_dueAt_idx\` ON \`sms_messages\` (\`status\`,\`priority\`,\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_createdAt_idx\` ON \`sms_messages\` (\`tenant_id\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`activities_related_key_idx\` ON \`activities\` (\`related_key\`);`)
  await db.run(sql`CREATE INDEX \`relatedKey_startAt_idx\` ON \`activities\` (\`related_key\`,\`start_at\`);`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`tasks_related_key_idx\` ON \`tasks\` (\`related_key\`);`)
  await db.run(sql`ALTER TABLE \`notes\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`notes_related_key_idx\` ON \`notes\` (\`related_key\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`documents_related_key_idx\` ON \`documents\` (\`related_key\`);`)
  await db.run(sql`ALTER TABLE \`document_snapshots_rels\` ADD \`work_plans_id\` integer REFERENCES work_plans(id);`)
  await db.run(sql`CREATE INDEX \`document_snapshots_rels_work_plans_id_idx\` ON \`document_snapshots_rels\` (\`work_plans_id\`);`)
  await db.run(sql`ALTER TABLE \`email_messages\` ADD \`related_key\` text;`)
  await db.run(sql`CREATE INDEX \`email_messages_related_key_idx\` ON \`email_messages\` (\`related_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`work_plans_id\` integer REFERENCES work_plans(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`care_rules_id\` integer REFERENCES care_rules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`care_occurrences_id\` integer REFERENCES care_occurrences(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sms_gateways_id\` integer REFERENCES sms_gateways(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sms_batches_id\` integer REFERENCES sms_batches(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sms_messages_id\` integer REFERENCES sms_messages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`work_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_care_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`care_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_care_occurrences_id_idx\` ON \`payload_locked_documents_rels\` (\`care_occurrences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_gateways_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_gateways_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_messages_id\`);`)
  // Existing rows get their key from the relation they already have.
  for (const table of RELATED_KEY_TABLES) await db.run(sql.raw(relatedKeyBackfill(table)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`work_plans_reviews\`;`)
  await db.run(sql`DROP TABLE \`work_plans\`;`)
  await db.run(sql`DROP TABLE \`care_rules\`;`)
  await db.run(sql`DROP TABLE \`care_occurrences\`;`)
  await db.run(sql`DROP TABLE \`sms_gateways\`;`)
  await db.run(sql`DROP TABLE \`sms_batches\`;`)
  await db.run(sql`DROP TABLE \`sms_messages\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_document_snapshots_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_document_snapshots_rels\`("id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id") SELECT "id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id" FROM \`document_snapshots_rels\`;`)
  await db.run(sql`DROP TABLE \`document_snapshots_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_document_snapshots_rels\` RENAME TO \`document_snapshots_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  	FOREIGN KEY (\`email_messages_id\`) REFERENCES \`email_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id", "stock_moves_id", "entity_schemas_id", "number_sequences_id", "number_counters_id", "export_templates_id", "document_snapshots_id", "schema_migrations_id", "saved_views_id", "workflows_id", "workflow_transitions_id", "public_forms_id", "public_form_submissions_id", "notifications_id", "approval_processes_id", "approval_requests_id", "workflow_effects_id", "assignment_cursors_id", "webhook_subscriptions_id", "webhook_deliveries_id", "export_jobs_id", "announcement_reads_id", "reports_id", "dashboards_id", "sales_targets_id", "imports_id", "import_rows_id", "import_mappings_id", "mailboxes_id", "email_messages_id") SELECT "id", "order", "parent_id", "path", "accounts_id", "contacts_id", "leads_id", "opportunities_id", "activities_id", "quotes_id", "sales_orders_id", "invoices_id", "contracts_id", "payments_id", "products_id", "product_categories_id", "price_books_id", "vendors_id", "purchase_orders_id", "service_requests_id", "faqs_id", "campaigns_id", "tasks_id", "notes_id", "announcements_id", "documents_id", "tenants_id", "users_id", "departments_id", "roles_id", "dictionaries_id", "audit_log_id", "login_log_id", "outbox_id", "stock_moves_id", "entity_schemas_id", "number_sequences_id", "number_counters_id", "export_templates_id", "document_snapshots_id", "schema_migrations_id", "saved_views_id", "workflows_id", "workflow_transitions_id", "public_forms_id", "public_form_submissions_id", "notifications_id", "approval_processes_id", "approval_requests_id", "workflow_effects_id", "assignment_cursors_id", "webhook_subscriptions_id", "webhook_deliveries_id", "export_jobs_id", "announcement_reads_id", "reports_id", "dashboards_id", "sales_targets_id", "imports_id", "import_rows_id", "import_mappings_id", "mailboxes_id", "email_messages_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`activities_related_key_idx\`;`)
  await db.run(sql`DROP INDEX \`relatedKey_startAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`tasks_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`notes_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`notes\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`documents_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`related_key\`;`)
  await db.run(sql`DROP INDEX \`email_messages_related_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`email_messages\` DROP COLUMN \`related_key\`;`)
}
