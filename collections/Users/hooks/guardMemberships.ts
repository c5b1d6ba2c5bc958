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
    // Rows of other tenants may be sent back as they are (the admin form does) or left out; never changed.
    const foreign = sent.filter((m) => !sameId(idOf(m.tenant), active))
    if (!foreign.every((m) => stored.some((s) => sameMembership(s, m)))) throw refuse(req)
    data.memberships = [...stored, ...sent.filter((m) => sameId(idOf(m.tenant), active))]
  }
  if (context && !context.superAdmin && operation === 'create' && !Array.isArray(data.memberships)) {
    data.memberships = [{ tenant: context.tenantId, roles: [] }]
  }
  if (Array.isArray(data.memberships)) await assertRolesMatchTenant(req, data.memberships as Membership[])
  return data
}

const idSet = (values: unknown[] | null | undefined) =>
  (values ?? [])
    .map((v) => String(idOf(v)))
    .sort()
    .join(',')

function sameMembership(a: Membership, b: Membership) {
  return (
    sameId(a.tenant, b.tenant) &&
    idSet(a.roles) === idSet(b.roles) &&
    String(idOf(a.department)) === String(idOf(b.department)) &&
    String(idOf(a.manager)) === String(idOf(b.manager))
  )
}

/** The tenant each of these rows belongs to, read past access control. */
async function tenantsOf(req: PayloadRequest, collection: 'roles' | 'departments', ids: Id[]) {
  if (ids.length === 0) return new Map<string, Id | null>()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { tenant: true },
  })
  return new Map(docs.map((r) => [String(r.id), idOf((r as { tenant?: unknown }).tenant)]))
}

/** Every role and department in a membership belongs to that membership's tenant. */
async function assertRolesMatchTenant(req: PayloadRequest, memberships: Membership[]) {
  const roleIds = memberships.flatMap((m) => (m.roles ?? []).map(idOf)).filter((id): id is Id => id != null)
  const departmentIds = memberships.map((m) => idOf(m.department)).filter((id): id is Id => id != null)
  const roleTenant = await tenantsOf(req, 'roles', roleIds)
  const departmentTenant = await tenantsOf(req, 'departments', departmentIds)
  const errors: { path: string; message: string }[] = []
  memberships.forEach((m, index) => {
    const tenant = String(idOf(m.tenant))
    if ((m.roles ?? []).map(idOf).some((id) => !sameId(roleTenant.get(String(id)), m.tenant))) {
      errors.push({ path: `memberships.${index}.roles`, message: message(lang(req), 'roleOtherTenant', { tenant }) })
    }
    const department = idOf(m.department)
    if (department != null && !sameId(departmentTenant.get(String(department)), m.tenant)) {
      errors.push({
        path: `memberships.${index}.department`,
        message: message(lang(req), 'relationOtherTenant', { field: 'department' }),
      })
    }
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
