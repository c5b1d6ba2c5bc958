import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`attachments\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`schedule_run_as_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`reports_schedule_schedule_run_as_idx\` ON \`reports\` (\`schedule_run_as_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`entity\` text,
  	\`definition\` text NOT NULL,
  	\`scope\` text DEFAULT 'user' NOT NULL,
  	\`role_key\` text,
  	\`user_id\` integer,
  	\`schedule_frequency\` text DEFAULT 'none',
  	\`schedule_recipients\` text,
  	\`schedule_format\` text DEFAULT 'xlsx',
  	\`schedule_next_run_at\` text,
  	\`schedule_last_run_at\` text,
  	\`tenant_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "name", "entity", "definition", "scope", "role_key", "user_id", "schedule_frequency", "schedule_recipients", "schedule_format", "schedule_next_run_at", "schedule_last_run_at", "tenant_id", "updated_at", "created_at") SELECT "id", "name", "entity", "definition", "scope", "role_key", "user_id", "schedule_frequency", "schedule_recipients", "schedule_format", "schedule_next_run_at", "schedule_last_run_at", "tenant_id", "updated_at", "created_at" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_user_idx\` ON \`reports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_schedule_schedule_next_run_at_idx\` ON \`reports\` (\`schedule_next_run_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_tenant_idx\` ON \`reports\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_scope_idx\` ON \`reports\` (\`tenant_id\`,\`scope\`);`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`attachments\`;`)
}
