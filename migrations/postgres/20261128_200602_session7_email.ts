import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_mailboxes_scope" AS ENUM('personal', 'tenant');
  CREATE TYPE "public"."enum_mailboxes_smtp_security" AS ENUM('tls', 'starttls', 'none');
  CREATE TYPE "public"."enum_mailboxes_imap_security" AS ENUM('tls', 'starttls', 'none');
  CREATE TYPE "public"."enum_email_messages_folder" AS ENUM('draft', 'outbox', 'sent', 'failed', 'inbox');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'mailboxes';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'email-messages';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEmailMessage';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pollMailboxes';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEmailMessage';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pollMailboxes';
  CREATE TABLE "mailboxes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"address" varchar NOT NULL,
  	"display_name" varchar,
  	"scope" "enum_mailboxes_scope" DEFAULT 'personal' NOT NULL,
  	"smtp_host" varchar,
  	"smtp_port" numeric DEFAULT 465,
  	"smtp_security" "enum_mailboxes_smtp_security" DEFAULT 'tls',
  	"smtp_user" varchar,
  	"smtp_password" varchar,
  	"smtp_password_set" boolean DEFAULT false,
  	"imap_host" varchar,
  	"imap_port" numeric DEFAULT 993,
  	"imap_security" "enum_mailboxes_imap_security" DEFAULT 'tls',
  	"imap_user" varchar,
  	"imap_password" varchar,
  	"imap_password_set" boolean DEFAULT false,
  	"allow_self_signed" boolean DEFAULT false,
  	"imap_uid_validity" varchar,
  	"imap_last_uid" numeric DEFAULT 0,
  	"last_polled_at" timestamp(3) with time zone,
  	"last_poll_error" varchar,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "email_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"folder" "enum_email_messages_folder" DEFAULT 'draft' NOT NULL,
  	"mailbox_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"cc" varchar,
  	"subject" varchar,
  	"body" varchar,
  	"template_id" integer,
  	"html" varchar,
  	"activity_id" integer,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"received_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"imap_key" varchar,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "email_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"accounts_id" integer,
  	"contacts_id" integer,
  	"leads_id" integer,
  	"opportunities_id" integer,
  	"quotes_id" integer,
  	"sales_orders_id" integer,
  	"purchase_orders_id" integer,
  	"invoices_id" integer,
  	"contracts_id" integer,
  	"service_requests_id" integer,
  	"campaigns_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mailboxes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_messages_id" integer;
  ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_template_id_export_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."export_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."email_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_messages_rels" ADD CONSTRAINT "email_messages_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "mailboxes_tenant_idx" ON "mailboxes" USING btree ("tenant_id");
  CREATE INDEX "mailboxes_owner_idx" ON "mailboxes" USING btree ("owner_id");
  CREATE INDEX "mailboxes_department_idx" ON "mailboxes" USING btree ("department_id");
  CREATE INDEX "mailboxes_updated_at_idx" ON "mailboxes" USING btree ("updated_at");
  CREATE INDEX "mailboxes_created_at_idx" ON "mailboxes" USING btree ("created_at");
  CREATE INDEX "email_messages_folder_idx" ON "email_messages" USING btree ("folder");
  CREATE INDEX "email_messages_mailbox_idx" ON "email_messages" USING btree ("mailbox_id");
  CREATE INDEX "email_messages_to_idx" ON "email_messages" USING btree ("to");
  CREATE INDEX "email_messages_template_idx" ON "email_messages" USING btree ("template_id");
  CREATE INDEX "email_messages_activity_idx" ON "email_messages" USING btree ("activity_id");
  CREATE INDEX "email_messages_tenant_idx" ON "email_messages" USING btree ("tenant_id");
  CREATE INDEX "email_messages_owner_idx" ON "email_messages" USING btree ("owner_id");
  CREATE INDEX "email_messages_department_idx" ON "email_messages" USING btree ("department_id");
  CREATE INDEX "email_messages_updated_at_idx" ON "email_messages" USING btree ("updated_at");
  CREATE INDEX "email_messages_created_at_idx" ON "email_messages" USING btree ("created_at");
  CREATE UNIQUE INDEX "mailbox_imapKey_idx" ON "email_messages" USING btree ("mailbox_id","imap_key");
  CREATE INDEX "tenant_folder_createdAt_idx" ON "email_messages" USING btree ("tenant_id","folder","created_at");
  CREATE INDEX "email_messages_rels_order_idx" ON "email_messages_rels" USING btree ("order");
  CREATE INDEX "email_messages_rels_parent_idx" ON "email_messages_rels" USING btree ("parent_id");
  CREATE INDEX "email_messages_rels_path_idx" ON "email_messages_rels" USING btree ("path");
  CREATE INDEX "email_messages_rels_documents_id_idx" ON "email_messages_rels" USING btree ("documents_id");
  CREATE INDEX "email_messages_rels_accounts_id_idx" ON "email_messages_rels" USING btree ("accounts_id");
  CREATE INDEX "email_messages_rels_contacts_id_idx" ON "email_messages_rels" USING btree ("contacts_id");
  CREATE INDEX "email_messages_rels_leads_id_idx" ON "email_messages_rels" USING btree ("leads_id");
  CREATE INDEX "email_messages_rels_opportunities_id_idx" ON "email_messages_rels" USING btree ("opportunities_id");
  CREATE INDEX "email_messages_rels_quotes_id_idx" ON "email_messages_rels" USING btree ("quotes_id");
  CREATE INDEX "email_messages_rels_sales_orders_id_idx" ON "email_messages_rels" USING btree ("sales_orders_id");
  CREATE INDEX "email_messages_rels_purchase_orders_id_idx" ON "email_messages_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "email_messages_rels_invoices_id_idx" ON "email_messages_rels" USING btree ("invoices_id");
  CREATE INDEX "email_messages_rels_contracts_id_idx" ON "email_messages_rels" USING btree ("contracts_id");
  CREATE INDEX "email_messages_rels_service_requests_id_idx" ON "email_messages_rels" USING btree ("service_requests_id");
  CREATE INDEX "email_messages_rels_campaigns_id_idx" ON "email_messages_rels" USING btree ("campaigns_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailboxes_fk" FOREIGN KEY ("mailboxes_id") REFERENCES "public"."mailboxes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_messages_fk" FOREIGN KEY ("email_messages_id") REFERENCES "public"."email_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_mailboxes_id_idx" ON "payload_locked_documents_rels" USING btree ("mailboxes_id");
  CREATE INDEX "payload_locked_documents_rels_email_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("email_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "mailboxes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_messages_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "mailboxes" CASCADE;
  DROP TABLE "email_messages" CASCADE;
  DROP TABLE "email_messages_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mailboxes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_messages_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications', 'approval-processes', 'approval-requests', 'workflow-effects', 'assignment-cursors', 'webhook-subscriptions', 'webhook-deliveries', 'export-jobs', 'announcement-reads', 'reports', 'dashboards', 'sales-targets');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'sendScheduledReports', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog', 'runWorkflowEffects', 'deliverWebhook', 'checkTimeLimits', 'sendEventReminders', 'runListExport', 'runImport');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_mailboxes_id_idx";
  DROP INDEX "payload_locked_documents_rels_email_messages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mailboxes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_messages_id";
  DROP TYPE "public"."enum_mailboxes_scope";
  DROP TYPE "public"."enum_mailboxes_smtp_security";
  DROP TYPE "public"."enum_mailboxes_imap_security";
  DROP TYPE "public"."enum_email_messages_folder";`)
}
