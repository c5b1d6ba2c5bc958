import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflow_effects_status" AS ENUM('pending', 'done', 'failed');
  CREATE TYPE "public"."enum_webhook_subscriptions_events" AS ENUM('created', 'updated', 'stageChanged');
  CREATE TYPE "public"."enum_webhook_subscriptions_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'workflow-effects';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'assignment-cursors';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'webhook-subscriptions';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'webhook-deliveries';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runWorkflowEffects';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkTimeLimits';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runWorkflowEffects';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkTimeLimits';
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
  ALTER TABLE "tasks" ADD COLUMN "effect_key" varchar;
  ALTER TABLE "outbox" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_effects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assignment_cursors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_transition_id_workflow_transitions_id_fk" FOREIGN KEY ("transition_id") REFERENCES "public"."workflow_transitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_effects" ADD CONSTRAINT "workflow_effects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignment_cursors" ADD CONSTRAINT "assignment_cursors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_subscriptions_events" ADD CONSTRAINT "webhook_subscriptions_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "tenant_entity_active_1_idx" ON "webhook_subscriptions" USING btree ("tenant_id","entity","active");
  CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries" USING btree ("subscription_id");
  CREATE UNIQUE INDEX "webhook_deliveries_idempotency_key_idx" ON "webhook_deliveries" USING btree ("idempotency_key");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_tenant_idx" ON "webhook_deliveries" USING btree ("tenant_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_effects_fk" FOREIGN KEY ("workflow_effects_id") REFERENCES "public"."workflow_effects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assignment_cursors_fk" FOREIGN KEY ("assignment_cursors_id") REFERENCES "public"."assignment_cursors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk" FOREIGN KEY ("webhook_subscriptions_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "activities_effect_key_idx" ON "activities" USING btree ("effect_key");
  CREATE UNIQUE INDEX "tasks_effect_key_idx" ON "tasks" USING btree ("effect_key");
  CREATE UNIQUE INDEX "outbox_idempotency_key_idx" ON "outbox" USING btree ("idempotency_key");
  CREATE INDEX "payload_locked_documents_rels_workflow_effects_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_effects_id");
  CREATE INDEX "payload_locked_documents_rels_assignment_cursors_id_idx" ON "payload_locked_documents_rels" USING btree ("assignment_cursors_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_effects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignment_cursors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscriptions_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workflow_effects" CASCADE;
  DROP TABLE "assignment_cursors" CASCADE;
  DROP TABLE "webhook_subscriptions_events" CASCADE;
  DROP TABLE "webhook_subscriptions" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_effects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assignment_cursors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications');
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
  DROP INDEX "tasks_effect_key_idx";
  DROP INDEX "outbox_idempotency_key_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_effects_id_idx";
  DROP INDEX "payload_locked_documents_rels_assignment_cursors_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "activities" DROP COLUMN "effect_key";
  ALTER TABLE "tasks" DROP COLUMN "effect_key";
  ALTER TABLE "outbox" DROP COLUMN "idempotency_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_effects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assignment_cursors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  DROP TYPE "public"."enum_workflow_effects_status";
  DROP TYPE "public"."enum_webhook_subscriptions_events";
  DROP TYPE "public"."enum_webhook_subscriptions_entity";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
