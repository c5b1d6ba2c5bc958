import type { Payload, PayloadRequest, Where } from 'payload'
import type { Id } from '../../access/types'
import { exportBundle } from './exportBundle'
import type { Bundle, BundleProblem } from './format'
import { canonical, referencesIn } from './references'
import { SECTIONS } from './sections'

export type PlannedItem = { section: string; key: string }
export type BundlePlan = {
  create: PlannedItem[]
  change: PlannedItem[]
  unchanged: PlannedItem[]
  /** Records the bundle would overwrite without `overwrite`: each at its place in the bundle. */
  conflicts: BundleProblem[]
  /** References to what neither the bundle nor the tenant has. */
  problems: BundleProblem[]
}

/**
 * The dry run: what importing a (valid) bundle into a tenant would create, change or leave alone,
 * comparing each item with the tenant's record of the same key as the tenant's own export writes it.
 * A differing record is a change when `overwrite` is given, a conflict otherwise. Nothing is written.
 */
export async function planBundle(
  payload: Payload,
  tenant: Id,
  bundle: Bundle,
  options: { overwrite?: boolean } = {},
  req?: PayloadRequest,
): Promise<BundlePlan> {
  const plan: BundlePlan = { create: [], change: [], unchanged: [], conflicts: [], problems: [] }
  const { bundle: current } = await exportBundle(payload, tenant, 'current', req)
  const bundled = new Set(SECTIONS.flatMap((s) => (bundle.config[s.name] ?? []).map((item) => `${s.name}/${item.key}`)))
  const existing = new Set(SECTIONS.flatMap((s) => (current.config[s.name] ?? []).map((item) => `${s.name}/${item.key}`)))
  const users = new Set<string>()
  const departments = new Set<string>()
  for (const section of SECTIONS) {
    const theirs = new Map((current.config[section.name] ?? []).map((item) => [item.key, item.values]))
    for (const [i, item] of (bundle.config[section.name] ?? []).entries()) {
      const at = `/config/${section.name}/${i}`
      for (const { path, ref } of referencesIn(item.values, `${at}/values`)) {
        if ('$ref' in ref && !bundled.has(ref.$ref) && !existing.has(ref.$ref))
          plan.problems.push({ path, message: `refers to "${ref.$ref}", which neither the bundle nor the tenant has` })
        if ('$user' in ref) users.add(ref.$user)
        if ('$department' in ref) departments.add(ref.$department)
      }
      const stored = theirs.get(item.key)
      const entry = { section: section.name, key: item.key }
      if (!stored) plan.create.push(entry)
      else if (canonical(stored) === canonical(item.values)) plan.unchanged.push(entry)
      else if (options.overwrite) plan.change.push(entry)
      else
        plan.conflicts.push({
          path: at,
          message: `the tenant already has ${section.name} "${item.key}" with other values: import with overwrite to replace it`,
        })
    }
  }
  await checkPeople(payload, tenant, bundle, users, departments, plan, req)
  return plan
}

/** Users (by email) and departments (by name, in the tenant) the bundle names must exist. */
async function checkPeople(
  payload: Payload,
  tenant: Id,
  bundle: Bundle,
  users: Set<string>,
  departments: Set<string>,
  plan: BundlePlan,
  req?: PayloadRequest,
) {
  const found = async (collection: 'users' | 'departments', field: string, values: Set<string>, extra: Where) => {
    if (values.size === 0) return new Set<string>()
    const docs = await payload.find({
      collection,
      where: { and: [{ [field]: { in: [...values] } }, extra] },
      limit: values.size,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return new Set((docs.docs as unknown as Record<string, unknown>[]).map((d) => String(d[field])))
  }
  const knownUsers = await found('users', 'email', users, {})
  const knownDepartments = await found('departments', 'name', departments, { tenant: { equals: tenant } })
  for (const section of SECTIONS)
    for (const [i, item] of (bundle.config[section.name] ?? []).entries())
      for (const { path, ref } of referencesIn(item.values, `/config/${section.name}/${i}/values`)) {
        if ('$user' in ref && !knownUsers.has(ref.$user))
          plan.problems.push({ path, message: `refers to the user ${ref.$user}, who does not exist here` })
        if ('$department' in ref && !knownDepartments.has(ref.$department))
          plan.problems.push({ path, message: `refers to the department "${ref.$department}", which this tenant does not have` })
      }
}
