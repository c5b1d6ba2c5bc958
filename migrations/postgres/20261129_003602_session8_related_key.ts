import { RELATED_KEY_TABLES, relatedKeyBackfill } from '../../src/fields/relatedKeyBackfill'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activities" ADD COLUMN "related_key" varchar;
  ALTER TABLE "tasks" ADD COLUMN "related_key" varchar;
  ALTER TABLE "notes" ADD COLUMN "related_key" varchar;
  ALTER TABLE "documents" ADD COLUMN "related_key" varchar;
  ALTER TABLE "email_messages" ADD COLUMN "related_key" varchar;
  CREATE INDEX "activities_related_key_idx" ON "activities" USING btree ("related_key");
  CREATE INDEX "relatedKey_startAt_idx" ON "activities" USING btree ("related_key","start_at");
  CREATE INDEX "tasks_related_key_idx" ON "tasks" USING btree ("related_key");
  CREATE INDEX "notes_related_key_idx" ON "notes" USING btree ("related_key");
  CREATE INDEX "documents_related_key_idx" ON "documents" USING btree ("related_key");
  CREATE INDEX "email_messages_related_key_idx" ON "email_messages" USING btree ("related_key");`)
  // Existing rows get their key from the relation they already have.
  for (const table of RELATED_KEY_TABLES) await db.execute(sql.raw(relatedKeyBackfill(table)))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "activities_related_key_idx";
  DROP INDEX "relatedKey_startAt_idx";
  DROP INDEX "tasks_related_key_idx";
  DROP INDEX "notes_related_key_idx";
  DROP INDEX "documents_related_key_idx";
  DROP INDEX "email_messages_related_key_idx";
  ALTER TABLE "activities" DROP COLUMN "related_key";
  ALTER TABLE "tasks" DROP COLUMN "related_key";
  ALTER TABLE "notes" DROP COLUMN "related_key";
  ALTER TABLE "documents" DROP COLUMN "related_key";
  ALTER TABLE "email_messages" DROP COLUMN "related_key";`)
}
