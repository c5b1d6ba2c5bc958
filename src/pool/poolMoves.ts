import { APIError, Forbidden, NotFound, type PayloadRequest } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import type { AccessContext, Id } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { isSql } from '../concurrency/rawSql'
import { atomically } from '../conversions/atomically'
import { message, toLanguage } from '../i18n'
import type { MessageKey } from '../i18n/messages/en'
import { claimWithinQuota } from './claimWithinQuota'

export const POOL_COLLECTIONS = ['accounts', 'leads'] as const
export type PoolCollection = (typeof POOL_COLLECTIONS)[number]
export type PoolAction = 'claim' | 'assign' | 'return' | 'auto-return'

/**
 * A refusal in the user's language, with the message key as `data.code` for clients. The data is not
 * optional: without it Payload's production build answers "An unknown error occurred." instead.
 */
const refuse = (req: PayloadRequest, key: MessageKey, status: number, vars: Record<string, string | number> = {}) =>
  new APIError(message(toLanguage(req.i18n?.language), key, vars), status, { code: key, ...vars }, true)

async function contextOrThrow(
  req: PayloadRequest,
  collection: PoolCollection,
  action: 'read' | 'update',
): Promise<AccessContext> {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null || !grantFor(context, collection, action)) throw new Forbidden(req.t)
  return context
}

/** A record the user cannot read (another tenant's, a colleague's) is 404 to them, as everywhere else. */
const assertVisible = (req: PayloadRequest, collection: PoolCollection, id: Id) =>
  req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, req })

/**
 * After a lost race the record exists in the tenant with an owner (409); still without one, only the
 * quota can have stopped the claim ('inPool'); otherwise it is not there for this user (404).
 */
async function whyNotClaimed(
  req: PayloadRequest,
  collection: PoolCollection,
  id: Id,
  context: AccessContext,
): Promise<Error | 'inPool'> {
  const record = await req.payload.db.findOne<{ id: Id; owner?: unknown }>({
    collection,
    where: { and: [{ id: { equals: id } }, { tenant: { equals: context.tenantId } }] },
    req,
  })
  if (!record) return new NotFound(req.t)
  return record.owner == null ? 'inPool' : refuse(req, 'poolAlreadyClaimed', 409)
}

/** Every pool move is logged in the audit trail, with its reason. */
export async function logPoolMove(
  req: PayloadRequest,
  collection: string,
  id: Id,
  tenant: Id,
  action: PoolAction,
  change: { before: unknown; after: unknown },
  reason?: string,
) {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      tenant,
      user: req.user?.collection === 'users' ? req.user.id : null,
      action,
      entity: collection,
      recordId: String(id),
      reason: reason ?? null,
      changes: [{ field: 'owner', ...change }],
    },
    overrideAccess: true,
    req,
  })
}

/**
 * Take a record from the pool. Of two users claiming it at once exactly one wins; the quota is per
 * role and exact even when one user fires many claims at once (see `claimWithinQuota`). The claim
 * and its log entry are one transaction where the database has them.
 */
