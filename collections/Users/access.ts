import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { getAccessContext, grantFor } from '../../src/access/accessContext'
import type { Action } from '../../src/access/types'

/** Users of the active tenant, when the user's roles grant `action` on users; null when they don't. */
async function membersWhere(req: PayloadRequest, action: Action): Promise<Where | true | null> {
  const context = await getAccessContext(req)
  if (!context) return null
  if (context.superAdmin) return context.tenantId == null ? true : { 'memberships.tenant': { equals: context.tenantId } }
  if (context.tenantId == null || !grantFor(context, 'users', action)) return null
  return { 'memberships.tenant': { equals: context.tenantId } }
}

/** Colleagues of the active tenant (to pick owners), and oneself. */
export const canReadUser: Access = async ({ req }) => {
  if (!req.user) return false
  if ((req.user as { isSuperAdmin?: boolean }).isSuperAdmin) return true
  const context = await getAccessContext(req)
  const self: Where = { id: { equals: req.user.id } }
  if (context?.tenantId == null) return self
  return { or: [self, { 'memberships.tenant': { equals: context.tenantId } }] }
}

export const canCreateUser: Access = async ({ req }) => Boolean(await membersWhere(req, 'create'))

/** Oneself (name, language, password), or members of the tenant for those who manage users. */
export const canUpdateUser: Access = async ({ req }) => {
  if (!req.user) return false
  const members = await membersWhere(req, 'update')
  if (members === true) return true
  const self: Where = { id: { equals: req.user.id } }
  return members ? { or: [self, members] } : self
}

export const canDeleteUser: Access = async ({ req }) => {
  const members = await membersWhere(req, 'delete')
  return members ?? false
}

export const canManageUsers = async ({ req }: { req: PayloadRequest }): Promise<boolean> =>
  Boolean(await membersWhere(req, 'update'))

export const isSuperAdminField: FieldAccess = ({ req }) => Boolean((req.user as { isSuperAdmin?: boolean } | null)?.isSuperAdmin)
