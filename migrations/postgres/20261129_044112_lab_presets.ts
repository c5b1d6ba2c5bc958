import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_lab_presets_language" AS ENUM('zh', 'en');
  CREATE TABLE "lab_presets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"language" "enum_lab_presets_language" DEFAULT 'zh' NOT NULL,
  	"description" varchar,
  	"bundle" jsonb NOT NULL,
  	"built_in" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "tenants" ADD COLUMN "lab_preset_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lab_presets_id" integer;
  CREATE UNIQUE INDEX "lab_presets_key_idx" ON "lab_presets" USING btree ("key");
  CREATE INDEX "lab_presets_updated_at_idx" ON "lab_presets" USING btree ("updated_at");
  CREATE INDEX "lab_presets_created_at_idx" ON "lab_presets" USING btree ("created_at");
  ALTER TABLE "tenants" ADD CONSTRAINT "tenants_lab_preset_id_lab_presets_id_fk" FOREIGN KEY ("lab_preset_id") REFERENCES "public"."lab_presets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lab_presets_fk" FOREIGN KEY ("lab_presets_id") REFERENCES "public"."lab_presets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_lab_preset_idx" ON "tenants" USING btree ("lab_preset_id");
  CREATE INDEX "payload_locked_documents_rels_lab_presets_id_idx" ON "payload_locked_documents_rels" USING btree ("lab_presets_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "lab_presets" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "lab_presets" CASCADE;
  ALTER TABLE "tenants" DROP CONSTRAINT "tenants_lab_preset_id_lab_presets_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lab_presets_fk";
  
  DROP INDEX "tenants_lab_preset_idx";
  DROP INDEX "payload_locked_documents_rels_lab_presets_id_idx";
  ALTER TABLE "tenants" DROP COLUMN "lab_preset_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lab_presets_id";
  DROP TYPE "public"."enum_lab_presets_language";`)
}
