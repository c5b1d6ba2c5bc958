import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_accounts_type" AS ENUM('customer', 'prospect', 'partner');
  CREATE TYPE "public"."enum_accounts_status" AS ENUM('active', 'dormant', 'closed');
  CREATE TYPE "public"."enum__accounts_v_version_type" AS ENUM('customer', 'prospect', 'partner');
  CREATE TYPE "public"."enum__accounts_v_version_status" AS ENUM('active', 'dormant', 'closed');
  CREATE TYPE "public"."enum_contacts_consent_phone_method" AS ENUM('verbal', 'written', 'web-form', 'email');
  CREATE TYPE "public"."enum_contacts_consent_sms_method" AS ENUM('verbal', 'written', 'web-form', 'email');
  CREATE TYPE "public"."enum_contacts_consent_email_method" AS ENUM('verbal', 'written', 'web-form', 'email');
  CREATE TYPE "public"."enum_leads_status" AS ENUM('new', 'contacted', 'qualified', 'unqualified', 'converted');
  CREATE TYPE "public"."enum_leads_rating" AS ENUM('hot', 'warm', 'cold');
  CREATE TYPE "public"."enum_leads_consent_phone_method" AS ENUM('verbal', 'written', 'web-form', 'email');
  CREATE TYPE "public"."enum_leads_consent_sms_method" AS ENUM('verbal', 'written', 'web-form', 'email');
  CREATE TYPE "public"."enum_leads_consent_email_method" AS ENUM('verbal', 'written', 'web-form', 'email');
  CREATE TYPE "public"."enum_opportunities_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_activities_type" AS ENUM('call', 'visit', 'meeting', 'email', 'task', 'event');
  CREATE TYPE "public"."enum_activities_status" AS ENUM('planned', 'done', 'cancelled');
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('draft', 'sent', 'accepted', 'rejected', 'expired');
  CREATE TYPE "public"."enum_quotes_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_sales_orders_status" AS ENUM('draft', 'confirmed', 'shipped', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_sales_orders_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_invoices_status" AS ENUM('draft', 'issued', 'partially-paid', 'paid', 'void');
  CREATE TYPE "public"."enum_invoices_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_contracts_status" AS ENUM('draft', 'signed', 'in-force', 'completed', 'terminated');
  CREATE TYPE "public"."enum_contracts_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_payments_kind" AS ENUM('planned', 'received');
  CREATE TYPE "public"."enum_payments_method" AS ENUM('transfer', 'cash', 'cheque', 'online');
  CREATE TYPE "public"."enum_price_books_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('draft', 'ordered', 'received', 'cancelled');
  CREATE TYPE "public"."enum_purchase_orders_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_service_requests_type" AS ENUM('complaint', 'inquiry', 'repair', 'other');
  CREATE TYPE "public"."enum_service_requests_priority" AS ENUM('low', 'medium', 'high', 'urgent');
  CREATE TYPE "public"."enum_service_requests_severity" AS ENUM('low', 'medium', 'high', 'urgent');
  CREATE TYPE "public"."enum_service_requests_status" AS ENUM('open', 'waiting', 'resolved', 'closed');
  CREATE TYPE "public"."enum_campaigns_type" AS ENUM('field-event', 'advertising', 'seminar', 'web', 'exhibition');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('planned', 'active', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_tasks_status" AS ENUM('open', 'in-progress', 'done', 'cancelled');
  CREATE TYPE "public"."enum_tasks_priority" AS ENUM('low', 'normal', 'high');
  CREATE TYPE "public"."enum_announcements_audience" AS ENUM('all', 'departments', 'users');
  CREATE TYPE "public"."enum_tenants_kind" AS ENUM('company', 'class', 'group');
  CREATE TYPE "public"."enum_tenants_base_currency" AS ENUM('CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP');
  CREATE TYPE "public"."enum_tenants_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_users_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_roles_permissions_actions" AS ENUM('create', 'read', 'update', 'delete');
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('accounts', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments', 'products', 'product-categories', 'price-books', 'vendors', 'purchase-orders', 'service-requests', 'faqs', 'campaigns', 'tasks', 'notes', 'announcements', 'documents', 'users', 'departments', 'roles', 'dictionaries', 'audit-log', 'login-log', 'outbox');
  CREATE TYPE "public"."enum_roles_permissions_scope" AS ENUM('own', 'department', 'departmentTree', 'all');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'restore', 'purge');
  CREATE TYPE "public"."enum_login_log_reason" AS ENUM('wrongCredentials', 'locked', 'inactive', 'unverified', 'invalidRequest');
  CREATE TYPE "public"."enum_outbox_status" AS ENUM('kept', 'sending', 'sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retryOutbox', 'purgeLoginLog');
  CREATE TABLE "accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"type" "enum_accounts_type" DEFAULT 'customer',
  	"industry" varchar,
  	"grade" varchar,
  	"source" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"website" varchar,
  	"address_province" varchar,
  	"address_city" varchar,
  	"address_district" varchar,
  	"address_street" varchar,
  	"address_postcode" varchar,
  	"bank_name" varchar,
  	"bank_account" varchar,
  	"tax_number" varchar,
  	"payment_terms" varchar,
  	"founded_on" timestamp(3) with time zone,
  	"status" "enum_accounts_status" DEFAULT 'active',
  	"last_follow_up_at" timestamp(3) with time zone,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "accounts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_accounts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_code" varchar,
  	"version_type" "enum__accounts_v_version_type" DEFAULT 'customer',
  	"version_industry" varchar,
  	"version_grade" varchar,
  	"version_source" varchar,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_website" varchar,
  	"version_address_province" varchar,
  	"version_address_city" varchar,
  	"version_address_district" varchar,
  	"version_address_street" varchar,
  	"version_address_postcode" varchar,
  	"version_bank_name" varchar,
  	"version_bank_account" varchar,
  	"version_tax_number" varchar,
  	"version_payment_terms" varchar,
  	"version_founded_on" timestamp(3) with time zone,
  	"version_status" "enum__accounts_v_version_status" DEFAULT 'active',
  	"version_last_follow_up_at" timestamp(3) with time zone,
  	"version_custom" jsonb,
  	"version_tenant_id" integer,
  	"version_owner_id" integer,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_accounts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"account_id" integer,
  	"is_primary" boolean DEFAULT false,
  	"title" varchar,
  	"customer_department" varchar,
  	"assistant" varchar,
  	"mobile" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"lead_source" varchar,
  	"birthday" timestamp(3) with time zone,
  	"consent_phone_allowed" boolean DEFAULT false,
  	"consent_phone_recorded_at" timestamp(3) with time zone,
  	"consent_phone_method" "enum_contacts_consent_phone_method",
  	"consent_sms_allowed" boolean DEFAULT false,
  	"consent_sms_recorded_at" timestamp(3) with time zone,
  	"consent_sms_method" "enum_contacts_consent_sms_method",
  	"consent_email_allowed" boolean DEFAULT false,
  	"consent_email_recorded_at" timestamp(3) with time zone,
  	"consent_email_method" "enum_contacts_consent_email_method",
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "leads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"company" varchar,
  	"title" varchar,
  	"mobile" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"source" varchar,
  	"status" "enum_leads_status" DEFAULT 'new',
  	"rating" "enum_leads_rating",
  	"description" varchar,
  	"consent_phone_allowed" boolean DEFAULT false,
  	"consent_phone_recorded_at" timestamp(3) with time zone,
  	"consent_phone_method" "enum_leads_consent_phone_method",
  	"consent_sms_allowed" boolean DEFAULT false,
  	"consent_sms_recorded_at" timestamp(3) with time zone,
  	"consent_sms_method" "enum_leads_consent_sms_method",
  	"consent_email_allowed" boolean DEFAULT false,
  	"consent_email_recorded_at" timestamp(3) with time zone,
  	"consent_email_method" "enum_leads_consent_email_method",
  	"converted_at" timestamp(3) with time zone,
  	"converted_account_id" integer,
  	"converted_contact_id" integer,
  	"converted_opportunity_id" integer,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "opportunities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"account_id" integer NOT NULL,
  	"contact_id" integer,
  	"amount" varchar,
  	"amount_minor" numeric,
  	"currency" "enum_opportunities_currency" DEFAULT 'CNY',
  	"expected_close_date" timestamp(3) with time zone,
  	"stage" varchar DEFAULT 'qualification',
  	"probability" numeric,
  	"source" varchar,
  	"campaign_id" integer,
  	"price_book_id" integer,
  	"loss_reason" varchar,
  	"description" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "opportunities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"type" "enum_activities_type" DEFAULT 'call' NOT NULL,
  	"status" "enum_activities_status" DEFAULT 'planned',
  	"start_at" timestamp(3) with time zone,
  	"end_at" timestamp(3) with time zone,
  	"outcome" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "activities_rels" (
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
  	"campaigns_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "quotes_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" varchar NOT NULL,
  	"unit_price" varchar NOT NULL,
  	"discount" varchar DEFAULT '0',
  	"tax_rate" varchar DEFAULT '0',
  	"net" varchar,
  	"tax" varchar
  );
  
  CREATE TABLE "quotes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"subject" varchar,
  	"status" "enum_quotes_status" DEFAULT 'draft' NOT NULL,
  	"account_id" integer NOT NULL,
  	"contact_id" integer,
  	"price_book_id" integer,
  	"currency" "enum_quotes_currency" DEFAULT 'CNY' NOT NULL,
  	"exchange_rate" varchar DEFAULT '1',
  	"prices_include_tax" boolean DEFAULT false,
  	"opportunity_id" integer,
  	"valid_until" timestamp(3) with time zone,
  	"sales_order_id" integer,
  	"subtotal" varchar,
  	"subtotal_minor" numeric,
  	"tax" varchar,
  	"tax_minor" numeric,
  	"total" varchar,
  	"total_minor" numeric,
  	"billing_address_province" varchar,
  	"billing_address_city" varchar,
  	"billing_address_district" varchar,
  	"billing_address_street" varchar,
  	"billing_address_postcode" varchar,
  	"shipping_address_province" varchar,
  	"shipping_address_city" varchar,
  	"shipping_address_district" varchar,
  	"shipping_address_street" varchar,
  	"shipping_address_postcode" varchar,
  	"terms" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "sales_orders_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" varchar NOT NULL,
  	"unit_price" varchar NOT NULL,
  	"discount" varchar DEFAULT '0',
  	"tax_rate" varchar DEFAULT '0',
  	"net" varchar,
  	"tax" varchar
  );
  
  CREATE TABLE "sales_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"subject" varchar,
  	"status" "enum_sales_orders_status" DEFAULT 'draft' NOT NULL,
  	"account_id" integer NOT NULL,
  	"contact_id" integer,
  	"price_book_id" integer,
  	"currency" "enum_sales_orders_currency" DEFAULT 'CNY' NOT NULL,
  	"exchange_rate" varchar DEFAULT '1',
  	"prices_include_tax" boolean DEFAULT false,
  	"opportunity_id" integer,
  	"delivery_date" timestamp(3) with time zone,
  	"quote_id" integer,
  	"subtotal" varchar,
  	"subtotal_minor" numeric,
  	"tax" varchar,
  	"tax_minor" numeric,
  	"total" varchar,
  	"total_minor" numeric,
  	"billing_address_province" varchar,
  	"billing_address_city" varchar,
  	"billing_address_district" varchar,
  	"billing_address_street" varchar,
  	"billing_address_postcode" varchar,
  	"shipping_address_province" varchar,
  	"shipping_address_city" varchar,
  	"shipping_address_district" varchar,
  	"shipping_address_street" varchar,
  	"shipping_address_postcode" varchar,
  	"terms" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "invoices_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" varchar NOT NULL,
  	"unit_price" varchar NOT NULL,
  	"discount" varchar DEFAULT '0',
  	"tax_rate" varchar DEFAULT '0',
  	"net" varchar,
  	"tax" varchar
  );
  
  CREATE TABLE "invoices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"subject" varchar,
  	"status" "enum_invoices_status" DEFAULT 'draft' NOT NULL,
  	"account_id" integer NOT NULL,
  	"contact_id" integer,
  	"price_book_id" integer,
  	"currency" "enum_invoices_currency" DEFAULT 'CNY' NOT NULL,
  	"exchange_rate" varchar DEFAULT '1',
  	"prices_include_tax" boolean DEFAULT false,
  	"issued_on" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"sales_order_id" integer,
  	"subtotal" varchar,
  	"subtotal_minor" numeric,
  	"tax" varchar,
  	"tax_minor" numeric,
  	"total" varchar,
  	"total_minor" numeric,
  	"billing_address_province" varchar,
  	"billing_address_city" varchar,
  	"billing_address_district" varchar,
  	"billing_address_street" varchar,
  	"billing_address_postcode" varchar,
  	"shipping_address_province" varchar,
  	"shipping_address_city" varchar,
  	"shipping_address_district" varchar,
  	"shipping_address_street" varchar,
  	"shipping_address_postcode" varchar,
  	"terms" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "contracts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"name" varchar NOT NULL,
  	"status" "enum_contracts_status" DEFAULT 'draft',
  	"account_id" integer NOT NULL,
  	"opportunity_id" integer,
  	"sales_order_id" integer,
  	"amount" varchar NOT NULL,
  	"amount_minor" numeric,
  	"currency" "enum_contracts_currency" DEFAULT 'CNY',
  	"signed_on" timestamp(3) with time zone,
  	"starts_on" timestamp(3) with time zone,
  	"ends_on" timestamp(3) with time zone,
  	"terms" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "contracts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_payments_kind" DEFAULT 'received' NOT NULL,
  	"contract_id" integer,
  	"invoice_id" integer,
  	"amount" varchar NOT NULL,
  	"amount_minor" numeric,
  	"due_on" timestamp(3) with time zone,
  	"received_on" timestamp(3) with time zone,
  	"method" "enum_payments_method",
  	"reference" varchar,
  	"note" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "products" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"category_id" integer,
  	"unit" varchar,
  	"sale_price" varchar,
  	"sale_price_minor" numeric,
  	"cost_price" varchar,
  	"cost_price_minor" numeric,
  	"stock" varchar DEFAULT '0',
  	"vendor_id" integer,
  	"active" boolean DEFAULT true,
  	"description" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "product_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"parent_id" integer,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "price_books_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer NOT NULL,
  	"unit_price" varchar NOT NULL,
  	"wholesale_price" varchar
  );
  
  CREATE TABLE "price_books" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"currency" "enum_price_books_currency" DEFAULT 'CNY',
  	"active" boolean DEFAULT true,
  	"valid_from" timestamp(3) with time zone,
  	"valid_to" timestamp(3) with time zone,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "vendors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"contact_name" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"tax_number" varchar,
  	"address_province" varchar,
  	"address_city" varchar,
  	"address_district" varchar,
  	"address_street" varchar,
  	"address_postcode" varchar,
  	"bank_name" varchar,
  	"bank_account" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "purchase_orders_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" varchar NOT NULL,
  	"unit_price" varchar NOT NULL,
  	"discount" varchar DEFAULT '0',
  	"tax_rate" varchar DEFAULT '0',
  	"net" varchar,
  	"tax" varchar
  );
  
  CREATE TABLE "purchase_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"subject" varchar,
  	"status" "enum_purchase_orders_status" DEFAULT 'draft' NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"price_book_id" integer,
  	"currency" "enum_purchase_orders_currency" DEFAULT 'CNY' NOT NULL,
  	"exchange_rate" varchar DEFAULT '1',
  	"prices_include_tax" boolean DEFAULT false,
  	"expected_arrival" timestamp(3) with time zone,
  	"sales_order_id" integer,
  	"subtotal" varchar,
  	"subtotal_minor" numeric,
  	"tax" varchar,
  	"tax_minor" numeric,
  	"total" varchar,
  	"total_minor" numeric,
  	"billing_address_province" varchar,
  	"billing_address_city" varchar,
  	"billing_address_district" varchar,
  	"billing_address_street" varchar,
  	"billing_address_postcode" varchar,
  	"shipping_address_province" varchar,
  	"shipping_address_city" varchar,
  	"shipping_address_district" varchar,
  	"shipping_address_street" varchar,
  	"shipping_address_postcode" varchar,
  	"terms" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "service_requests_dispatches" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"assignee_id" integer NOT NULL,
  	"dispatched_at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "service_requests_return_visits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"visited_at" timestamp(3) with time zone,
  	"satisfaction" numeric NOT NULL,
  	"comment" varchar
  );
  
  CREATE TABLE "service_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"subject" varchar NOT NULL,
  	"type" "enum_service_requests_type" DEFAULT 'inquiry' NOT NULL,
  	"account_id" integer,
  	"contact_id" integer,
  	"product_id" integer,
  	"queue" varchar,
  	"priority" "enum_service_requests_priority" DEFAULT 'medium',
  	"severity" "enum_service_requests_severity" DEFAULT 'medium',
  	"category" varchar,
  	"requested_at" timestamp(3) with time zone,
  	"stage" varchar DEFAULT 'received',
  	"status" "enum_service_requests_status" DEFAULT 'open',
  	"description" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar NOT NULL,
  	"answer" varchar NOT NULL,
  	"category" varchar,
  	"product_id" integer,
  	"published" boolean DEFAULT false,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_campaigns_type" DEFAULT 'field-event' NOT NULL,
  	"status" "enum_campaigns_status" DEFAULT 'planned',
  	"budget" varchar,
  	"budget_minor" numeric,
  	"expected_revenue" varchar,
  	"expected_revenue_minor" numeric,
  	"starts_on" timestamp(3) with time zone,
  	"ends_on" timestamp(3) with time zone,
  	"stage" varchar,
  	"description" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"leads_id" integer,
  	"contacts_id" integer
  );
  
  CREATE TABLE "tasks_reviews" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar NOT NULL
  );
  
  CREATE TABLE "tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"assignee_id" integer,
  	"assigned_by_id" integer,
  	"due_at" timestamp(3) with time zone,
  	"status" "enum_tasks_status" DEFAULT 'open',
  	"priority" "enum_tasks_priority" DEFAULT 'normal',
  	"description" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "tasks_rels" (
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
  
  CREATE TABLE "notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "notes_rels" (
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
  
  CREATE TABLE "announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"audience" "enum_announcements_audience" DEFAULT 'all' NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "announcements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"folder" varchar,
  	"description" varchar,
  	"custom" jsonb,
  	"tenant_id" integer,
  	"owner_id" integer,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "tenants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_tenants_kind" DEFAULT 'company' NOT NULL,
  	"parent_id" integer,
  	"legal_name" varchar,
  	"logo_url" varchar,
  	"address" varchar,
  	"phone" varchar,
  	"bank_name" varchar,
  	"bank_account" varchar,
  	"tax_number" varchar,
  	"base_currency" "enum_tenants_base_currency" DEFAULT 'CNY',
  	"time_zone" varchar DEFAULT 'Asia/Shanghai',
  	"language" "enum_tenants_language" DEFAULT 'zh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL,
  	"department_id" integer,
  	"manager_id" integer
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"language" "enum_users_language" DEFAULT 'zh' NOT NULL,
  	"active" boolean DEFAULT true,
  	"is_super_admin" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" integer,
  	"manager_id" integer,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "roles_permissions_actions" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_roles_permissions_actions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "roles_permissions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" "enum_roles_permissions_collection" NOT NULL,
  	"scope" "enum_roles_permissions_scope" DEFAULT 'own' NOT NULL
  );
  
  CREATE TABLE "roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"description" varchar,
  	"is_tenant_admin" boolean DEFAULT false,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dictionaries_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL,
  	"label_zh" varchar NOT NULL,
  	"label_en" varchar NOT NULL,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "dictionaries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name_zh" varchar NOT NULL,
  	"name_en" varchar NOT NULL,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"action" "enum_audit_log_action" NOT NULL,
  	"entity" varchar NOT NULL,
  	"record_id" varchar NOT NULL,
  	"changes" jsonb,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "login_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"email" varchar,
  	"success" boolean,
  	"reason" "enum_login_log_reason",
  	"ip" varchar,
  	"user_agent" varchar,
  	"session_id" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"cc" varchar,
  	"bcc" varchar,
  	"from" varchar,
  	"subject" varchar,
  	"html" varchar,
  	"text" varchar,
  	"status" "enum_outbox_status" DEFAULT 'kept' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
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
  	"documents_id" integer,
  	"tenants_id" integer,
  	"users_id" integer,
  	"departments_id" integer,
  	"roles_id" integer,
  	"dictionaries_id" integer,
  	"audit_log_id" integer,
  	"login_log_id" integer,
  	"outbox_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts_rels" ADD CONSTRAINT "accounts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts_rels" ADD CONSTRAINT "accounts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_accounts_v" ADD CONSTRAINT "_accounts_v_parent_id_accounts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_accounts_v" ADD CONSTRAINT "_accounts_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_accounts_v" ADD CONSTRAINT "_accounts_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_accounts_v" ADD CONSTRAINT "_accounts_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_accounts_v_rels" ADD CONSTRAINT "_accounts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_accounts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_accounts_v_rels" ADD CONSTRAINT "_accounts_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_converted_account_id_accounts_id_fk" FOREIGN KEY ("converted_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_converted_contact_id_contacts_id_fk" FOREIGN KEY ("converted_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_converted_opportunity_id_opportunities_id_fk" FOREIGN KEY ("converted_opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_price_book_id_price_books_id_fk" FOREIGN KEY ("price_book_id") REFERENCES "public"."price_books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities_rels" ADD CONSTRAINT "opportunities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_rels" ADD CONSTRAINT "opportunities_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes_items" ADD CONSTRAINT "quotes_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes_items" ADD CONSTRAINT "quotes_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_price_book_id_price_books_id_fk" FOREIGN KEY ("price_book_id") REFERENCES "public"."price_books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders_items" ADD CONSTRAINT "sales_orders_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders_items" ADD CONSTRAINT "sales_orders_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_price_book_id_price_books_id_fk" FOREIGN KEY ("price_book_id") REFERENCES "public"."price_books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices_items" ADD CONSTRAINT "invoices_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices_items" ADD CONSTRAINT "invoices_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_price_book_id_price_books_id_fk" FOREIGN KEY ("price_book_id") REFERENCES "public"."price_books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_rels" ADD CONSTRAINT "contracts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_rels" ADD CONSTRAINT "contracts_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_category_id_product_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."product_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_categories" ADD CONSTRAINT "product_categories_parent_id_product_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."product_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_categories" ADD CONSTRAINT "product_categories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_books_entries" ADD CONSTRAINT "price_books_entries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_books_entries" ADD CONSTRAINT "price_books_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."price_books"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_books" ADD CONSTRAINT "price_books_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendors" ADD CONSTRAINT "vendors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendors" ADD CONSTRAINT "vendors_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendors" ADD CONSTRAINT "vendors_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders_items" ADD CONSTRAINT "purchase_orders_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders_items" ADD CONSTRAINT "purchase_orders_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_price_book_id_price_books_id_fk" FOREIGN KEY ("price_book_id") REFERENCES "public"."price_books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests_dispatches" ADD CONSTRAINT "service_requests_dispatches_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests_dispatches" ADD CONSTRAINT "service_requests_dispatches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_return_visits" ADD CONSTRAINT "service_requests_return_visits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_reviews" ADD CONSTRAINT "tasks_reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_reviews" ADD CONSTRAINT "tasks_reviews_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenants" ADD CONSTRAINT "tenants_parent_id_tenants_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles_permissions_actions" ADD CONSTRAINT "roles_permissions_actions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles_permissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_permissions" ADD CONSTRAINT "roles_permissions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles" ADD CONSTRAINT "roles_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dictionaries_options" ADD CONSTRAINT "dictionaries_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dictionaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dictionaries" ADD CONSTRAINT "dictionaries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "login_log" ADD CONSTRAINT "login_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "login_log" ADD CONSTRAINT "login_log_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outbox" ADD CONSTRAINT "outbox_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_product_categories_fk" FOREIGN KEY ("product_categories_id") REFERENCES "public"."product_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_books_fk" FOREIGN KEY ("price_books_id") REFERENCES "public"."price_books"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vendors_fk" FOREIGN KEY ("vendors_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tasks_fk" FOREIGN KEY ("tasks_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dictionaries_fk" FOREIGN KEY ("dictionaries_id") REFERENCES "public"."dictionaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_login_log_fk" FOREIGN KEY ("login_log_id") REFERENCES "public"."login_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outbox_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "accounts_industry_idx" ON "accounts" USING btree ("industry");
  CREATE INDEX "accounts_grade_idx" ON "accounts" USING btree ("grade");
  CREATE INDEX "accounts_source_idx" ON "accounts" USING btree ("source");
  CREATE INDEX "accounts_tenant_idx" ON "accounts" USING btree ("tenant_id");
  CREATE INDEX "accounts_owner_idx" ON "accounts" USING btree ("owner_id");
  CREATE INDEX "accounts_department_idx" ON "accounts" USING btree ("department_id");
  CREATE INDEX "accounts_updated_at_idx" ON "accounts" USING btree ("updated_at");
  CREATE INDEX "accounts_created_at_idx" ON "accounts" USING btree ("created_at");
  CREATE INDEX "accounts_deleted_at_idx" ON "accounts" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_code_idx" ON "accounts" USING btree ("tenant_id","code");
  CREATE INDEX "accounts_rels_order_idx" ON "accounts_rels" USING btree ("order");
  CREATE INDEX "accounts_rels_parent_idx" ON "accounts_rels" USING btree ("parent_id");
  CREATE INDEX "accounts_rels_path_idx" ON "accounts_rels" USING btree ("path");
  CREATE INDEX "accounts_rels_users_id_idx" ON "accounts_rels" USING btree ("users_id");
  CREATE INDEX "_accounts_v_parent_idx" ON "_accounts_v" USING btree ("parent_id");
  CREATE INDEX "_accounts_v_version_version_industry_idx" ON "_accounts_v" USING btree ("version_industry");
  CREATE INDEX "_accounts_v_version_version_grade_idx" ON "_accounts_v" USING btree ("version_grade");
  CREATE INDEX "_accounts_v_version_version_source_idx" ON "_accounts_v" USING btree ("version_source");
  CREATE INDEX "_accounts_v_version_version_tenant_idx" ON "_accounts_v" USING btree ("version_tenant_id");
  CREATE INDEX "_accounts_v_version_version_owner_idx" ON "_accounts_v" USING btree ("version_owner_id");
  CREATE INDEX "_accounts_v_version_version_department_idx" ON "_accounts_v" USING btree ("version_department_id");
  CREATE INDEX "_accounts_v_version_version_updated_at_idx" ON "_accounts_v" USING btree ("version_updated_at");
  CREATE INDEX "_accounts_v_version_version_created_at_idx" ON "_accounts_v" USING btree ("version_created_at");
  CREATE INDEX "_accounts_v_version_version_deleted_at_idx" ON "_accounts_v" USING btree ("version_deleted_at");
  CREATE INDEX "_accounts_v_created_at_idx" ON "_accounts_v" USING btree ("created_at");
  CREATE INDEX "_accounts_v_updated_at_idx" ON "_accounts_v" USING btree ("updated_at");
  CREATE INDEX "version_tenant_version_code_idx" ON "_accounts_v" USING btree ("version_tenant_id","version_code");
  CREATE INDEX "_accounts_v_rels_order_idx" ON "_accounts_v_rels" USING btree ("order");
  CREATE INDEX "_accounts_v_rels_parent_idx" ON "_accounts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_accounts_v_rels_path_idx" ON "_accounts_v_rels" USING btree ("path");
  CREATE INDEX "_accounts_v_rels_users_id_idx" ON "_accounts_v_rels" USING btree ("users_id");
  CREATE INDEX "contacts_account_idx" ON "contacts" USING btree ("account_id");
  CREATE INDEX "contacts_mobile_idx" ON "contacts" USING btree ("mobile");
  CREATE INDEX "contacts_email_idx" ON "contacts" USING btree ("email");
  CREATE INDEX "contacts_lead_source_idx" ON "contacts" USING btree ("lead_source");
  CREATE INDEX "contacts_tenant_idx" ON "contacts" USING btree ("tenant_id");
  CREATE INDEX "contacts_owner_idx" ON "contacts" USING btree ("owner_id");
  CREATE INDEX "contacts_department_idx" ON "contacts" USING btree ("department_id");
  CREATE INDEX "contacts_updated_at_idx" ON "contacts" USING btree ("updated_at");
  CREATE INDEX "contacts_created_at_idx" ON "contacts" USING btree ("created_at");
  CREATE INDEX "contacts_deleted_at_idx" ON "contacts" USING btree ("deleted_at");
  CREATE INDEX "leads_mobile_idx" ON "leads" USING btree ("mobile");
  CREATE INDEX "leads_email_idx" ON "leads" USING btree ("email");
  CREATE INDEX "leads_source_idx" ON "leads" USING btree ("source");
  CREATE INDEX "leads_converted_account_idx" ON "leads" USING btree ("converted_account_id");
  CREATE INDEX "leads_converted_contact_idx" ON "leads" USING btree ("converted_contact_id");
  CREATE INDEX "leads_converted_opportunity_idx" ON "leads" USING btree ("converted_opportunity_id");
  CREATE INDEX "leads_tenant_idx" ON "leads" USING btree ("tenant_id");
  CREATE INDEX "leads_owner_idx" ON "leads" USING btree ("owner_id");
  CREATE INDEX "leads_department_idx" ON "leads" USING btree ("department_id");
  CREATE INDEX "leads_updated_at_idx" ON "leads" USING btree ("updated_at");
  CREATE INDEX "leads_created_at_idx" ON "leads" USING btree ("created_at");
  CREATE INDEX "leads_deleted_at_idx" ON "leads" USING btree ("deleted_at");
  CREATE INDEX "opportunities_account_idx" ON "opportunities" USING btree ("account_id");
  CREATE INDEX "opportunities_contact_idx" ON "opportunities" USING btree ("contact_id");
  CREATE INDEX "opportunities_amount_minor_idx" ON "opportunities" USING btree ("amount_minor");
  CREATE INDEX "opportunities_expected_close_date_idx" ON "opportunities" USING btree ("expected_close_date");
  CREATE INDEX "opportunities_stage_idx" ON "opportunities" USING btree ("stage");
  CREATE INDEX "opportunities_source_idx" ON "opportunities" USING btree ("source");
  CREATE INDEX "opportunities_campaign_idx" ON "opportunities" USING btree ("campaign_id");
  CREATE INDEX "opportunities_price_book_idx" ON "opportunities" USING btree ("price_book_id");
  CREATE INDEX "opportunities_tenant_idx" ON "opportunities" USING btree ("tenant_id");
  CREATE INDEX "opportunities_owner_idx" ON "opportunities" USING btree ("owner_id");
  CREATE INDEX "opportunities_department_idx" ON "opportunities" USING btree ("department_id");
  CREATE INDEX "opportunities_updated_at_idx" ON "opportunities" USING btree ("updated_at");
  CREATE INDEX "opportunities_created_at_idx" ON "opportunities" USING btree ("created_at");
  CREATE INDEX "opportunities_deleted_at_idx" ON "opportunities" USING btree ("deleted_at");
  CREATE INDEX "opportunities_rels_order_idx" ON "opportunities_rels" USING btree ("order");
  CREATE INDEX "opportunities_rels_parent_idx" ON "opportunities_rels" USING btree ("parent_id");
  CREATE INDEX "opportunities_rels_path_idx" ON "opportunities_rels" USING btree ("path");
  CREATE INDEX "opportunities_rels_users_id_idx" ON "opportunities_rels" USING btree ("users_id");
  CREATE INDEX "activities_type_idx" ON "activities" USING btree ("type");
  CREATE INDEX "activities_start_at_idx" ON "activities" USING btree ("start_at");
  CREATE INDEX "activities_tenant_idx" ON "activities" USING btree ("tenant_id");
  CREATE INDEX "activities_owner_idx" ON "activities" USING btree ("owner_id");
  CREATE INDEX "activities_department_idx" ON "activities" USING btree ("department_id");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "activities_deleted_at_idx" ON "activities" USING btree ("deleted_at");
  CREATE INDEX "activities_rels_order_idx" ON "activities_rels" USING btree ("order");
  CREATE INDEX "activities_rels_parent_idx" ON "activities_rels" USING btree ("parent_id");
  CREATE INDEX "activities_rels_path_idx" ON "activities_rels" USING btree ("path");
  CREATE INDEX "activities_rels_accounts_id_idx" ON "activities_rels" USING btree ("accounts_id");
  CREATE INDEX "activities_rels_contacts_id_idx" ON "activities_rels" USING btree ("contacts_id");
  CREATE INDEX "activities_rels_leads_id_idx" ON "activities_rels" USING btree ("leads_id");
  CREATE INDEX "activities_rels_opportunities_id_idx" ON "activities_rels" USING btree ("opportunities_id");
  CREATE INDEX "activities_rels_quotes_id_idx" ON "activities_rels" USING btree ("quotes_id");
  CREATE INDEX "activities_rels_sales_orders_id_idx" ON "activities_rels" USING btree ("sales_orders_id");
  CREATE INDEX "activities_rels_purchase_orders_id_idx" ON "activities_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "activities_rels_invoices_id_idx" ON "activities_rels" USING btree ("invoices_id");
  CREATE INDEX "activities_rels_contracts_id_idx" ON "activities_rels" USING btree ("contracts_id");
  CREATE INDEX "activities_rels_service_requests_id_idx" ON "activities_rels" USING btree ("service_requests_id");
  CREATE INDEX "activities_rels_campaigns_id_idx" ON "activities_rels" USING btree ("campaigns_id");
  CREATE INDEX "activities_rels_users_id_idx" ON "activities_rels" USING btree ("users_id");
  CREATE INDEX "quotes_items_order_idx" ON "quotes_items" USING btree ("_order");
  CREATE INDEX "quotes_items_parent_id_idx" ON "quotes_items" USING btree ("_parent_id");
  CREATE INDEX "quotes_items_product_idx" ON "quotes_items" USING btree ("product_id");
  CREATE INDEX "quotes_account_idx" ON "quotes" USING btree ("account_id");
  CREATE INDEX "quotes_contact_idx" ON "quotes" USING btree ("contact_id");
  CREATE INDEX "quotes_price_book_idx" ON "quotes" USING btree ("price_book_id");
  CREATE INDEX "quotes_opportunity_idx" ON "quotes" USING btree ("opportunity_id");
  CREATE INDEX "quotes_sales_order_idx" ON "quotes" USING btree ("sales_order_id");
  CREATE INDEX "quotes_subtotal_minor_idx" ON "quotes" USING btree ("subtotal_minor");
  CREATE INDEX "quotes_tax_minor_idx" ON "quotes" USING btree ("tax_minor");
  CREATE INDEX "quotes_total_minor_idx" ON "quotes" USING btree ("total_minor");
  CREATE INDEX "quotes_tenant_idx" ON "quotes" USING btree ("tenant_id");
  CREATE INDEX "quotes_owner_idx" ON "quotes" USING btree ("owner_id");
  CREATE INDEX "quotes_department_idx" ON "quotes" USING btree ("department_id");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  CREATE INDEX "quotes_deleted_at_idx" ON "quotes" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_number_idx" ON "quotes" USING btree ("tenant_id","number");
  CREATE INDEX "sales_orders_items_order_idx" ON "sales_orders_items" USING btree ("_order");
  CREATE INDEX "sales_orders_items_parent_id_idx" ON "sales_orders_items" USING btree ("_parent_id");
  CREATE INDEX "sales_orders_items_product_idx" ON "sales_orders_items" USING btree ("product_id");
  CREATE INDEX "sales_orders_account_idx" ON "sales_orders" USING btree ("account_id");
  CREATE INDEX "sales_orders_contact_idx" ON "sales_orders" USING btree ("contact_id");
  CREATE INDEX "sales_orders_price_book_idx" ON "sales_orders" USING btree ("price_book_id");
  CREATE INDEX "sales_orders_opportunity_idx" ON "sales_orders" USING btree ("opportunity_id");
  CREATE INDEX "sales_orders_quote_idx" ON "sales_orders" USING btree ("quote_id");
  CREATE INDEX "sales_orders_subtotal_minor_idx" ON "sales_orders" USING btree ("subtotal_minor");
  CREATE INDEX "sales_orders_tax_minor_idx" ON "sales_orders" USING btree ("tax_minor");
  CREATE INDEX "sales_orders_total_minor_idx" ON "sales_orders" USING btree ("total_minor");
  CREATE INDEX "sales_orders_tenant_idx" ON "sales_orders" USING btree ("tenant_id");
  CREATE INDEX "sales_orders_owner_idx" ON "sales_orders" USING btree ("owner_id");
  CREATE INDEX "sales_orders_department_idx" ON "sales_orders" USING btree ("department_id");
  CREATE INDEX "sales_orders_updated_at_idx" ON "sales_orders" USING btree ("updated_at");
  CREATE INDEX "sales_orders_created_at_idx" ON "sales_orders" USING btree ("created_at");
  CREATE INDEX "sales_orders_deleted_at_idx" ON "sales_orders" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_number_1_idx" ON "sales_orders" USING btree ("tenant_id","number");
  CREATE INDEX "invoices_items_order_idx" ON "invoices_items" USING btree ("_order");
  CREATE INDEX "invoices_items_parent_id_idx" ON "invoices_items" USING btree ("_parent_id");
  CREATE INDEX "invoices_items_product_idx" ON "invoices_items" USING btree ("product_id");
  CREATE INDEX "invoices_account_idx" ON "invoices" USING btree ("account_id");
  CREATE INDEX "invoices_contact_idx" ON "invoices" USING btree ("contact_id");
  CREATE INDEX "invoices_price_book_idx" ON "invoices" USING btree ("price_book_id");
  CREATE INDEX "invoices_sales_order_idx" ON "invoices" USING btree ("sales_order_id");
  CREATE INDEX "invoices_subtotal_minor_idx" ON "invoices" USING btree ("subtotal_minor");
  CREATE INDEX "invoices_tax_minor_idx" ON "invoices" USING btree ("tax_minor");
  CREATE INDEX "invoices_total_minor_idx" ON "invoices" USING btree ("total_minor");
  CREATE INDEX "invoices_tenant_idx" ON "invoices" USING btree ("tenant_id");
  CREATE INDEX "invoices_owner_idx" ON "invoices" USING btree ("owner_id");
  CREATE INDEX "invoices_department_idx" ON "invoices" USING btree ("department_id");
  CREATE INDEX "invoices_updated_at_idx" ON "invoices" USING btree ("updated_at");
  CREATE INDEX "invoices_created_at_idx" ON "invoices" USING btree ("created_at");
  CREATE INDEX "invoices_deleted_at_idx" ON "invoices" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_number_2_idx" ON "invoices" USING btree ("tenant_id","number");
  CREATE INDEX "contracts_account_idx" ON "contracts" USING btree ("account_id");
  CREATE INDEX "contracts_opportunity_idx" ON "contracts" USING btree ("opportunity_id");
  CREATE INDEX "contracts_sales_order_idx" ON "contracts" USING btree ("sales_order_id");
  CREATE INDEX "contracts_amount_minor_idx" ON "contracts" USING btree ("amount_minor");
  CREATE INDEX "contracts_tenant_idx" ON "contracts" USING btree ("tenant_id");
  CREATE INDEX "contracts_owner_idx" ON "contracts" USING btree ("owner_id");
  CREATE INDEX "contracts_department_idx" ON "contracts" USING btree ("department_id");
  CREATE INDEX "contracts_updated_at_idx" ON "contracts" USING btree ("updated_at");
  CREATE INDEX "contracts_created_at_idx" ON "contracts" USING btree ("created_at");
  CREATE INDEX "contracts_deleted_at_idx" ON "contracts" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_number_3_idx" ON "contracts" USING btree ("tenant_id","number");
  CREATE INDEX "contracts_rels_order_idx" ON "contracts_rels" USING btree ("order");
  CREATE INDEX "contracts_rels_parent_idx" ON "contracts_rels" USING btree ("parent_id");
  CREATE INDEX "contracts_rels_path_idx" ON "contracts_rels" USING btree ("path");
  CREATE INDEX "contracts_rels_documents_id_idx" ON "contracts_rels" USING btree ("documents_id");
  CREATE INDEX "payments_contract_idx" ON "payments" USING btree ("contract_id");
  CREATE INDEX "payments_invoice_idx" ON "payments" USING btree ("invoice_id");
  CREATE INDEX "payments_amount_minor_idx" ON "payments" USING btree ("amount_minor");
  CREATE INDEX "payments_tenant_idx" ON "payments" USING btree ("tenant_id");
  CREATE INDEX "payments_owner_idx" ON "payments" USING btree ("owner_id");
  CREATE INDEX "payments_department_idx" ON "payments" USING btree ("department_id");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  CREATE INDEX "payments_deleted_at_idx" ON "payments" USING btree ("deleted_at");
  CREATE INDEX "products_category_idx" ON "products" USING btree ("category_id");
  CREATE INDEX "products_unit_idx" ON "products" USING btree ("unit");
  CREATE INDEX "products_sale_price_minor_idx" ON "products" USING btree ("sale_price_minor");
  CREATE INDEX "products_cost_price_minor_idx" ON "products" USING btree ("cost_price_minor");
  CREATE INDEX "products_vendor_idx" ON "products" USING btree ("vendor_id");
  CREATE INDEX "products_tenant_idx" ON "products" USING btree ("tenant_id");
  CREATE INDEX "products_updated_at_idx" ON "products" USING btree ("updated_at");
  CREATE INDEX "products_created_at_idx" ON "products" USING btree ("created_at");
  CREATE INDEX "products_deleted_at_idx" ON "products" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_code_1_idx" ON "products" USING btree ("tenant_id","code");
  CREATE INDEX "product_categories_parent_idx" ON "product_categories" USING btree ("parent_id");
  CREATE INDEX "product_categories_tenant_idx" ON "product_categories" USING btree ("tenant_id");
  CREATE INDEX "product_categories_updated_at_idx" ON "product_categories" USING btree ("updated_at");
  CREATE INDEX "product_categories_created_at_idx" ON "product_categories" USING btree ("created_at");
  CREATE INDEX "product_categories_deleted_at_idx" ON "product_categories" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_code_2_idx" ON "product_categories" USING btree ("tenant_id","code");
  CREATE INDEX "price_books_entries_order_idx" ON "price_books_entries" USING btree ("_order");
  CREATE INDEX "price_books_entries_parent_id_idx" ON "price_books_entries" USING btree ("_parent_id");
  CREATE INDEX "price_books_entries_product_idx" ON "price_books_entries" USING btree ("product_id");
  CREATE INDEX "price_books_tenant_idx" ON "price_books" USING btree ("tenant_id");
  CREATE INDEX "price_books_updated_at_idx" ON "price_books" USING btree ("updated_at");
  CREATE INDEX "price_books_created_at_idx" ON "price_books" USING btree ("created_at");
  CREATE INDEX "price_books_deleted_at_idx" ON "price_books" USING btree ("deleted_at");
  CREATE INDEX "vendors_tenant_idx" ON "vendors" USING btree ("tenant_id");
  CREATE INDEX "vendors_owner_idx" ON "vendors" USING btree ("owner_id");
  CREATE INDEX "vendors_department_idx" ON "vendors" USING btree ("department_id");
  CREATE INDEX "vendors_updated_at_idx" ON "vendors" USING btree ("updated_at");
  CREATE INDEX "vendors_created_at_idx" ON "vendors" USING btree ("created_at");
  CREATE INDEX "vendors_deleted_at_idx" ON "vendors" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_code_3_idx" ON "vendors" USING btree ("tenant_id","code");
  CREATE INDEX "purchase_orders_items_order_idx" ON "purchase_orders_items" USING btree ("_order");
  CREATE INDEX "purchase_orders_items_parent_id_idx" ON "purchase_orders_items" USING btree ("_parent_id");
  CREATE INDEX "purchase_orders_items_product_idx" ON "purchase_orders_items" USING btree ("product_id");
  CREATE INDEX "purchase_orders_vendor_idx" ON "purchase_orders" USING btree ("vendor_id");
  CREATE INDEX "purchase_orders_price_book_idx" ON "purchase_orders" USING btree ("price_book_id");
  CREATE INDEX "purchase_orders_sales_order_idx" ON "purchase_orders" USING btree ("sales_order_id");
  CREATE INDEX "purchase_orders_subtotal_minor_idx" ON "purchase_orders" USING btree ("subtotal_minor");
  CREATE INDEX "purchase_orders_tax_minor_idx" ON "purchase_orders" USING btree ("tax_minor");
  CREATE INDEX "purchase_orders_total_minor_idx" ON "purchase_orders" USING btree ("total_minor");
  CREATE INDEX "purchase_orders_tenant_idx" ON "purchase_orders" USING btree ("tenant_id");
  CREATE INDEX "purchase_orders_owner_idx" ON "purchase_orders" USING btree ("owner_id");
  CREATE INDEX "purchase_orders_department_idx" ON "purchase_orders" USING btree ("department_id");
  CREATE INDEX "purchase_orders_updated_at_idx" ON "purchase_orders" USING btree ("updated_at");
  CREATE INDEX "purchase_orders_created_at_idx" ON "purchase_orders" USING btree ("created_at");
  CREATE INDEX "purchase_orders_deleted_at_idx" ON "purchase_orders" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_number_4_idx" ON "purchase_orders" USING btree ("tenant_id","number");
  CREATE INDEX "service_requests_dispatches_order_idx" ON "service_requests_dispatches" USING btree ("_order");
  CREATE INDEX "service_requests_dispatches_parent_id_idx" ON "service_requests_dispatches" USING btree ("_parent_id");
  CREATE INDEX "service_requests_dispatches_assignee_idx" ON "service_requests_dispatches" USING btree ("assignee_id");
  CREATE INDEX "service_requests_return_visits_order_idx" ON "service_requests_return_visits" USING btree ("_order");
  CREATE INDEX "service_requests_return_visits_parent_id_idx" ON "service_requests_return_visits" USING btree ("_parent_id");
  CREATE INDEX "service_requests_account_idx" ON "service_requests" USING btree ("account_id");
  CREATE INDEX "service_requests_contact_idx" ON "service_requests" USING btree ("contact_id");
  CREATE INDEX "service_requests_product_idx" ON "service_requests" USING btree ("product_id");
  CREATE INDEX "service_requests_category_idx" ON "service_requests" USING btree ("category");
  CREATE INDEX "service_requests_stage_idx" ON "service_requests" USING btree ("stage");
  CREATE INDEX "service_requests_tenant_idx" ON "service_requests" USING btree ("tenant_id");
  CREATE INDEX "service_requests_owner_idx" ON "service_requests" USING btree ("owner_id");
  CREATE INDEX "service_requests_department_idx" ON "service_requests" USING btree ("department_id");
  CREATE INDEX "service_requests_updated_at_idx" ON "service_requests" USING btree ("updated_at");
  CREATE INDEX "service_requests_created_at_idx" ON "service_requests" USING btree ("created_at");
  CREATE INDEX "service_requests_deleted_at_idx" ON "service_requests" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "tenant_number_5_idx" ON "service_requests" USING btree ("tenant_id","number");
  CREATE INDEX "faqs_category_idx" ON "faqs" USING btree ("category");
  CREATE INDEX "faqs_product_idx" ON "faqs" USING btree ("product_id");
  CREATE INDEX "faqs_tenant_idx" ON "faqs" USING btree ("tenant_id");
  CREATE INDEX "faqs_owner_idx" ON "faqs" USING btree ("owner_id");
  CREATE INDEX "faqs_department_idx" ON "faqs" USING btree ("department_id");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs_deleted_at_idx" ON "faqs" USING btree ("deleted_at");
  CREATE INDEX "campaigns_budget_minor_idx" ON "campaigns" USING btree ("budget_minor");
  CREATE INDEX "campaigns_expected_revenue_minor_idx" ON "campaigns" USING btree ("expected_revenue_minor");
  CREATE INDEX "campaigns_stage_idx" ON "campaigns" USING btree ("stage");
  CREATE INDEX "campaigns_tenant_idx" ON "campaigns" USING btree ("tenant_id");
  CREATE INDEX "campaigns_owner_idx" ON "campaigns" USING btree ("owner_id");
  CREATE INDEX "campaigns_department_idx" ON "campaigns" USING btree ("department_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_deleted_at_idx" ON "campaigns" USING btree ("deleted_at");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_leads_id_idx" ON "campaigns_rels" USING btree ("leads_id");
  CREATE INDEX "campaigns_rels_contacts_id_idx" ON "campaigns_rels" USING btree ("contacts_id");
  CREATE INDEX "tasks_reviews_order_idx" ON "tasks_reviews" USING btree ("_order");
  CREATE INDEX "tasks_reviews_parent_id_idx" ON "tasks_reviews" USING btree ("_parent_id");
  CREATE INDEX "tasks_reviews_author_idx" ON "tasks_reviews" USING btree ("author_id");
  CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("assignee_id");
  CREATE INDEX "tasks_assigned_by_idx" ON "tasks" USING btree ("assigned_by_id");
  CREATE INDEX "tasks_due_at_idx" ON "tasks" USING btree ("due_at");
  CREATE INDEX "tasks_tenant_idx" ON "tasks" USING btree ("tenant_id");
  CREATE INDEX "tasks_owner_idx" ON "tasks" USING btree ("owner_id");
  CREATE INDEX "tasks_department_idx" ON "tasks" USING btree ("department_id");
  CREATE INDEX "tasks_updated_at_idx" ON "tasks" USING btree ("updated_at");
  CREATE INDEX "tasks_created_at_idx" ON "tasks" USING btree ("created_at");
  CREATE INDEX "tasks_deleted_at_idx" ON "tasks" USING btree ("deleted_at");
  CREATE INDEX "tasks_rels_order_idx" ON "tasks_rels" USING btree ("order");
  CREATE INDEX "tasks_rels_parent_idx" ON "tasks_rels" USING btree ("parent_id");
  CREATE INDEX "tasks_rels_path_idx" ON "tasks_rels" USING btree ("path");
  CREATE INDEX "tasks_rels_accounts_id_idx" ON "tasks_rels" USING btree ("accounts_id");
  CREATE INDEX "tasks_rels_contacts_id_idx" ON "tasks_rels" USING btree ("contacts_id");
  CREATE INDEX "tasks_rels_leads_id_idx" ON "tasks_rels" USING btree ("leads_id");
  CREATE INDEX "tasks_rels_opportunities_id_idx" ON "tasks_rels" USING btree ("opportunities_id");
  CREATE INDEX "tasks_rels_quotes_id_idx" ON "tasks_rels" USING btree ("quotes_id");
  CREATE INDEX "tasks_rels_sales_orders_id_idx" ON "tasks_rels" USING btree ("sales_orders_id");
  CREATE INDEX "tasks_rels_purchase_orders_id_idx" ON "tasks_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "tasks_rels_invoices_id_idx" ON "tasks_rels" USING btree ("invoices_id");
  CREATE INDEX "tasks_rels_contracts_id_idx" ON "tasks_rels" USING btree ("contracts_id");
  CREATE INDEX "tasks_rels_service_requests_id_idx" ON "tasks_rels" USING btree ("service_requests_id");
  CREATE INDEX "tasks_rels_campaigns_id_idx" ON "tasks_rels" USING btree ("campaigns_id");
  CREATE INDEX "notes_tenant_idx" ON "notes" USING btree ("tenant_id");
  CREATE INDEX "notes_owner_idx" ON "notes" USING btree ("owner_id");
  CREATE INDEX "notes_department_idx" ON "notes" USING btree ("department_id");
  CREATE INDEX "notes_updated_at_idx" ON "notes" USING btree ("updated_at");
  CREATE INDEX "notes_created_at_idx" ON "notes" USING btree ("created_at");
  CREATE INDEX "notes_deleted_at_idx" ON "notes" USING btree ("deleted_at");
  CREATE INDEX "notes_rels_order_idx" ON "notes_rels" USING btree ("order");
  CREATE INDEX "notes_rels_parent_idx" ON "notes_rels" USING btree ("parent_id");
  CREATE INDEX "notes_rels_path_idx" ON "notes_rels" USING btree ("path");
  CREATE INDEX "notes_rels_accounts_id_idx" ON "notes_rels" USING btree ("accounts_id");
  CREATE INDEX "notes_rels_contacts_id_idx" ON "notes_rels" USING btree ("contacts_id");
  CREATE INDEX "notes_rels_leads_id_idx" ON "notes_rels" USING btree ("leads_id");
  CREATE INDEX "notes_rels_opportunities_id_idx" ON "notes_rels" USING btree ("opportunities_id");
  CREATE INDEX "notes_rels_quotes_id_idx" ON "notes_rels" USING btree ("quotes_id");
  CREATE INDEX "notes_rels_sales_orders_id_idx" ON "notes_rels" USING btree ("sales_orders_id");
  CREATE INDEX "notes_rels_purchase_orders_id_idx" ON "notes_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "notes_rels_invoices_id_idx" ON "notes_rels" USING btree ("invoices_id");
  CREATE INDEX "notes_rels_contracts_id_idx" ON "notes_rels" USING btree ("contracts_id");
  CREATE INDEX "notes_rels_service_requests_id_idx" ON "notes_rels" USING btree ("service_requests_id");
  CREATE INDEX "notes_rels_campaigns_id_idx" ON "notes_rels" USING btree ("campaigns_id");
  CREATE INDEX "announcements_tenant_idx" ON "announcements" USING btree ("tenant_id");
  CREATE INDEX "announcements_owner_idx" ON "announcements" USING btree ("owner_id");
  CREATE INDEX "announcements_department_idx" ON "announcements" USING btree ("department_id");
  CREATE INDEX "announcements_updated_at_idx" ON "announcements" USING btree ("updated_at");
  CREATE INDEX "announcements_created_at_idx" ON "announcements" USING btree ("created_at");
  CREATE INDEX "announcements_deleted_at_idx" ON "announcements" USING btree ("deleted_at");
  CREATE INDEX "announcements_rels_order_idx" ON "announcements_rels" USING btree ("order");
  CREATE INDEX "announcements_rels_parent_idx" ON "announcements_rels" USING btree ("parent_id");
  CREATE INDEX "announcements_rels_path_idx" ON "announcements_rels" USING btree ("path");
  CREATE INDEX "announcements_rels_departments_id_idx" ON "announcements_rels" USING btree ("departments_id");
  CREATE INDEX "announcements_rels_users_id_idx" ON "announcements_rels" USING btree ("users_id");
  CREATE INDEX "documents_folder_idx" ON "documents" USING btree ("folder");
  CREATE INDEX "documents_tenant_idx" ON "documents" USING btree ("tenant_id");
  CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_id");
  CREATE INDEX "documents_department_idx" ON "documents" USING btree ("department_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents_deleted_at_idx" ON "documents" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "tenants_slug_idx" ON "tenants" USING btree ("slug");
  CREATE INDEX "tenants_parent_idx" ON "tenants" USING btree ("parent_id");
  CREATE INDEX "tenants_updated_at_idx" ON "tenants" USING btree ("updated_at");
  CREATE INDEX "tenants_created_at_idx" ON "tenants" USING btree ("created_at");
  CREATE INDEX "users_memberships_order_idx" ON "users_memberships" USING btree ("_order");
  CREATE INDEX "users_memberships_parent_id_idx" ON "users_memberships" USING btree ("_parent_id");
  CREATE INDEX "users_memberships_tenant_idx" ON "users_memberships" USING btree ("tenant_id");
  CREATE INDEX "users_memberships_department_idx" ON "users_memberships" USING btree ("department_id");
  CREATE INDEX "users_memberships_manager_idx" ON "users_memberships" USING btree ("manager_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_roles_id_idx" ON "users_rels" USING btree ("roles_id");
  CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");
  CREATE INDEX "departments_manager_idx" ON "departments" USING btree ("manager_id");
  CREATE INDEX "departments_tenant_idx" ON "departments" USING btree ("tenant_id");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_code_4_idx" ON "departments" USING btree ("tenant_id","code");
  CREATE INDEX "roles_permissions_actions_order_idx" ON "roles_permissions_actions" USING btree ("order");
  CREATE INDEX "roles_permissions_actions_parent_idx" ON "roles_permissions_actions" USING btree ("parent_id");
  CREATE INDEX "roles_permissions_order_idx" ON "roles_permissions" USING btree ("_order");
  CREATE INDEX "roles_permissions_parent_id_idx" ON "roles_permissions" USING btree ("_parent_id");
  CREATE INDEX "roles_tenant_idx" ON "roles" USING btree ("tenant_id");
  CREATE INDEX "roles_updated_at_idx" ON "roles" USING btree ("updated_at");
  CREATE INDEX "roles_created_at_idx" ON "roles" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_key_idx" ON "roles" USING btree ("tenant_id","key");
  CREATE INDEX "dictionaries_options_order_idx" ON "dictionaries_options" USING btree ("_order");
  CREATE INDEX "dictionaries_options_parent_id_idx" ON "dictionaries_options" USING btree ("_parent_id");
  CREATE INDEX "dictionaries_tenant_idx" ON "dictionaries" USING btree ("tenant_id");
  CREATE INDEX "dictionaries_updated_at_idx" ON "dictionaries" USING btree ("updated_at");
  CREATE INDEX "dictionaries_created_at_idx" ON "dictionaries" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_key_1_idx" ON "dictionaries" USING btree ("tenant_id","key");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_tenant_idx" ON "audit_log" USING btree ("tenant_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "entity_recordId_idx" ON "audit_log" USING btree ("entity","record_id");
  CREATE INDEX "login_log_user_idx" ON "login_log" USING btree ("user_id");
  CREATE INDEX "login_log_email_idx" ON "login_log" USING btree ("email");
  CREATE INDEX "login_log_session_id_idx" ON "login_log" USING btree ("session_id");
  CREATE INDEX "login_log_tenant_idx" ON "login_log" USING btree ("tenant_id");
  CREATE INDEX "login_log_updated_at_idx" ON "login_log" USING btree ("updated_at");
  CREATE INDEX "login_log_created_at_idx" ON "login_log" USING btree ("created_at");
  CREATE INDEX "outbox_to_idx" ON "outbox" USING btree ("to");
  CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status");
  CREATE INDEX "outbox_tenant_idx" ON "outbox" USING btree ("tenant_id");
  CREATE INDEX "outbox_updated_at_idx" ON "outbox" USING btree ("updated_at");
  CREATE INDEX "outbox_created_at_idx" ON "outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("accounts_id");
  CREATE INDEX "payload_locked_documents_rels_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("contacts_id");
  CREATE INDEX "payload_locked_documents_rels_leads_id_idx" ON "payload_locked_documents_rels" USING btree ("leads_id");
  CREATE INDEX "payload_locked_documents_rels_opportunities_id_idx" ON "payload_locked_documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");
  CREATE INDEX "payload_locked_documents_rels_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("quotes_id");
  CREATE INDEX "payload_locked_documents_rels_sales_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("sales_orders_id");
  CREATE INDEX "payload_locked_documents_rels_invoices_id_idx" ON "payload_locked_documents_rels" USING btree ("invoices_id");
  CREATE INDEX "payload_locked_documents_rels_contracts_id_idx" ON "payload_locked_documents_rels" USING btree ("contracts_id");
  CREATE INDEX "payload_locked_documents_rels_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("payments_id");
  CREATE INDEX "payload_locked_documents_rels_products_id_idx" ON "payload_locked_documents_rels" USING btree ("products_id");
  CREATE INDEX "payload_locked_documents_rels_product_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("product_categories_id");
  CREATE INDEX "payload_locked_documents_rels_price_books_id_idx" ON "payload_locked_documents_rels" USING btree ("price_books_id");
  CREATE INDEX "payload_locked_documents_rels_vendors_id_idx" ON "payload_locked_documents_rels" USING btree ("vendors_id");
  CREATE INDEX "payload_locked_documents_rels_purchase_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "payload_locked_documents_rels_service_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("service_requests_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("tasks_id");
  CREATE INDEX "payload_locked_documents_rels_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("notes_id");
  CREATE INDEX "payload_locked_documents_rels_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("announcements_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_tenants_id_idx" ON "payload_locked_documents_rels" USING btree ("tenants_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
  CREATE INDEX "payload_locked_documents_rels_dictionaries_id_idx" ON "payload_locked_documents_rels" USING btree ("dictionaries_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_login_log_id_idx" ON "payload_locked_documents_rels" USING btree ("login_log_id");
  CREATE INDEX "payload_locked_documents_rels_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("outbox_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "accounts" CASCADE;
  DROP TABLE "accounts_rels" CASCADE;
  DROP TABLE "_accounts_v" CASCADE;
  DROP TABLE "_accounts_v_rels" CASCADE;
  DROP TABLE "contacts" CASCADE;
  DROP TABLE "leads" CASCADE;
  DROP TABLE "opportunities" CASCADE;
  DROP TABLE "opportunities_rels" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_rels" CASCADE;
  DROP TABLE "quotes_items" CASCADE;
  DROP TABLE "quotes" CASCADE;
  DROP TABLE "sales_orders_items" CASCADE;
  DROP TABLE "sales_orders" CASCADE;
  DROP TABLE "invoices_items" CASCADE;
  DROP TABLE "invoices" CASCADE;
  DROP TABLE "contracts" CASCADE;
  DROP TABLE "contracts_rels" CASCADE;
  DROP TABLE "payments" CASCADE;
  DROP TABLE "products" CASCADE;
  DROP TABLE "product_categories" CASCADE;
  DROP TABLE "price_books_entries" CASCADE;
  DROP TABLE "price_books" CASCADE;
  DROP TABLE "vendors" CASCADE;
  DROP TABLE "purchase_orders_items" CASCADE;
  DROP TABLE "purchase_orders" CASCADE;
  DROP TABLE "service_requests_dispatches" CASCADE;
  DROP TABLE "service_requests_return_visits" CASCADE;
  DROP TABLE "service_requests" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "tasks_reviews" CASCADE;
  DROP TABLE "tasks" CASCADE;
  DROP TABLE "tasks_rels" CASCADE;
  DROP TABLE "notes" CASCADE;
  DROP TABLE "notes_rels" CASCADE;
  DROP TABLE "announcements" CASCADE;
  DROP TABLE "announcements_rels" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "tenants" CASCADE;
  DROP TABLE "users_memberships" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "roles_permissions_actions" CASCADE;
  DROP TABLE "roles_permissions" CASCADE;
  DROP TABLE "roles" CASCADE;
  DROP TABLE "dictionaries_options" CASCADE;
  DROP TABLE "dictionaries" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "login_log" CASCADE;
  DROP TABLE "outbox" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_accounts_type";
  DROP TYPE "public"."enum_accounts_status";
  DROP TYPE "public"."enum__accounts_v_version_type";
  DROP TYPE "public"."enum__accounts_v_version_status";
  DROP TYPE "public"."enum_contacts_consent_phone_method";
  DROP TYPE "public"."enum_contacts_consent_sms_method";
  DROP TYPE "public"."enum_contacts_consent_email_method";
  DROP TYPE "public"."enum_leads_status";
  DROP TYPE "public"."enum_leads_rating";
  DROP TYPE "public"."enum_leads_consent_phone_method";
  DROP TYPE "public"."enum_leads_consent_sms_method";
  DROP TYPE "public"."enum_leads_consent_email_method";
  DROP TYPE "public"."enum_opportunities_currency";
  DROP TYPE "public"."enum_activities_type";
  DROP TYPE "public"."enum_activities_status";
  DROP TYPE "public"."enum_quotes_status";
  DROP TYPE "public"."enum_quotes_currency";
  DROP TYPE "public"."enum_sales_orders_status";
  DROP TYPE "public"."enum_sales_orders_currency";
  DROP TYPE "public"."enum_invoices_status";
  DROP TYPE "public"."enum_invoices_currency";
  DROP TYPE "public"."enum_contracts_status";
  DROP TYPE "public"."enum_contracts_currency";
  DROP TYPE "public"."enum_payments_kind";
  DROP TYPE "public"."enum_payments_method";
  DROP TYPE "public"."enum_price_books_currency";
  DROP TYPE "public"."enum_purchase_orders_status";
  DROP TYPE "public"."enum_purchase_orders_currency";
  DROP TYPE "public"."enum_service_requests_type";
  DROP TYPE "public"."enum_service_requests_priority";
  DROP TYPE "public"."enum_service_requests_severity";
  DROP TYPE "public"."enum_service_requests_status";
  DROP TYPE "public"."enum_campaigns_type";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_tasks_status";
  DROP TYPE "public"."enum_tasks_priority";
  DROP TYPE "public"."enum_announcements_audience";
  DROP TYPE "public"."enum_tenants_kind";
  DROP TYPE "public"."enum_tenants_base_currency";
  DROP TYPE "public"."enum_tenants_language";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum_roles_permissions_actions";
  DROP TYPE "public"."enum_roles_permissions_collection";
  DROP TYPE "public"."enum_roles_permissions_scope";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_login_log_reason";
  DROP TYPE "public"."enum_outbox_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
