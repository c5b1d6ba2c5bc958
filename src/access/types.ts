export const ACTIONS = ['create', 'read', 'update', 'delete'] as const
export type Action = (typeof ACTIONS)[number]

/** How far a role reaches inside its tenant, narrowest first. */
export const SCOPES = ['own', 'department', 'departmentTree', 'all'] as const
export type Scope = (typeof SCOPES)[number]

export type Id = number | string

export type Grant = { actions: Action[]; scope: Scope }

/** What the signed-in user may do in the tenant this request acts in. */
export type AccessContext = {
  userId: Id
  superAdmin: boolean
  /** The active tenant; null only for a super admin looking across all tenants. */
  tenantId: Id | null
  /** A teacher looking into a group of their class: reads only. */
  readOnly: boolean
  tenantAdmin: boolean
  grants: Record<string, Grant>
  departmentId: Id | null
  /** Every tenant the user reaches (memberships, and groups of their classes). */
  reachableTenantIds: Id[]
  /** How many pool records the user may hold per collection; null is no limit. */
  poolQuota: number | null
  /** Every role of the user masks customers' numbers and email addresses (a role without the flag shows them). */
  maskPersonalData: boolean
  /** May export and erase a person's data (tenant admins, and roles with `managePersonalData`). */
  managePersonalData: boolean
  /** A role lets the user type document numbers by hand (tenant admins always may). */
  overrideNumbers: boolean
  /** Keys of the user's roles in the active tenant (field permissions are keyed by them). */
  roleKeys: string[]
}

export const wider = (a: Scope, b: Scope): Scope => (SCOPES.indexOf(a) >= SCOPES.indexOf(b) ? a : b)

/** A relationship value as its id, whether populated or not. */
export const idOf = (value: unknown): Id | null => {
  if (value == null || value === '') return null
  if (typeof value === 'object') return (value as { id?: Id }).id ?? null
  return value as Id
}

/** Two relationship values (ids or populated documents) name the same record; ids may be numbers or strings. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left != null && right != null && String(left) === String(right)
}
