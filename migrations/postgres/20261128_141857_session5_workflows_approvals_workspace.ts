import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notifications_kind" AS ENUM('reminder', 'escalation', 'approval', 'assignment', 'mention', 'poolReturn', 'info');
  CREATE TYPE "public"."enum_approval_processes_steps_approver_type" AS ENUM('users', 'role', 'manager', 'departmentManager');
  CREATE TYPE "public"."enum_approval_processes_steps_mode" AS ENUM('any', 'all');
  CREATE TYPE "public"."enum_approval_processes_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_approval_requests_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_workflow_effects_status" AS ENUM('pending', 'done', 'failed');
  CREATE TYPE "public"."enum_webhook_subscriptions_events" AS ENUM('created', 'updated', 'stageChanged');
  CREATE TYPE "public"."enum_webhook_subscriptions_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed');
  ALTER TYPE "public"."enum_activities_type" ADD VALUE 'note';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'notifications';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'approval-processes';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'approval-requests';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'workflow-effects';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'assignment-cursors';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'webhook-subscriptions';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'webhook-deliveries';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runWorkflowEffects';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkTimeLimits';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEventReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runWorkflowEffects';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkTimeLimits';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEventReminders';
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
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
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"text_zh" varchar NOT NULL,
  	"text_en" varchar NOT NULL,
  	"entity" varchar,
  	"record" varchar,
  	"dedupe_key" varchar,
  	"read_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approval_processes_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label_zh" varchar NOT NULL,
  	"label_en" varchar NOT NULL,
  	"approver_type" "enum_approval_processes_steps_approver_type" DEFAULT 'users' NOT NULL,
  	"mode" "enum_approval_processes_steps_mode" DEFAULT 'any' NOT NULL,
  	"department_id" integer,
  	"when" varchar
  );
  
  CREATE TABLE "approval_processes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name_zh" varchar NOT NULL,
  	"name_en" varchar NOT NULL,
  	"entity" "enum_approval_processes_entity" NOT NULL,
  	"priority" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"applies_when" varchar,
  	"status_field" varchar,
  	"approved_value" varchar,
  	"rejected_value" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approval_processes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "approval_processes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "approval_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"process" varchar NOT NULL,
  	"process_name_zh" varchar,
  	"process_name_en" varchar,
  	"entity" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"record_title" varchar,
  	"submitter_id" integer NOT NULL,
  	"status" "enum_approval_requests_status" DEFAULT 'pending' NOT NULL,
  	"current_step" varchar,
  	"current_index" numeric DEFAULT 0,
  	"version" numeric DEFAULT 1 NOT NULL,
  	"pending_key" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"steps" jsonb,
  	"history" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approval_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "workflow_effects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"kind" varchar NOT NULL,
  	"transition_id" integer,
  	"index" numeric NOT NULL,
  	"actor_id" integer,
  	"effect" jsonb NOT NULL,
  	"status" "enum_workflow_effects_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"idempotency_key" varchar NOT NULL,
  	"assigned_to_id" integer,
  	"last_error" varchar,
  	"done_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assignment_cursors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"turns" numeric DEFAULT 0 NOT NULL,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_subscriptions_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_subscriptions_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" "enum_webhook_subscriptions_entity" NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscription_id" integer,
  	"event" varchar NOT NULL,
  	"entity" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"payload" jsonb NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"response_code" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "activities" ADD COLUMN "effect_key" varchar;
  ALTER TABLE "activities" ADD COLUMN "all_day" boolean DEFAULT false;
  ALTER TABLE "activities" ADD COLUMN "remind_minutes_before" numeric;
  ALTER TABLE "activities" ADD COLUMN "remind_at" timestamp(3) with time zone;
  ALTER TABLE "tasks" ADD COLUMN "effect_key" varchar;
  ALTER TABLE "outbox" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_processes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_effects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assignment_cursors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_processes_steps" ADD CONSTRAINT "approval_processes_steps_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_processes_steps" ADD CONSTRAINT "approval_processes_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_processes" ADD CONSTRAINT "approval_processes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_processes_texts" ADD CONSTRAINT "approval_processes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_processes_rels" ADD CONSTRAINT "approval_processes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_processes_rels" ADD CONSTRAINT "approval_processes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_submitter_id_users_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_requests_rels" ADD CONSTRAINT "approval_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approval_requests_rels" ADD CONSTRAINT "approval_requests_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_transition_id_workflow_transitions_id_fk" FOREIGN KEY ("transition_id") REFERENCES "public"."workflow_transitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_cursors" ADD CONSTRAINT "assignment_cursors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_subscriptions_events" ADD CONSTRAINT "webhook_subscriptions_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_accounts_id_idx" ON "documents_rels" USING btree ("accounts_id");
  CREATE INDEX "documents_rels_contacts_id_idx" ON "documents_rels" USING btree ("contacts_id");
  CREATE INDEX "documents_rels_leads_id_idx" ON "documents_rels" USING btree ("leads_id");
  CREATE INDEX "documents_rels_opportunities_id_idx" ON "documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "documents_rels_quotes_id_idx" ON "documents_rels" USING btree ("quotes_id");
  CREATE INDEX "documents_rels_sales_orders_id_idx" ON "documents_rels" USING btree ("sales_orders_id");
  CREATE INDEX "documents_rels_purchase_orders_id_idx" ON "documents_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "documents_rels_invoices_id_idx" ON "documents_rels" USING btree ("invoices_id");
  CREATE INDEX "documents_rels_contracts_id_idx" ON "documents_rels" USING btree ("contracts_id");
  CREATE INDEX "documents_rels_service_requests_id_idx" ON "documents_rels" USING btree ("service_requests_id");
  CREATE INDEX "documents_rels_campaigns_id_idx" ON "documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id");
  CREATE UNIQUE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE INDEX "notifications_read_at_idx" ON "notifications" USING btree ("read_at");
  CREATE INDEX "notifications_tenant_idx" ON "notifications" USING btree ("tenant_id");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "user_readAt_idx" ON "notifications" USING btree ("user_id","read_at");
  CREATE INDEX "approval_processes_steps_order_idx" ON "approval_processes_steps" USING btree ("_order");
  CREATE INDEX "approval_processes_steps_parent_id_idx" ON "approval_processes_steps" USING btree ("_parent_id");
  CREATE INDEX "approval_processes_steps_department_idx" ON "approval_processes_steps" USING btree ("department_id");
  CREATE INDEX "approval_processes_tenant_idx" ON "approval_processes" USING btree ("tenant_id");
  CREATE INDEX "approval_processes_updated_at_idx" ON "approval_processes" USING btree ("updated_at");
  CREATE INDEX "approval_processes_created_at_idx" ON "approval_processes" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_key_3_idx" ON "approval_processes" USING btree ("tenant_id","key");
  CREATE INDEX "tenant_entity_active_1_idx" ON "approval_processes" USING btree ("tenant_id","entity","active");
  CREATE INDEX "approval_processes_texts_order_parent" ON "approval_processes_texts" USING btree ("order","parent_id");
  CREATE INDEX "approval_processes_rels_order_idx" ON "approval_processes_rels" USING btree ("order");
  CREATE INDEX "approval_processes_rels_parent_idx" ON "approval_processes_rels" USING btree ("parent_id");
  CREATE INDEX "approval_processes_rels_path_idx" ON "approval_processes_rels" USING btree ("path");
  CREATE INDEX "approval_processes_rels_users_id_idx" ON "approval_processes_rels" USING btree ("users_id");
  CREATE INDEX "approval_requests_submitter_idx" ON "approval_requests" USING btree ("submitter_id");
  CREATE UNIQUE INDEX "approval_requests_pending_key_idx" ON "approval_requests" USING btree ("pending_key");
  CREATE INDEX "approval_requests_tenant_idx" ON "approval_requests" USING btree ("tenant_id");
  CREATE INDEX "approval_requests_updated_at_idx" ON "approval_requests" USING btree ("updated_at");
  CREATE INDEX "approval_requests_created_at_idx" ON "approval_requests" USING btree ("created_at");
  CREATE INDEX "entity_record_status_idx" ON "approval_requests" USING btree ("entity","record","status");
  CREATE INDEX "tenant_status_idx" ON "approval_requests" USING btree ("tenant_id","status");
  CREATE INDEX "approval_requests_rels_order_idx" ON "approval_requests_rels" USING btree ("order");
  CREATE INDEX "approval_requests_rels_parent_idx" ON "approval_requests_rels" USING btree ("parent_id");
  CREATE INDEX "approval_requests_rels_path_idx" ON "approval_requests_rels" USING btree ("path");
  CREATE INDEX "approval_requests_rels_users_id_idx" ON "approval_requests_rels" USING btree ("users_id");
  CREATE INDEX "workflow_effects_transition_idx" ON "workflow_effects" USING btree ("transition_id");
  CREATE INDEX "workflow_effects_actor_idx" ON "workflow_effects" USING btree ("actor_id");
  CREATE INDEX "workflow_effects_status_idx" ON "workflow_effects" USING btree ("status");
  CREATE UNIQUE INDEX "workflow_effects_idempotency_key_idx" ON "workflow_effects" USING btree ("idempotency_key");
  CREATE INDEX "workflow_effects_assigned_to_idx" ON "workflow_effects" USING btree ("assigned_to_id");
  CREATE INDEX "workflow_effects_tenant_idx" ON "workflow_effects" USING btree ("tenant_id");
  CREATE INDEX "workflow_effects_updated_at_idx" ON "workflow_effects" USING btree ("updated_at");
  CREATE INDEX "workflow_effects_created_at_idx" ON "workflow_effects" USING btree ("created_at");
  CREATE INDEX "tenant_entity_record_1_idx" ON "workflow_effects" USING btree ("tenant_id","entity","record");
  CREATE UNIQUE INDEX "assignment_cursors_key_idx" ON "assignment_cursors" USING btree ("key");
  CREATE INDEX "assignment_cursors_tenant_idx" ON "assignment_cursors" USING btree ("tenant_id");
  CREATE INDEX "assignment_cursors_updated_at_idx" ON "assignment_cursors" USING btree ("updated_at");
  CREATE INDEX "assignment_cursors_created_at_idx" ON "assignment_cursors" USING btree ("created_at");
  CREATE INDEX "webhook_subscriptions_events_order_idx" ON "webhook_subscriptions_events" USING btree ("order");
  CREATE INDEX "webhook_subscriptions_events_parent_idx" ON "webhook_subscriptions_events" USING btree ("parent_id");
  CREATE INDEX "webhook_subscriptions_tenant_idx" ON "webhook_subscriptions" USING btree ("tenant_id");
  CREATE INDEX "webhook_subscriptions_updated_at_idx" ON "webhook_subscriptions" USING btree ("updated_at");
  CREATE INDEX "webhook_subscriptions_created_at_idx" ON "webhook_subscriptions" USING btree ("created_at");
  CREATE INDEX "tenant_entity_active_2_idx" ON "webhook_subscriptions" USING btree ("tenant_id","entity","active");
  CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries" USING btree ("subscription_id");
  CREATE UNIQUE INDEX "webhook_deliveries_idempotency_key_idx" ON "webhook_deliveries" USING btree ("idempotency_key");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_tenant_idx" ON "webhook_deliveries" USING btree ("tenant_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_processes_fk" FOREIGN KEY ("approval_processes_id") REFERENCES "public"."approval_processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_requests_fk" FOREIGN KEY ("approval_requests_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_effects_fk" FOREIGN KEY ("workflow_effects_id") REFERENCES "public"."workflow_effects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assignment_cursors_fk" FOREIGN KEY ("assignment_cursors_id") REFERENCES "public"."assignment_cursors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk" FOREIGN KEY ("webhook_subscriptions_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "activities_effect_key_idx" ON "activities" USING btree ("effect_key");
  CREATE INDEX "activities_remind_at_idx" ON "activities" USING btree ("remind_at");
  CREATE INDEX "owner_startAt_deletedAt_idx" ON "activities" USING btree ("owner_id","start_at","deleted_at");
  CREATE UNIQUE INDEX "tasks_effect_key_idx" ON "tasks" USING btree ("effect_key");
  CREATE INDEX "assignee_dueAt_deletedAt_idx" ON "tasks" USING btree ("assignee_id","due_at","deleted_at");
  CREATE UNIQUE INDEX "outbox_idempotency_key_idx" ON "outbox" USING btree ("idempotency_key");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_approval_processes_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_processes_id");
  CREATE INDEX "payload_locked_documents_rels_approval_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_requests_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_effects_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_effects_id");
  CREATE INDEX "payload_locked_documents_rels_assignment_cursors_id_idx" ON "payload_locked_documents_rels" USING btree ("assignment_cursors_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_processes_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_processes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_processes_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_processes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approval_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_effects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignment_cursors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscriptions_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "approval_processes_steps" CASCADE;
  DROP TABLE "approval_processes" CASCADE;
  DROP TABLE "approval_processes_texts" CASCADE;
  DROP TABLE "approval_processes_rels" CASCADE;
  DROP TABLE "approval_requests" CASCADE;
  DROP TABLE "approval_requests_rels" CASCADE;
  DROP TABLE "workflow_effects" CASCADE;
  DROP TABLE "assignment_cursors" CASCADE;
  DROP TABLE "webhook_subscriptions_events" CASCADE;
  DROP TABLE "webhook_subscriptions" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_processes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_effects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assignment_cursors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "activities" ALTER COLUMN "type" SET DATA TYPE text;
  ALTER TABLE "activities" ALTER COLUMN "type" SET DEFAULT 'call'::text;
  DROP TYPE "public"."enum_activities_type";
  CREATE TYPE "public"."enum_activities_type" AS ENUM('call', 'visit', 'meeting', 'email', 'task', 'event');
  ALTER TABLE "activities" ALTER COLUMN "type" SET DEFAULT 'call'::"public"."enum_activities_type";
  ALTER TABLE "activities" ALTER COLUMN "type" SET DATA TYPE "public"."enum_activities_type" USING "type"::"public"."enum_activities_type";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog', 'returnStalePoolRecords', 'purgeRecycleBin', 'applySchemaMigration', 'purgePublicFormLog');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "activities_effect_key_idx";
  DROP INDEX "activities_remind_at_idx";
  DROP INDEX "owner_startAt_deletedAt_idx";
  DROP INDEX "tasks_effect_key_idx";
  DROP INDEX "assignee_dueAt_deletedAt_idx";
  DROP INDEX "outbox_idempotency_key_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_approval_processes_id_idx";
  DROP INDEX "payload_locked_documents_rels_approval_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_effects_id_idx";
  DROP INDEX "payload_locked_documents_rels_assignment_cursors_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "activities" DROP COLUMN "effect_key";
  ALTER TABLE "activities" DROP COLUMN "all_day";
  ALTER TABLE "activities" DROP COLUMN "remind_minutes_before";
  ALTER TABLE "activities" DROP COLUMN "remind_at";
  ALTER TABLE "tasks" DROP COLUMN "effect_key";
  ALTER TABLE "outbox" DROP COLUMN "idempotency_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_processes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_effects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assignment_cursors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_approval_processes_steps_approver_type";
  DROP TYPE "public"."enum_approval_processes_steps_mode";
  DROP TYPE "public"."enum_approval_processes_entity";
  DROP TYPE "public"."enum_approval_requests_status";
  DROP TYPE "public"."enum_workflow_effects_status";
  DROP TYPE "public"."enum_webhook_subscriptions_events";
  DROP TYPE "public"."enum_webhook_subscriptions_entity";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
