import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stock_moves_kind" AS ENUM('shipment', 'shipment-reversal', 'receipt', 'receipt-reversal', 'adjustment', 'opening');
  CREATE TYPE "public"."enum_entity_schemas_entity" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents');
  CREATE TYPE "public"."enum_entity_schemas_status" AS ENUM('draft', 'published', 'superseded');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'stock-moves';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'entity-schemas';
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
  
  ALTER TABLE "sales_orders" ADD COLUMN "invoice_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_moves_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "entity_schemas_id" integer;
  ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_moves_rels" ADD CONSTRAINT "stock_moves_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stock_moves"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stock_moves_rels" ADD CONSTRAINT "stock_moves_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stock_moves_rels" ADD CONSTRAINT "stock_moves_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entity_schemas" ADD CONSTRAINT "entity_schemas_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entity_schemas" ADD CONSTRAINT "entity_schemas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_moves_fk" FOREIGN KEY ("stock_moves_id") REFERENCES "public"."stock_moves"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_entity_schemas_fk" FOREIGN KEY ("entity_schemas_id") REFERENCES "public"."entity_schemas"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sales_orders_invoice_idx" ON "sales_orders" USING btree ("invoice_id");
  CREATE INDEX "payload_locked_documents_rels_stock_moves_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_moves_id");
  CREATE INDEX "payload_locked_documents_rels_entity_schemas_id_idx" ON "payload_locked_documents_rels" USING btree ("entity_schemas_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stock_moves" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_moves_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entity_schemas" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stock_moves" CASCADE;
  DROP TABLE "stock_moves_rels" CASCADE;
  DROP TABLE "entity_schemas" CASCADE;
  ALTER TABLE "sales_orders" DROP CONSTRAINT "sales_orders_invoice_id_invoices_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_moves_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_entity_schemas_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  DROP INDEX "sales_orders_invoice_idx";
  DROP INDEX "payload_locked_documents_rels_stock_moves_id_idx";
  DROP INDEX "payload_locked_documents_rels_entity_schemas_id_idx";
  ALTER TABLE "sales_orders" DROP COLUMN "invoice_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_moves_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "entity_schemas_id";
  DROP TYPE "public"."enum_stock_moves_kind";
  DROP TYPE "public"."enum_entity_schemas_entity";
  DROP TYPE "public"."enum_entity_schemas_status";`)
}
