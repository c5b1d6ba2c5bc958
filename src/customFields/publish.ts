import { APIError, type PayloadRequest, ValidationError } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import { type Id, idOf } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { isPostgres, runSql, sql } from '../concurrency/rawSql'
import { atomically } from '../conversions/atomically'
import { message, toLanguage } from '../i18n'
import type { MessageKey } from '../i18n/messages/en'
import type { CustomSchema } from './customSchema'
import { checkBeforePublish } from './evolution/checkBeforePublish'
import type { MigrationChange } from './evolution/convertRecord'
import { migrationChanges } from './evolution/dryRun'
import { startMigration } from './evolution/startMigration'
import { forgetPublishedSchema } from './publishedSchema'
import { assignSlotsOnPublish, backfillAfterPublish } from './slots/publishSlots'
import { type VersionContent, versionProblems } from './versionProblems'

export type Version = {
  id: Id
  tenant: unknown
  entity: string
  version: number
  basedOn?: number | null
  status: string
  schema: CustomSchema
  slots?: unknown
}

const refuse = (req: PayloadRequest, key: MessageKey, status: number, vars: Record<string, string | number> = {}) =>
  new APIError(message(toLanguage(req.i18n?.language), key, vars), status, undefined, true)

async function currentlyPublished(req: PayloadRequest, tenant: Id, entity: string): Promise<Version[]> {
  const { docs } = await req.payload.find({
    collection: 'entity-schemas',
    where: { and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { status: { equals: 'published' } }] },
    sort: 'version',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Version[]
}

/** The conversion runs in the background (the jobs queue); its progress is the migration record. */
async function queueMigration(req: PayloadRequest, id: Id) {
  await req.payload.jobs.queue({ task: 'applySchemaMigration', input: { migration: String(id) }, req })
}

/**
 * Make a draft the version that applies, if it passes the checks a save makes. A draft records the version it was drafted from; publishing
 * is refused when another version was published since (two admins editing the same entity: the first
 * to publish wins, the second is told and drafts again from the new version). The previous version is
 * superseded with a compare-and-set, so of two racing publishes exactly one supersedes it.
 */
export async function publish(
  req: PayloadRequest,
  id: Id,
  { confirmed = false, moves = [] }: { confirmed?: boolean; moves?: MigrationChange[] } = {},
): Promise<Version & { migration?: { id: Id; total: number } }> {
  const context = await getAccessContext(req)
  if (!context || !grantFor(context, 'entity-schemas', 'update')) throw refuse(req, 'notAllowed', 403)
  const draft = (await req.payload.findByID({
    collection: 'entity-schemas',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })) as unknown as Version | null
  if (!draft) throw refuse(req, 'notFound', 404)
  return publishDraft(req, draft, { confirmed, moves })
}

/**
 * Publishing itself, for a caller that has already decided the draft may be published: a user through
 * `publish` (their grant checked), or a bundle import written as the system (src/labs/bundle/applySchema).
 */
export async function publishDraft(
  req: PayloadRequest,
  draft: Version,
  { confirmed = false, moves = [] }: { confirmed?: boolean; moves?: MigrationChange[] } = {},
): Promise<Version & { migration?: { id: Id; total: number } }> {
  if (draft.status !== 'draft') throw refuse(req, 'schemaAlreadyPublished', 409, { version: draft.version })
  // Saving checked it, but a draft saved before a check existed (a circular rule, say) must not slip through.
  const problems = await versionProblems(req, draft as Version & VersionContent, toLanguage(req.i18n?.language))
  if (problems.length > 0) throw new ValidationError({ errors: problems }, req.t)
  const tenant = idOf(draft.tenant) as Id
  const [before] = (await currentlyPublished(req, tenant, draft.entity)).reverse()
  const changes = await checkBeforePublish(req, tenant, draft, before?.schema ?? null, confirmed)
  const published = await atomically(req, async (onUndo) => {
    // PostgreSQL: publishes of one entity in one tenant take turns, in any server process.
    if (isPostgres(req)) await runSql(req, sql`SELECT pg_advisory_xact_lock(hashtext(${`publish:${tenant}:${draft.entity}`}))`)
    const [current] = (await currentlyPublished(req, tenant, draft.entity)).reverse()
    const base = draft.basedOn ?? 0
    if (current && current.version !== base)
      throw refuse(req, 'schemaPublishedMeanwhile', 409, { version: current.version, base })
    if (current) {
      const superseded = await compareAndSet(
        req,
        'entity-schemas',
        current.id,
        { status: { equals: 'published' } },
        { status: 'superseded' },
      )
      if (!superseded) throw refuse(req, 'schemaPublishedMeanwhile', 409, { version: current.version, base })
      onUndo(() =>
        compareAndSet(req, 'entity-schemas', current.id, { status: { equals: 'superseded' } }, { status: 'published' }),
      )
    }
    const now = new Date().toISOString()
    const slotting = assignSlotsOnPublish(draft, current)
    const done = await compareAndSet(
      req,
      'entity-schemas',
      draft.id,
      { status: { equals: 'draft' } },
      { status: 'published', publishedAt: now, publishedBy: req.user?.id ?? null, updatedAt: now, ...slotting.stored },
    )
    if (!done) throw refuse(req, 'schemaAlreadyPublished', 409, { version: draft.version })
    onUndo(() => compareAndSet(req, 'entity-schemas', draft.id, { status: { equals: 'published' } }, { status: 'draft' }))
    // Two first versions published at once (nothing to supersede): the lower version stands.
    const publishedNow = await currentlyPublished(req, tenant, draft.entity)
    if (publishedNow.length > 1 && publishedNow[0].id !== draft.id)
      throw refuse(req, 'schemaPublishedMeanwhile', 409, { version: publishedNow[0].version, base })
    // Values moved to a renamed key first, then converted under the new definitions.
    const migration =
      changes.length + moves.length > 0
        ? await startMigration(req, {
            tenant,
            entity: draft.entity,
            fromVersion: current?.version ?? 0,
            toVersion: draft.version,
            changes: [...moves, ...migrationChanges(current?.schema ?? null, draft.schema)],
          })
        : undefined
    return {
      ...draft,
      status: 'published',
      ...slotting.stored,
      newlyMapped: slotting.newlyMapped,
      ...(migration ? { migration } : {}),
    }
  })
  forgetPublishedSchema(tenant, draft.entity)
  const answer = await backfillAfterPublish(req, tenant, published)
  if (published.migration) await queueMigration(req, published.migration.id)
  return answer
}
