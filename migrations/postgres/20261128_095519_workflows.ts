import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflows_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'workflows';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'workflow-transitions';
  CREATE TABLE "workflows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name_zh" varchar NOT NULL,
  	"name_en" varchar NOT NULL,
  	"entity" "enum_workflows_entity" NOT NULL,
  	"field" varchar DEFAULT 'stage',
  	"priority" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"applies_when" varchar,
  	"stages" jsonb NOT NULL,
  	"transitions" jsonb NOT NULL,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_transitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"workflow" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"transition" varchar,
  	"user_id" integer,
  	"comment" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "activities" ADD COLUMN "workflow_action" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflows_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_transitions_id" integer;
  ALTER TABLE "workflows" ADD CONSTRAINT "workflows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_transitions" ADD CONSTRAINT "workflow_transitions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_transitions" ADD CONSTRAINT "workflow_transitions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "workflows_tenant_idx" ON "workflows" USING btree ("tenant_id");
  CREATE INDEX "workflows_updated_at_idx" ON "workflows" USING btree ("updated_at");
  CREATE INDEX "workflows_created_at_idx" ON "workflows" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_key_2_idx" ON "workflows" USING btree ("tenant_id","key");
  CREATE INDEX "tenant_entity_active_idx" ON "workflows" USING btree ("tenant_id","entity","active");
  CREATE INDEX "workflow_transitions_user_idx" ON "workflow_transitions" USING btree ("user_id");
  CREATE INDEX "workflow_transitions_tenant_idx" ON "workflow_transitions" USING btree ("tenant_id");
  CREATE INDEX "workflow_transitions_updated_at_idx" ON "workflow_transitions" USING btree ("updated_at");
  CREATE INDEX "workflow_transitions_created_at_idx" ON "workflow_transitions" USING btree ("created_at");
  CREATE INDEX "tenant_entity_record_idx" ON "workflow_transitions" USING btree ("tenant_id","entity","record");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflows_fk" FOREIGN KEY ("workflows_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_transitions_fk" FOREIGN KEY ("workflow_transitions_id") REFERENCES "public"."workflow_transitions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "activities_workflow_action_idx" ON "activities" USING btree ("workflow_action");
  CREATE INDEX "payload_locked_documents_rels_workflows_id_idx" ON "payload_locked_documents_rels" USING btree ("workflows_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_transitions_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_transitions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_transitions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workflows" CASCADE;
  DROP TABLE "workflow_transitions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflows_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_transitions_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "activities_workflow_action_idx";
  DROP INDEX "payload_locked_documents_rels_workflows_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_transitions_id_idx";
  ALTER TABLE "activities" DROP COLUMN "workflow_action";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflows_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_transitions_id";
  DROP TYPE "public"."enum_workflows_entity";`)
}