export async function claim(req: PayloadRequest, collection: PoolCollection, id: Id) {
  const context = await contextOrThrow(req, collection, 'read')
  const tenant = context.tenantId as Id
  const quota = context.poolQuota
  const at = new Date().toISOString()
  const held = () =>
    req.payload.count({
      collection,
      where: { and: [{ tenant: { equals: tenant } }, { owner: { equals: context.userId } }] },
      overrideAccess: true,
      req,
    })
  // Already at the quota: say so without touching the record.
  if (quota != null && (await held()).totalDocs >= quota) throw refuse(req, 'poolQuotaReached', 409, { quota })
  return atomically(req, async (onUndo) => {
    let claimed: Record<string, unknown> | null
    if (quota != null && isSql(req)) {
      const won = await claimWithinQuota(req, {
        collection,
        id,
        tenant,
        user: context.userId,
        department: context.departmentId,
        quota,
        at,
      })
      claimed = won ? await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req }) : null
    } else {
      // No quota (nothing to count), or MongoDB: the compare-and-set alone (see docs/crm-model.md).
      claimed = await compareAndSet(
        req,
        collection,
        id,
        { and: [{ tenant: { equals: tenant } }, { owner: { exists: false } }] },
        { owner: context.userId, department: context.departmentId, claimedAt: at, updatedAt: at },
      )
    }
    if (!claimed) {
      const refusal = await whyNotClaimed(req, collection, id, context)
      // Still in the pool, so it was the quota (a simultaneous claim of this user's took the last place).
      if (refusal === 'inPool' && quota != null) throw refuse(req, 'poolQuotaReached', 409, { quota })
      throw refusal === 'inPool' ? refuse(req, 'poolAlreadyClaimed', 409) : refusal
    }
    onUndo(() => compareAndSet(req, collection, id, { owner: { equals: context.userId } }, { owner: null, claimedAt: null }))
    await logPoolMove(req, collection, id, tenant, 'claim', { before: null, after: context.userId })
    return claimed
  })
}

/** A manager (a role reaching beyond its own records) or an admin gives a pool record to a member. */
export async function assign(req: PayloadRequest, collection: PoolCollection, id: Id, ownerId: Id) {
  const context = await contextOrThrow(req, collection, 'update')
  const grant = grantFor(context, collection, 'update')
  if (!context.tenantAdmin && !context.superAdmin && grant?.scope === 'own') throw new Forbidden(req.t)
  await assertVisible(req, collection, id)
  const owner = await req.payload.findByID({
    collection: 'users',
    id: ownerId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const membership = (owner?.memberships as { tenant: unknown; department?: unknown }[] | undefined)?.find(
    (m) => String((m.tenant as { id?: unknown })?.id ?? m.tenant) === String(context.tenantId),
  )
  if (!membership) throw refuse(req, 'relationOtherTenant', 400, { field: 'owner' })
  const department = (membership.department as { id?: Id } | undefined)?.id ?? (membership.department as Id | undefined) ?? null
  const assigned = await compareAndSet(
    req,
    collection,
    id,
    { and: [{ tenant: { equals: context.tenantId } }, { owner: { exists: false } }] },
    { owner: ownerId, department, claimedAt: new Date().toISOString(), updatedAt: new Date().toISOString() },
  )
  if (!assigned) {
    const refusal = await whyNotClaimed(req, collection, id, context)
    throw refusal === 'inPool' ? refuse(req, 'poolAlreadyClaimed', 409) : refusal
  }
  await logPoolMove(req, collection, id, context.tenantId as Id, 'assign', { before: null, after: ownerId })
  return assigned
}

/** The owner (or someone whose role reaches the record) returns it to the pool, saying why. */
export async function returnToPool(req: PayloadRequest, collection: PoolCollection, id: Id, reason: unknown) {
  const context = await contextOrThrow(req, collection, 'update')
  // Reading with the user's own access tells whether the record is theirs to return (404 before 400).
  const current = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, req })
  if (typeof reason !== 'string' || reason.trim() === '') throw refuse(req, 'poolReasonRequired', 400)
  if (current.owner == null) throw refuse(req, 'poolNotOwned', 409)
  const previousOwner = (current.owner as { id?: Id })?.id ?? (current.owner as Id)
  const returned = await compareAndSet(
    req,
    collection,
    id,
    { owner: { equals: previousOwner } },
    {
      owner: null,
      department: null,
      returnedAt: new Date().toISOString(),
      returnReason: reason.trim().slice(0, 500),
      updatedAt: new Date().toISOString(),
    },
  )
  if (!returned) throw refuse(req, 'poolNotOwned', 409)
  await logPoolMove(req, collection, id, context.tenantId as Id, 'return', { before: previousOwner, after: null }, reason.trim())
  return returned
}
