import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_export_templates_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_export_templates_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_export_templates_format" AS ENUM('pdf', 'html');
  CREATE TYPE "public"."enum_export_templates_paper_size" AS ENUM('A4', 'A5', 'Letter');
  CREATE TYPE "public"."enum_export_templates_orientation" AS ENUM('portrait', 'landscape');
  CREATE TYPE "public"."enum__export_templates_v_version_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum__export_templates_v_version_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum__export_templates_v_version_format" AS ENUM('pdf', 'html');
  CREATE TYPE "public"."enum__export_templates_v_version_paper_size" AS ENUM('A4', 'A5', 'Letter');
  CREATE TYPE "public"."enum__export_templates_v_version_orientation" AS ENUM('portrait', 'landscape');
  CREATE TYPE "public"."enum_document_snapshots_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_document_snapshots_format" AS ENUM('pdf', 'html');
  CREATE TYPE "public"."enum_document_snapshots_language" AS ENUM('zh', 'en');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'export-templates';
  CREATE TABLE "export_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"entity" "enum_export_templates_entity" NOT NULL,
  	"language" "enum_export_templates_language" DEFAULT 'zh' NOT NULL,
  	"format" "enum_export_templates_format" DEFAULT 'pdf' NOT NULL,
  	"paper_size" "enum_export_templates_paper_size" DEFAULT 'A4' NOT NULL,
  	"orientation" "enum_export_templates_orientation" DEFAULT 'portrait' NOT NULL,
  	"is_default" boolean DEFAULT false,
  	"margins_top" numeric DEFAULT 15,
  	"margins_right" numeric DEFAULT 12,
  	"margins_bottom" numeric DEFAULT 15,
  	"margins_left" numeric DEFAULT 12,
  	"source" varchar NOT NULL,
  	"partials_header" varchar,
  	"partials_footer" varchar,
  	"partials_company" varchar,
  	"description" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_export_templates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_entity" "enum__export_templates_v_version_entity" NOT NULL,
  	"version_language" "enum__export_templates_v_version_language" DEFAULT 'zh' NOT NULL,
  	"version_format" "enum__export_templates_v_version_format" DEFAULT 'pdf' NOT NULL,
  	"version_paper_size" "enum__export_templates_v_version_paper_size" DEFAULT 'A4' NOT NULL,
  	"version_orientation" "enum__export_templates_v_version_orientation" DEFAULT 'portrait' NOT NULL,
  	"version_is_default" boolean DEFAULT false,
  	"version_margins_top" numeric DEFAULT 15,
  	"version_margins_right" numeric DEFAULT 12,
  	"version_margins_bottom" numeric DEFAULT 15,
  	"version_margins_left" numeric DEFAULT 12,
  	"version_source" varchar NOT NULL,
  	"version_partials_header" varchar,
  	"version_partials_footer" varchar,
  	"version_partials_company" varchar,
  	"version_description" varchar,
  	"version_tenant_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" "enum_document_snapshots_entity" NOT NULL,
  	"record_number" varchar,
  	"template_id" integer,
  	"template_name" varchar,
  	"template_version" varchar,
  	"template_updated_at" timestamp(3) with time zone,
  	"format" "enum_document_snapshots_format" NOT NULL,
  	"language" "enum_document_snapshots_language",
  	"file_name" varchar NOT NULL,
  	"content_type" varchar NOT NULL,
  	"byte_length" numeric,
  	"sha256" varchar,
  	"content" varchar NOT NULL,
  	"data" jsonb,
  	"created_by_id" integer,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_snapshots_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer,
  	"contacts_id" integer,
  	"leads_id" integer,
  	"opportunities_id" integer,
  	"activities_id" integer,
  	"quotes_id" integer,
  	"sales_orders_id" integer,
  	"invoices_id" integer,
  	"contracts_id" integer,
  	"payments_id" integer,
  	"products_id" integer,
  	"product_categories_id" integer,
  	"price_books_id" integer,
  	"vendors_id" integer,
  	"purchase_orders_id" integer,
  	"service_requests_id" integer,
  	"faqs_id" integer,
  	"campaigns_id" integer,
  	"tasks_id" integer,
  	"notes_id" integer,
  	"announcements_id" integer,
  	"documents_id" integer
  );
  
  ALTER TABLE "tenants" ADD COLUMN "email" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "export_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_snapshots_id" integer;
  ALTER TABLE "export_templates" ADD CONSTRAINT "export_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_export_templates_v" ADD CONSTRAINT "_export_templates_v_parent_id_export_templates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."export_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_export_templates_v" ADD CONSTRAINT "_export_templates_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_snapshots" ADD CONSTRAINT "document_snapshots_template_id_export_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."export_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_snapshots" ADD CONSTRAINT "document_snapshots_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_snapshots" ADD CONSTRAINT "document_snapshots_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_snapshots" ADD CONSTRAINT "document_snapshots_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_snapshots" ADD CONSTRAINT "document_snapshots_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."document_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_product_categories_fk" FOREIGN KEY ("product_categories_id") REFERENCES "public"."product_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_price_books_fk" FOREIGN KEY ("price_books_id") REFERENCES "public"."price_books"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_vendors_fk" FOREIGN KEY ("vendors_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_tasks_fk" FOREIGN KEY ("tasks_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_snapshots_rels" ADD CONSTRAINT "document_snapshots_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "export_templates_entity_idx" ON "export_templates" USING btree ("entity");
  CREATE INDEX "export_templates_tenant_idx" ON "export_templates" USING btree ("tenant_id");
  CREATE INDEX "export_templates_updated_at_idx" ON "export_templates" USING btree ("updated_at");
  CREATE INDEX "export_templates_created_at_idx" ON "export_templates" USING btree ("created_at");
  CREATE INDEX "_export_templates_v_parent_idx" ON "_export_templates_v" USING btree ("parent_id");
  CREATE INDEX "_export_templates_v_version_version_entity_idx" ON "_export_templates_v" USING btree ("version_entity");
  CREATE INDEX "_export_templates_v_version_version_tenant_idx" ON "_export_templates_v" USING btree ("version_tenant_id");
  CREATE INDEX "_export_templates_v_version_version_updated_at_idx" ON "_export_templates_v" USING btree ("version_updated_at");
  CREATE INDEX "_export_templates_v_version_version_created_at_idx" ON "_export_templates_v" USING btree ("version_created_at");
  CREATE INDEX "_export_templates_v_created_at_idx" ON "_export_templates_v" USING btree ("created_at");
  CREATE INDEX "_export_templates_v_updated_at_idx" ON "_export_templates_v" USING btree ("updated_at");
  CREATE INDEX "document_snapshots_entity_idx" ON "document_snapshots" USING btree ("entity");
  CREATE INDEX "document_snapshots_template_idx" ON "document_snapshots" USING btree ("template_id");
  CREATE INDEX "document_snapshots_created_by_idx" ON "document_snapshots" USING btree ("created_by_id");
  CREATE INDEX "document_snapshots_tenant_idx" ON "document_snapshots" USING btree ("tenant_id");
  CREATE INDEX "document_snapshots_owner_idx" ON "document_snapshots" USING btree ("owner_id");
  CREATE INDEX "document_snapshots_department_idx" ON "document_snapshots" USING btree ("department_id");
  CREATE INDEX "document_snapshots_updated_at_idx" ON "document_snapshots" USING btree ("updated_at");
  CREATE INDEX "document_snapshots_created_at_idx" ON "document_snapshots" USING btree ("created_at");
  CREATE INDEX "tenant_entity_createdAt_idx" ON "document_snapshots" USING btree ("tenant_id","entity","created_at");
  CREATE INDEX "document_snapshots_rels_order_idx" ON "document_snapshots_rels" USING btree ("order");
  CREATE INDEX "document_snapshots_rels_parent_idx" ON "document_snapshots_rels" USING btree ("parent_id");
  CREATE INDEX "document_snapshots_rels_path_idx" ON "document_snapshots_rels" USING btree ("path");
  CREATE INDEX "document_snapshots_rels_accounts_id_idx" ON "document_snapshots_rels" USING btree ("accounts_id");
  CREATE INDEX "document_snapshots_rels_contacts_id_idx" ON "document_snapshots_rels" USING btree ("contacts_id");
  CREATE INDEX "document_snapshots_rels_leads_id_idx" ON "document_snapshots_rels" USING btree ("leads_id");
  CREATE INDEX "document_snapshots_rels_opportunities_id_idx" ON "document_snapshots_rels" USING btree ("opportunities_id");
  CREATE INDEX "document_snapshots_rels_activities_id_idx" ON "document_snapshots_rels" USING btree ("activities_id");
  CREATE INDEX "document_snapshots_rels_quotes_id_idx" ON "document_snapshots_rels" USING btree ("quotes_id");
  CREATE INDEX "document_snapshots_rels_sales_orders_id_idx" ON "document_snapshots_rels" USING btree ("sales_orders_id");
  CREATE INDEX "document_snapshots_rels_invoices_id_idx" ON "document_snapshots_rels" USING btree ("invoices_id");
  CREATE INDEX "document_snapshots_rels_contracts_id_idx" ON "document_snapshots_rels" USING btree ("contracts_id");
  CREATE INDEX "document_snapshots_rels_payments_id_idx" ON "document_snapshots_rels" USING btree ("payments_id");
  CREATE INDEX "document_snapshots_rels_products_id_idx" ON "document_snapshots_rels" USING btree ("products_id");
  CREATE INDEX "document_snapshots_rels_product_categories_id_idx" ON "document_snapshots_rels" USING btree ("product_categories_id");
  CREATE INDEX "document_snapshots_rels_price_books_id_idx" ON "document_snapshots_rels" USING btree ("price_books_id");
  CREATE INDEX "document_snapshots_rels_vendors_id_idx" ON "document_snapshots_rels" USING btree ("vendors_id");
  CREATE INDEX "document_snapshots_rels_purchase_orders_id_idx" ON "document_snapshots_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "document_snapshots_rels_service_requests_id_idx" ON "document_snapshots_rels" USING btree ("service_requests_id");
  CREATE INDEX "document_snapshots_rels_faqs_id_idx" ON "document_snapshots_rels" USING btree ("faqs_id");
  CREATE INDEX "document_snapshots_rels_campaigns_id_idx" ON "document_snapshots_rels" USING btree ("campaigns_id");
  CREATE INDEX "document_snapshots_rels_tasks_id_idx" ON "document_snapshots_rels" USING btree ("tasks_id");
  CREATE INDEX "document_snapshots_rels_notes_id_idx" ON "document_snapshots_rels" USING btree ("notes_id");
  CREATE INDEX "document_snapshots_rels_announcements_id_idx" ON "document_snapshots_rels" USING btree ("announcements_id");
  CREATE INDEX "document_snapshots_rels_documents_id_idx" ON "document_snapshots_rels" USING btree ("documents_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_export_templates_fk" FOREIGN KEY ("export_templates_id") REFERENCES "public"."export_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_snapshots_fk" FOREIGN KEY ("document_snapshots_id") REFERENCES "public"."document_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_export_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("export_templates_id");
  CREATE INDEX "payload_locked_documents_rels_document_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("document_snapshots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "export_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_export_templates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_snapshots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_snapshots_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "export_templates" CASCADE;
  DROP TABLE "_export_templates_v" CASCADE;
  DROP TABLE "document_snapshots" CASCADE;
  DROP TABLE "document_snapshots_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_export_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_snapshots_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "payload_locked_documents_rels_export_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_snapshots_id_idx";
  ALTER TABLE "tenants" DROP COLUMN "email";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "export_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_snapshots_id";
  DROP TYPE "public"."enum_export_templates_entity";
  DROP TYPE "public"."enum_export_templates_language";
  DROP TYPE "public"."enum_export_templates_format";
  DROP TYPE "public"."enum_export_templates_paper_size";
  DROP TYPE "public"."enum_export_templates_orientation";
  DROP TYPE "public"."enum__export_templates_v_version_entity";
  DROP TYPE "public"."enum__export_templates_v_version_language";
  DROP TYPE "public"."enum__export_templates_v_version_format";
  DROP TYPE "public"."enum__export_templates_v_version_paper_size";
  DROP TYPE "public"."enum__export_templates_v_version_orientation";
  DROP TYPE "public"."enum_document_snapshots_entity";
  DROP TYPE "public"."enum_document_snapshots_format";
  DROP TYPE "public"."enum_document_snapshots_language";`)
}
