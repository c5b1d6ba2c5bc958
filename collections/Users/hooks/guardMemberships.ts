import {
  type CollectionBeforeDeleteHook,
  type CollectionBeforeValidateHook,
  Forbidden,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { getAccessContext } from '../../../src/access/accessContext'
import { type Id, idOf, sameId } from '../../../src/access/types'
import { message, toLanguage } from '../../../src/i18n'

type Membership = { id?: string; tenant?: unknown; roles?: unknown[] | null; department?: unknown; manager?: unknown }

const lang = (req: PayloadRequest) => toLanguage(req.i18n?.language)

function refuse(req: PayloadRequest) {
  const error = new Forbidden(req.t)
  error.message = message(lang(req), 'membershipOtherTenant')
  return error
}

/**
 * A tenant admin manages memberships of the tenant they work in and nothing else: rows of other
 * tenants are kept exactly as stored, new rows must be for the active tenant, roles must match it.
 */
export const guardMemberships: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const context = await getAccessContext(req)
  if (context && !context.superAdmin && Array.isArray(data.memberships)) {
    const active = context.tenantId
    const stored = ((originalDoc?.memberships ?? []) as Membership[]).filter((m) => !sameId(idOf(m.tenant), active))
    const sent = data.memberships as Membership[]
    if (sent.some((m) => !sameId(idOf(m.tenant), active))) {
      const untouched = sent.filter((m) => !sameId(idOf(m.tenant), active))
      const unchanged = untouched.every((m) => stored.some((s) => sameId(idOf(s.tenant), idOf(m.tenant))))
      if (!unchanged) throw refuse(req)
    }
    data.memberships = [...stored, ...sent.filter((m) => sameId(idOf(m.tenant), active))]
  }
  if (context && !context.superAdmin && operation === 'create' && !Array.isArray(data.memberships)) {
    data.memberships = [{ tenant: context.tenantId, roles: [] }]
  }
  if (Array.isArray(data.memberships)) await assertRolesMatchTenant(req, data.memberships as Membership[])
  return data
}

async function assertRolesMatchTenant(req: PayloadRequest, memberships: Membership[]) {
  const roleIds = memberships.flatMap((m) => (m.roles ?? []).map(idOf)).filter((id): id is Id => id != null)
  if (roleIds.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { id: { in: roleIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { tenant: true },
  })
  const tenantOfRole = new Map(docs.map((r) => [String(r.id), idOf((r as { tenant?: unknown }).tenant)]))
  const errors: { path: string; message: string }[] = []
  memberships.forEach((m, index) => {
    const wrong = (m.roles ?? []).map(idOf).some((id) => !sameId(tenantOfRole.get(String(id)), idOf(m.tenant)))
    if (wrong)
      errors.push({
        path: `memberships.${index}.roles`,
        message: message(lang(req), 'roleOtherTenant', { tenant: String(idOf(m.tenant)) }),
      })
  })
  if (errors.length > 0) throw new ValidationError({ collection: 'users', errors }, req.t)
}

/** A tenant admin may not delete someone who also belongs to other tenants; they remove the membership instead. */
export const guardUserDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const context = await getAccessContext(req)
  if (!context || context.superAdmin) return
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
  const others = ((user.memberships ?? []) as Membership[]).filter((m) => !sameId(idOf(m.tenant), context.tenantId))
  if (others.length > 0) throw refuse(req)
}
