import { APIError, Forbidden, NotFound, type PayloadRequest } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import type { AccessContext, Id } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { message, toLanguage } from '../i18n'
import type { MessageKey } from '../i18n/messages/en'

export const POOL_COLLECTIONS = ['accounts', 'leads'] as const
export type PoolCollection = (typeof POOL_COLLECTIONS)[number]
export type PoolAction = 'claim' | 'assign' | 'return' | 'auto-return'

const refuse = (req: PayloadRequest, key: MessageKey, status: number, vars: Record<string, string | number> = {}) =>
  new APIError(message(toLanguage(req.i18n?.language), key, vars), status, undefined, true)

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

/** After a lost race the record exists in the tenant with an owner (409); otherwise it is not there for this user (404). */
async function whyNotClaimed(req: PayloadRequest, collection: PoolCollection, id: Id, context: AccessContext) {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, { tenant: { equals: context.tenantId } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0 ? refuse(req, 'poolAlreadyClaimed', 409) : new NotFound(req.t)
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

/** Take a record from the pool. Of two users claiming it at once exactly one wins; the quota is per role. */
export async function claim(req: PayloadRequest, collection: PoolCollection, id: Id) {
  const context = await contextOrThrow(req, collection, 'read')
  if (context.poolQuota != null) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { and: [{ tenant: { equals: context.tenantId } }, { owner: { equals: context.userId } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs >= context.poolQuota) throw refuse(req, 'poolQuotaReached', 409, { quota: context.poolQuota })
  }
  const claimed = await compareAndSet(
    req,
    collection,
    id,
    { and: [{ tenant: { equals: context.tenantId } }, { owner: { exists: false } }] },
    {
      owner: context.userId,
      department: context.departmentId,
      claimedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    },
  )
  if (!claimed) throw await whyNotClaimed(req, collection, id, context)
  await logPoolMove(req, collection, id, context.tenantId as Id, 'claim', { before: null, after: context.userId })
  return claimed
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
  if (!assigned) throw await whyNotClaimed(req, collection, id, context)
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
