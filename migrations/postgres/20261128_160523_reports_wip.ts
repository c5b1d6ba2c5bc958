import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_reports_scope" AS ENUM('user', 'role', 'tenant');
  CREATE TYPE "public"."enum_reports_schedule_frequency" AS ENUM('none', 'daily', 'weekly', 'monthly');
  CREATE TYPE "public"."enum_reports_schedule_format" AS ENUM('csv', 'xlsx');
  CREATE TYPE "public"."enum_dashboards_widgets_display" AS ENUM('chart', 'table');
  CREATE TYPE "public"."enum_dashboards_widgets_width" AS ENUM('half', 'full');
  CREATE TYPE "public"."enum_dashboards_scope" AS ENUM('user', 'role', 'tenant');
  CREATE TYPE "public"."enum_sales_targets_subject" AS ENUM('user', 'department');
  CREATE TYPE "public"."enum_sales_targets_period" AS ENUM('month', 'quarter');
  CREATE TYPE "public"."enum_sales_targets_measure" AS ENUM('amount', 'count');
  CREATE TYPE "public"."enum_sales_targets_basis" AS ENUM('opportunities', 'invoices');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'reports';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'dashboards';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'sales-targets';
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"entity" "enum_reports_entity",
  	"definition" jsonb NOT NULL,
  	"scope" "enum_reports_scope" DEFAULT 'user' NOT NULL,
  	"role_key" varchar,
  	"user_id" integer,
  	"schedule_frequency" "enum_reports_schedule_frequency" DEFAULT 'none',
  	"schedule_recipients" varchar,
  	"schedule_format" "enum_reports_schedule_format" DEFAULT 'xlsx',
  	"schedule_next_run_at" timestamp(3) with time zone,
  	"schedule_last_run_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dashboards_widgets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"display" "enum_dashboards_widgets_display" DEFAULT 'chart',
  	"width" "enum_dashboards_widgets_width" DEFAULT 'half'
  );
  
  CREATE TABLE "dashboards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"scope" "enum_dashboards_scope" DEFAULT 'user' NOT NULL,
  	"role_key" varchar,
  	"user_id" integer,
  	"on_home" boolean DEFAULT false,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sales_targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" "enum_sales_targets_subject" DEFAULT 'user' NOT NULL,
  	"user_id" integer,
  	"department_id" integer,
  	"year" numeric NOT NULL,
  	"period" "enum_sales_targets_period" DEFAULT 'month' NOT NULL,
  	"index" numeric NOT NULL,
  	"measure" "enum_sales_targets_measure" DEFAULT 'amount' NOT NULL,
  	"basis" "enum_sales_targets_basis" DEFAULT 'opportunities' NOT NULL,
  	"target" varchar NOT NULL,
  	"target_minor" numeric,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dashboards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sales_targets_id" integer;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dashboards_widgets" ADD CONSTRAINT "dashboards_widgets_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dashboards_widgets" ADD CONSTRAINT "dashboards_widgets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dashboards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reports_user_idx" ON "reports" USING btree ("user_id");
  CREATE INDEX "reports_schedule_schedule_next_run_at_idx" ON "reports" USING btree ("schedule_next_run_at");
  CREATE INDEX "reports_tenant_idx" ON "reports" USING btree ("tenant_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "tenant_scope_idx" ON "reports" USING btree ("tenant_id","scope");
  CREATE INDEX "dashboards_widgets_order_idx" ON "dashboards_widgets" USING btree ("_order");
  CREATE INDEX "dashboards_widgets_parent_id_idx" ON "dashboards_widgets" USING btree ("_parent_id");
  CREATE INDEX "dashboards_widgets_report_idx" ON "dashboards_widgets" USING btree ("report_id");
  CREATE INDEX "dashboards_user_idx" ON "dashboards" USING btree ("user_id");
  CREATE INDEX "dashboards_tenant_idx" ON "dashboards" USING btree ("tenant_id");
  CREATE INDEX "dashboards_updated_at_idx" ON "dashboards" USING btree ("updated_at");
  CREATE INDEX "dashboards_created_at_idx" ON "dashboards" USING btree ("created_at");
  CREATE INDEX "tenant_scope_1_idx" ON "dashboards" USING btree ("tenant_id","scope");
  CREATE INDEX "sales_targets_user_idx" ON "sales_targets" USING btree ("user_id");
  CREATE INDEX "sales_targets_department_idx" ON "sales_targets" USING btree ("department_id");
  CREATE INDEX "sales_targets_target_minor_idx" ON "sales_targets" USING btree ("target_minor");
  CREATE INDEX "sales_targets_tenant_idx" ON "sales_targets" USING btree ("tenant_id");
  CREATE INDEX "sales_targets_updated_at_idx" ON "sales_targets" USING btree ("updated_at");
  CREATE INDEX "sales_targets_created_at_idx" ON "sales_targets" USING btree ("created_at");
  CREATE INDEX "tenant_year_period_index_idx" ON "sales_targets" USING btree ("tenant_id","year","period","index");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dashboards_fk" FOREIGN KEY ("dashboards_id") REFERENCES "public"."dashboards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sales_targets_fk" FOREIGN KEY ("sales_targets_id") REFERENCES "public"."sales_targets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_dashboards_id_idx" ON "payload_locked_documents_rels" USING btree ("dashboards_id");
  CREATE INDEX "payload_locked_documents_rels_sales_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("sales_targets_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dashboards_widgets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dashboards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sales_targets" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "dashboards_widgets" CASCADE;
  DROP TABLE "dashboards" CASCADE;
  DROP TABLE "sales_targets" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dashboards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sales_targets_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox', 'stock-moves', 'entity-schemas', 'number-sequences', 'number-counters', 'export-templates', 'saved-views', 'workflows', 'workflow-transitions', 'public-forms', 'public-form-submissions', 'notifications', 'approval-processes', 'approval-requests', 'workflow-effects', 'assignment-cursors', 'webhook-subscriptions', 'webhook-deliveries');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_dashboards_id_idx";
  DROP INDEX "payload_locked_documents_rels_sales_targets_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dashboards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sales_targets_id";
  DROP TYPE "public"."enum_reports_entity";
  DROP TYPE "public"."enum_reports_scope";
  DROP TYPE "public"."enum_reports_schedule_frequency";
  DROP TYPE "public"."enum_reports_schedule_format";
  DROP TYPE "public"."enum_dashboards_widgets_display";
  DROP TYPE "public"."enum_dashboards_widgets_width";
  DROP TYPE "public"."enum_dashboards_scope";
  DROP TYPE "public"."enum_sales_targets_subject";
  DROP TYPE "public"."enum_sales_targets_period";
  DROP TYPE "public"."enum_sales_targets_measure";
  DROP TYPE "public"."enum_sales_targets_basis";`)
}
