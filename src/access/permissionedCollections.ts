import { label } from '../i18n/label'

/**
 * Every tenant-scoped collection a role can grant. Roles pick from this list; a test checks that
 * every tenant-scoped collection in the config appears here, so none is left ungoverned.
 */
export const PERMISSIONED_COLLECTIONS = [
  { value: 'users', label: label('Users', '用户'), business: false },
  { value: 'departments', label: label('Departments', '部门'), business: false },
  { value: 'roles', label: label('Roles', '角色'), business: false },
  { value: 'login-log', label: label('Login log', '登录日志'), business: false },
  { value: 'outbox', label: label('Outbox', '发件箱'), business: false },
  { value: 'accounts', label: label('Accounts', '客户'), business: true },
  { value: 'contacts', label: label('Contacts', '联系人'), business: true },
] as const

/** The CRM's own records (as opposed to organisation and system collections). */
export const BUSINESS_COLLECTIONS = PERMISSIONED_COLLECTIONS.filter((c) => c.business).map((c) => c.value)

export type PermissionedSlug = (typeof PERMISSIONED_COLLECTIONS)[number]['value']
