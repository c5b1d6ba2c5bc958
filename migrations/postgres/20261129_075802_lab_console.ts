import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "lab_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"records" numeric,
  	"bundle" jsonb NOT NULL,
  	"created_by_id" integer,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "tenants" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lab_snapshots_id" integer;
  ALTER TABLE "lab_snapshots" ADD CONSTRAINT "lab_snapshots_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lab_snapshots" ADD CONSTRAINT "lab_snapshots_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "lab_snapshots_created_by_idx" ON "lab_snapshots" USING btree ("created_by_id");
  CREATE INDEX "lab_snapshots_tenant_idx" ON "lab_snapshots" USING btree ("tenant_id");
  CREATE INDEX "lab_snapshots_updated_at_idx" ON "lab_snapshots" USING btree ("updated_at");
  CREATE INDEX "lab_snapshots_created_at_idx" ON "lab_snapshots" USING btree ("created_at");
  CREATE INDEX "tenant_createdAt_1_idx" ON "lab_snapshots" USING btree ("tenant_id","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lab_snapshots_fk" FOREIGN KEY ("lab_snapshots_id") REFERENCES "public"."lab_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_lab_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("lab_snapshots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "lab_snapshots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "lab_snapshots" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lab_snapshots_fk";
  
  DROP INDEX "payload_locked_documents_rels_lab_snapshots_id_idx";
  ALTER TABLE "tenants" DROP COLUMN "closed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lab_snapshots_id";`)
}
