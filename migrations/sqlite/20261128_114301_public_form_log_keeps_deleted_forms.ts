import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_public_form_submissions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`form_id\` integer,
  	\`form_slug\` text,
  	\`outcome\` text NOT NULL,
  	\`entity\` text,
  	\`record_id\` text,
  	\`ip_hash\` text NOT NULL,
  	\`user_agent\` text,
  	\`language\` text,
  	\`detail\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`public_forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_public_form_submissions\`("id", "form_id", "form_slug", "outcome", "entity", "record_id", "ip_hash", "user_agent", "language", "detail", "tenant_id", "updated_at", "created_at") SELECT "id", "form_id", "form_slug", "outcome", "entity", "record_id", "ip_hash", "user_agent", "language", "detail", "tenant_id", "updated_at", "created_at" FROM \`public_form_submissions\`;`)
  await db.run(sql`DROP TABLE \`public_form_submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_public_form_submissions\` RENAME TO \`public_form_submissions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_form_idx\` ON \`public_form_submissions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_outcome_idx\` ON \`public_form_submissions\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_tenant_idx\` ON \`public_form_submissions\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_updated_at_idx\` ON \`public_form_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_created_at_idx\` ON \`public_form_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`form_ipHash_createdAt_idx\` ON \`public_form_submissions\` (\`form_id\`,\`ip_hash\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_public_form_submissions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`form_slug\` text,
  	\`outcome\` text NOT NULL,
  	\`entity\` text,
  	\`record_id\` text,
  	\`ip_hash\` text NOT NULL,
  	\`user_agent\` text,
  	\`language\` text,
  	\`detail\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`public_forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_public_form_submissions\`("id", "form_id", "form_slug", "outcome", "entity", "record_id", "ip_hash", "user_agent", "language", "detail", "tenant_id", "updated_at", "created_at") SELECT "id", "form_id", "form_slug", "outcome", "entity", "record_id", "ip_hash", "user_agent", "language", "detail", "tenant_id", "updated_at", "created_at" FROM \`public_form_submissions\`;`)
  await db.run(sql`DROP TABLE \`public_form_submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_public_form_submissions\` RENAME TO \`public_form_submissions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_form_idx\` ON \`public_form_submissions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_outcome_idx\` ON \`public_form_submissions\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_tenant_idx\` ON \`public_form_submissions\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_updated_at_idx\` ON \`public_form_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_form_submissions_created_at_idx\` ON \`public_form_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`form_ipHash_createdAt_idx\` ON \`public_form_submissions\` (\`form_id\`,\`ip_hash\`,\`created_at\`);`)
}
