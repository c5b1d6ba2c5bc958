import type { Payload, PayloadRequest } from 'payload'
import { BUSINESS_COLLECTIONS } from './permissionedCollections'
import type { Action, Id, Scope } from './types'

type Permission = { collection: string; actions: Action[]; scope: Scope }
export type BuiltInRole = { key: string; name: { en: string; zh: string }; isTenantAdmin: boolean; permissions: Permission[] }

const CRUD: Action[] = ['create', 'read', 'update', 'delete']
const business = (actions: Action[], scope: Scope): Permission[] =>
  BUSINESS_COLLECTIONS.map((collection) => ({ collection, actions, scope }))
// Everyone who works with customers writes email from their own mailbox, and sends SMS.
const mail = (scope: Scope): Permission[] =>
  ['mailboxes', 'email-messages', 'sms-batches', 'sms-messages'].map((collection) => ({ collection, actions: CRUD, scope }))

/** The roles every new tenant starts with; admins edit them or add their own. */
export const BUILT_IN_ROLES: BuiltInRole[] = [
  { key: 'tenant-admin', name: { en: 'Tenant admin', zh: '租户管理员' }, isTenantAdmin: true, permissions: [] },
  // A teacher administers their class; its groups are reached read-only through the class membership.
  { key: 'teacher', name: { en: 'Teacher', zh: '教师' }, isTenantAdmin: true, permissions: [] },
  {
    key: 'manager',
    name: { en: 'Manager', zh: '经理' },
    isTenantAdmin: false,
    permissions: [
      ...business(CRUD, 'departmentTree'),
      ...mail('own'),
      { collection: 'users', actions: ['read'], scope: 'all' },
      { collection: 'departments', actions: ['read'], scope: 'all' },
    ],
  },
  {
    key: 'sales',
    name: { en: 'Sales rep', zh: '销售代表' },
    isTenantAdmin: false,
    permissions: [...business(CRUD, 'own'), ...mail('own'), { collection: 'departments', actions: ['read'], scope: 'all' }],
  },
  {
    key: 'service-agent',
    name: { en: 'Service agent', zh: '客服专员' },
    isTenantAdmin: false,
    permissions: [
      ...business(['read', 'update'], 'department'),
      ...mail('own'),
      { collection: 'departments', actions: ['read'], scope: 'all' },
    ],
  },
  {
    key: 'student',
    name: { en: 'Student', zh: '学生' },
    isTenantAdmin: false,
    // Students of one group work on the group's data together.
    permissions: [...business(CRUD, 'all'), ...mail('all'), { collection: 'departments', actions: ['read'], scope: 'all' }],
  },
]

/** Create the built-in roles of a tenant (skipping those that exist), in the caller's transaction. */
export async function ensureBuiltInRoles(payload: Payload, tenantId: Id, language: 'en' | 'zh', req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'roles',
    where: { tenant: { equals: tenantId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { key: true },
  })
  const existing = new Set(docs.map((d) => (d as { key?: string }).key))
  const created: Record<string, Id> = Object.fromEntries(docs.map((d) => [(d as { key: string }).key, d.id]))
  for (const role of BUILT_IN_ROLES) {
    if (existing.has(role.key)) continue
    const doc = await payload.create({
      collection: 'roles',
      data: {
        tenant: tenantId,
        key: role.key,
        name: role.name[language],
        isTenantAdmin: role.isTenantAdmin,
        permissions: role.permissions,
      },
      overrideAccess: true,
      req,
    })
    created[role.key] = doc.id
  }
  return created
}
