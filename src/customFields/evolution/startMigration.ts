import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { MigrationChange } from './convertRecord'

/**
 * After a publish whose changes touch stored values: the migration record the runner works from
 * (created in the publish's own transaction), and a job that runs it in the background.
 */
export async function startMigration(
  req: PayloadRequest,
  {
    tenant,
    entity,
    fromVersion,
    toVersion,
    changes,
  }: { tenant: Id; entity: string; fromVersion: number; toVersion: number; changes: MigrationChange[] },
) {
  const total = (
    await req.payload.count({
      collection: entity as 'accounts',
      where: { tenant: { equals: tenant } },
      trash: true,
      overrideAccess: true,
      req,
    })
  ).totalDocs
  const migration = await req.payload.create({
    collection: 'schema-migrations',
    data: {
      tenant,
      entity,
      fromVersion,
      toVersion,
      changes,
      total,
      status: 'running',
      startedAt: new Date().toISOString(),
      startedBy: req.user?.id ?? null,
    },
    overrideAccess: true,
    req,
  })
  return { id: migration.id, total }
}
