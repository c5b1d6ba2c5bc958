import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { backfillMatchKeys } from '../../src/duplicates/backfillMatchKeys'
import { installDefaultsInExistingTenants } from '../../src/tenancy/installDefaultsInExistingTenants'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_duplicates_accounts_policy" AS ENUM('off', 'warn', 'block');
  CREATE TYPE "public"."enum_tenants_duplicates_contacts_policy" AS ENUM('off', 'warn', 'block');
  CREATE TYPE "public"."enum_tenants_duplicates_leads_policy" AS ENUM('off', 'warn', 'block');
  CREATE TYPE "public"."enum_stock_moves_kind" AS ENUM('shipment', 'shipment-reversal', 'receipt', 'receipt-reversal', 'adjustment', 'opening');
  CREATE TYPE "public"."enum_entity_schemas_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_entity_schemas_status" AS ENUM('draft', 'published', 'superseded');
  CREATE TYPE "public"."enum_number_sequences_target_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_number_sequences_reset_policy" AS ENUM('never', 'yearly', 'monthly', 'daily');
  CREATE TYPE "public"."enum_number_sequences_dimension" AS ENUM('none', 'department', 'field');
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
  ALTER TYPE "public"."enum_quotes_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_sales_orders_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_contracts_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'void';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'stock-moves';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'entity-schemas';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'number-sequences';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'number-counters';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'export-templates';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'merge';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'erase';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'void';
  CREATE TABLE "stock_moves" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer NOT NULL,
  	"kind" "enum_stock_moves_kind" NOT NULL,
  	"quantity" varchar NOT NULL,
  	"stock_after" varchar,
  	"by_id" integer,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_moves_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sales_orders_id" integer,
  	"purchase_orders_id" integer
  );
  
  CREATE TABLE "entity_schemas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity" "enum_entity_schemas_entity" NOT NULL,
  	"version" numeric,
  	"status" "enum_entity_schemas_status" DEFAULT 'draft',
  	"schema" jsonb,
  	"layout" jsonb,
  	"list_views" jsonb,
  	"note" varchar,
  	"based_on" numeric,
  	"published_at" timestamp(3) with time zone,
  	"published_by_id" integer,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "number_sequences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"target_collection" "enum_number_sequences_target_collection" NOT NULL,
  	"active" boolean DEFAULT true,
  	"pattern" varchar DEFAULT 'NO-{YYYY}{MM}-{SEQ:4}',
  	"reset_policy" "enum_number_sequences_reset_policy" DEFAULT 'monthly' NOT NULL,
  	"dimension" "enum_number_sequences_dimension" DEFAULT 'none' NOT NULL,
  	"dimension_field" varchar,
  	"padding" numeric DEFAULT 4,
  	"gap_free" boolean DEFAULT false,
  	"custom_key" varchar DEFAULT 'number',
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "number_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sequence_id" integer,
  	"dimension_key" varchar DEFAULT '',
  	"period_key" varchar DEFAULT '',
  	"last_value" numeric DEFAULT 0,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  ALTER TABLE "accounts" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_name" varchar;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_phone" varchar;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_email" varchar;
  ALTER TABLE "accounts" ADD COLUMN "dup_key_tax_number" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_merged_into_id" integer;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_name" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_phone" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_email" varchar;
  ALTER TABLE "_accounts_v" ADD COLUMN "version_dup_key_tax_number" varchar;
  ALTER TABLE "contacts" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "dup_key_name" varchar;
  ALTER TABLE "contacts" ADD COLUMN "dup_key_phone" varchar;
  ALTER TABLE "contacts" ADD COLUMN "dup_key_email" varchar;
  ALTER TABLE "leads" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "leads" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "leads" ADD COLUMN "dup_key_name" varchar;
  ALTER TABLE "leads" ADD COLUMN "dup_key_phone" varchar;
  ALTER TABLE "leads" ADD COLUMN "dup_key_email" varchar;
  ALTER TABLE "sales_orders" ADD COLUMN "invoice_id" integer;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_policy" "enum_tenants_duplicates_accounts_policy" DEFAULT 'warn' NOT NULL;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_name" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_phone" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_email" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_accounts_tax_number" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_policy" "enum_tenants_duplicates_contacts_policy" DEFAULT 'warn' NOT NULL;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_name" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_phone" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_contacts_email" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_policy" "enum_tenants_duplicates_leads_policy" DEFAULT 'warn' NOT NULL;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_name" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_phone" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "duplicates_leads_email" boolean DEFAULT true;
  ALTER TABLE "tenants" ADD COLUMN "email" varchar;
  ALTER TABLE "roles" ADD COLUMN "override_numbers" boolean DEFAULT false;
  ALTER TABLE "roles" ADD COLUMN "mask_personal_data" boolean DEFAULT false;
  ALTER TABLE "roles" ADD COLUMN "manage_personal_data" boolean DEFAULT false;
  ALTER TABLE "audit_log" ADD COLUMN "merged_record_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_moves_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "entity_schemas_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "number_sequences_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "number_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "export_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_snapshots_id" integer;
  ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_moves_rels" ADD CONSTRAINT "stock_moves_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stock_moves"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stock_moves_rels" ADD CONSTRAINT "stock_moves_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stock_moves_rels" ADD CONSTRAINT "stock_moves_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entity_schemas" ADD CONSTRAINT "entity_schemas_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entity_schemas" ADD CONSTRAINT "entity_schemas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "number_sequences" ADD CONSTRAINT "number_sequences_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "number_counters" ADD CONSTRAINT "number_counters_sequence_id_number_sequences_id_fk" FOREIGN KEY ("sequence_id") REFERENCES "public"."number_sequences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "number_counters" ADD CONSTRAINT "number_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "stock_moves_product_idx" ON "stock_moves" USING btree ("product_id");
  CREATE INDEX "stock_moves_by_idx" ON "stock_moves" USING btree ("by_id");
  CREATE INDEX "stock_moves_tenant_idx" ON "stock_moves" USING btree ("tenant_id");
  CREATE INDEX "stock_moves_updated_at_idx" ON "stock_moves" USING btree ("updated_at");
  CREATE INDEX "stock_moves_created_at_idx" ON "stock_moves" USING btree ("created_at");
  CREATE INDEX "stock_moves_rels_order_idx" ON "stock_moves_rels" USING btree ("order");
  CREATE INDEX "stock_moves_rels_parent_idx" ON "stock_moves_rels" USING btree ("parent_id");
  CREATE INDEX "stock_moves_rels_path_idx" ON "stock_moves_rels" USING btree ("path");
  CREATE INDEX "stock_moves_rels_sales_orders_id_idx" ON "stock_moves_rels" USING btree ("sales_orders_id");
  CREATE INDEX "stock_moves_rels_purchase_orders_id_idx" ON "stock_moves_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "entity_schemas_entity_idx" ON "entity_schemas" USING btree ("entity");
  CREATE INDEX "entity_schemas_status_idx" ON "entity_schemas" USING btree ("status");
  CREATE INDEX "entity_schemas_published_by_idx" ON "entity_schemas" USING btree ("published_by_id");
  CREATE INDEX "entity_schemas_tenant_idx" ON "entity_schemas" USING btree ("tenant_id");
  CREATE INDEX "entity_schemas_updated_at_idx" ON "entity_schemas" USING btree ("updated_at");
  CREATE INDEX "entity_schemas_created_at_idx" ON "entity_schemas" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_entity_version_idx" ON "entity_schemas" USING btree ("tenant_id","entity","version");
  CREATE INDEX "number_sequences_tenant_idx" ON "number_sequences" USING btree ("tenant_id");
  CREATE INDEX "number_sequences_updated_at_idx" ON "number_sequences" USING btree ("updated_at");
  CREATE INDEX "number_sequences_created_at_idx" ON "number_sequences" USING btree ("created_at");
  CREATE INDEX "tenant_targetCollection_idx" ON "number_sequences" USING btree ("tenant_id","target_collection");
  CREATE INDEX "number_counters_sequence_idx" ON "number_counters" USING btree ("sequence_id");
  CREATE INDEX "number_counters_tenant_idx" ON "number_counters" USING btree ("tenant_id");
  CREATE INDEX "number_counters_updated_at_idx" ON "number_counters" USING btree ("updated_at");
  CREATE INDEX "number_counters_created_at_idx" ON "number_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "sequence_dimensionKey_periodKey_idx" ON "number_counters" USING btree ("sequence_id","dimension_key","period_key");
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
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_merged_into_id_accounts_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_accounts_v" ADD CONSTRAINT "_accounts_v_version_merged_into_id_accounts_id_fk" FOREIGN KEY ("version_merged_into_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_merged_into_id_contacts_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_merged_into_id_leads_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_moves_fk" FOREIGN KEY ("stock_moves_id") REFERENCES "public"."stock_moves"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_entity_schemas_fk" FOREIGN KEY ("entity_schemas_id") REFERENCES "public"."entity_schemas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_number_sequences_fk" FOREIGN KEY ("number_sequences_id") REFERENCES "public"."number_sequences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_number_counters_fk" FOREIGN KEY ("number_counters_id") REFERENCES "public"."number_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_export_templates_fk" FOREIGN KEY ("export_templates_id") REFERENCES "public"."export_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_snapshots_fk" FOREIGN KEY ("document_snapshots_id") REFERENCES "public"."document_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "accounts_merged_into_idx" ON "accounts" USING btree ("merged_into_id");
  CREATE INDEX "tenant_dupKeyName_idx" ON "accounts" USING btree ("tenant_id","dup_key_name");
  CREATE INDEX "tenant_dupKeyPhone_idx" ON "accounts" USING btree ("tenant_id","dup_key_phone");
  CREATE INDEX "tenant_dupKeyEmail_idx" ON "accounts" USING btree ("tenant_id","dup_key_email");
  CREATE INDEX "tenant_dupKeyTaxNumber_idx" ON "accounts" USING btree ("tenant_id","dup_key_tax_number");
  CREATE INDEX "_accounts_v_version_version_merged_into_idx" ON "_accounts_v" USING btree ("version_merged_into_id");
  CREATE INDEX "version_tenant_version_dupKeyName_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_name");
  CREATE INDEX "version_tenant_version_dupKeyPhone_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_phone");
  CREATE INDEX "version_tenant_version_dupKeyEmail_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_email");
  CREATE INDEX "version_tenant_version_dupKeyTaxNumber_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_dup_key_tax_number");
  CREATE INDEX "contacts_merged_into_idx" ON "contacts" USING btree ("merged_into_id");
  CREATE INDEX "tenant_dupKeyName_1_idx" ON "contacts" USING btree ("tenant_id","dup_key_name");
  CREATE INDEX "tenant_dupKeyPhone_1_idx" ON "contacts" USING btree ("tenant_id","dup_key_phone");
  CREATE INDEX "tenant_dupKeyEmail_1_idx" ON "contacts" USING btree ("tenant_id","dup_key_email");
  CREATE INDEX "leads_merged_into_idx" ON "leads" USING btree ("merged_into_id");
  CREATE INDEX "tenant_dupKeyName_2_idx" ON "leads" USING btree ("tenant_id","dup_key_name");
  CREATE INDEX "tenant_dupKeyPhone_2_idx" ON "leads" USING btree ("tenant_id","dup_key_phone");
  CREATE INDEX "tenant_dupKeyEmail_2_idx" ON "leads" USING btree ("tenant_id","dup_key_email");
  CREATE INDEX "sales_orders_invoice_idx" ON "sales_orders" USING btree ("invoice_id");
  CREATE INDEX "audit_log_merged_record_id_idx" ON "audit_log" USING btree ("merged_record_id");
  CREATE INDEX "payload_locked_documents_rels_stock_moves_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_moves_id");
  CREATE INDEX "payload_locked_documents_rels_entity_schemas_id_idx" ON "payload_locked_documents_rels" USING btree ("entity_schemas_id");
  CREATE INDEX "payload_locked_documents_rels_number_sequences_id_idx" ON "payload_locked_documents_rels" USING btree ("number_sequences_id");
  CREATE INDEX "payload_locked_documents_rels_number_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("number_counters_id");
  CREATE INDEX "payload_locked_documents_rels_export_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("export_templates_id");
  CREATE INDEX "payload_locked_documents_rels_document_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("document_snapshots_id");`)
  await backfillMatchKeys(payload, req)
  await installDefaultsInExistingTenants(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stock_moves" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_moves_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entity_schemas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "number_sequences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "number_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "export_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_export_templates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_snapshots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_snapshots_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stock_moves" CASCADE;
  DROP TABLE "stock_moves_rels" CASCADE;
  DROP TABLE "entity_schemas" CASCADE;
  DROP TABLE "number_sequences" CASCADE;
  DROP TABLE "number_counters" CASCADE;
  DROP TABLE "export_templates" CASCADE;
  DROP TABLE "_export_templates_v" CASCADE;
  DROP TABLE "document_snapshots" CASCADE;
  DROP TABLE "document_snapshots_rels" CASCADE;
  ALTER TABLE "accounts" DROP CONSTRAINT "accounts_merged_into_id_accounts_id_fk";
  
  ALTER TABLE "_accounts_v" DROP CONSTRAINT "_accounts_v_version_merged_into_id_accounts_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_merged_into_id_contacts_id_fk";
  
  ALTER TABLE "leads" DROP CONSTRAINT "leads_merged_into_id_leads_id_fk";
  
  ALTER TABLE "sales_orders" DROP CONSTRAINT "sales_orders_invoice_id_invoices_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_moves_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_entity_schemas_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_number_sequences_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_number_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_export_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_snapshots_fk";
  
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_quotes_status";
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('draft', 'sent', 'accepted', 'rejected', 'expired');
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_quotes_status";
  ALTER TABLE "quotes" ALTER COLUMN "status" SET DATA TYPE "public"."enum_quotes_status" USING "status"::"public"."enum_quotes_status";
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_sales_orders_status";
  CREATE TYPE "public"."enum_sales_orders_status" AS ENUM('draft', 'confirmed', 'shipped', 'completed', 'cancelled');
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_sales_orders_status";
  ALTER TABLE "sales_orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_sales_orders_status" USING "status"::"public"."enum_sales_orders_status";
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_contracts_status";
  CREATE TYPE "public"."enum_contracts_status" AS ENUM('draft', 'signed', 'in-force', 'completed', 'terminated');
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_contracts_status";
  ALTER TABLE "contracts" ALTER COLUMN "status" SET DATA TYPE "public"."enum_contracts_status" USING "status"::"public"."enum_contracts_status";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_purchase_orders_status";
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('draft', 'ordered', 'received', 'cancelled');
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_purchase_orders_status";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_purchase_orders_status" USING "status"::"public"."enum_purchase_orders_status";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'restore', 'purge', 'claim', 'assign', 'return', 'auto-return');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "accounts_merged_into_idx";
  DROP INDEX "tenant_dupKeyName_idx";
  DROP INDEX "tenant_dupKeyPhone_idx";
  DROP INDEX "tenant_dupKeyEmail_idx";
  DROP INDEX "tenant_dupKeyTaxNumber_idx";
  DROP INDEX "_accounts_v_version_version_merged_into_idx";
  DROP INDEX "version_tenant_version_dupKeyName_idx";
  DROP INDEX "version_tenant_version_dupKeyPhone_idx";
  DROP INDEX "version_tenant_version_dupKeyEmail_idx";
  DROP INDEX "version_tenant_version_dupKeyTaxNumber_idx";
  DROP INDEX "contacts_merged_into_idx";
  DROP INDEX "tenant_dupKeyName_1_idx";
  DROP INDEX "tenant_dupKeyPhone_1_idx";
  DROP INDEX "tenant_dupKeyEmail_1_idx";
  DROP INDEX "leads_merged_into_idx";
  DROP INDEX "tenant_dupKeyName_2_idx";
  DROP INDEX "tenant_dupKeyPhone_2_idx";
  DROP INDEX "tenant_dupKeyEmail_2_idx";
  DROP INDEX "sales_orders_invoice_idx";
  DROP INDEX "audit_log_merged_record_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_moves_id_idx";
  DROP INDEX "payload_locked_documents_rels_entity_schemas_id_idx";
  DROP INDEX "payload_locked_documents_rels_number_sequences_id_idx";
  DROP INDEX "payload_locked_documents_rels_number_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_export_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_snapshots_id_idx";
  ALTER TABLE "accounts" DROP COLUMN "merged_into_id";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_name";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_phone";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_email";
  ALTER TABLE "accounts" DROP COLUMN "dup_key_tax_number";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_merged_into_id";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_name";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_phone";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_email";
  ALTER TABLE "_accounts_v" DROP COLUMN "version_dup_key_tax_number";
  ALTER TABLE "contacts" DROP COLUMN "erased_at";
  ALTER TABLE "contacts" DROP COLUMN "merged_into_id";
  ALTER TABLE "contacts" DROP COLUMN "dup_key_name";
  ALTER TABLE "contacts" DROP COLUMN "dup_key_phone";
  ALTER TABLE "contacts" DROP COLUMN "dup_key_email";
  ALTER TABLE "leads" DROP COLUMN "erased_at";
  ALTER TABLE "leads" DROP COLUMN "merged_into_id";
  ALTER TABLE "leads" DROP COLUMN "dup_key_name";
  ALTER TABLE "leads" DROP COLUMN "dup_key_phone";
  ALTER TABLE "leads" DROP COLUMN "dup_key_email";
  ALTER TABLE "sales_orders" DROP COLUMN "invoice_id";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_policy";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_name";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_phone";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_email";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_accounts_tax_number";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_policy";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_name";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_phone";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_contacts_email";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_policy";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_name";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_phone";
  ALTER TABLE "tenants" DROP COLUMN "duplicates_leads_email";
  ALTER TABLE "tenants" DROP COLUMN "email";
  ALTER TABLE "roles" DROP COLUMN "override_numbers";
  ALTER TABLE "roles" DROP COLUMN "mask_personal_data";
  ALTER TABLE "roles" DROP COLUMN "manage_personal_data";
  ALTER TABLE "audit_log" DROP COLUMN "merged_record_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_moves_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "entity_schemas_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "number_sequences_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "number_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "export_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_snapshots_id";
  DROP TYPE "public"."enum_tenants_duplicates_accounts_policy";
  DROP TYPE "public"."enum_tenants_duplicates_contacts_policy";
  DROP TYPE "public"."enum_tenants_duplicates_leads_policy";
  DROP TYPE "public"."enum_stock_moves_kind";
  DROP TYPE "public"."enum_entity_schemas_entity";
  DROP TYPE "public"."enum_entity_schemas_status";
  DROP TYPE "public"."enum_number_sequences_target_collection";
  DROP TYPE "public"."enum_number_sequences_reset_policy";
  DROP TYPE "public"."enum_number_sequences_dimension";
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
