import type { Payload, PayloadRequest, Where } from 'payload'
import type { Id } from '../../access/types'
import { exportBundle } from './exportBundle'
import type { Bundle, BundleProblem } from './format'
import { canonical, type Reference, referencesIn } from './references'
import { schemaProblems } from './schemaProblems'
import { ALL_SECTIONS, itemsOf, pointerOf, refName, type Section } from './sections'

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

/** The sections a bundle has items in, in writing order. */
export const sectionsIn = (bundle: Bundle): Section[] => ALL_SECTIONS.filter((s) => itemsOf(bundle, s).length > 0)

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
  plan.problems.push(...schemaProblems(payload, bundle.config.entitySchemas ?? []))
  const { bundle: current } = await exportBundle(payload, tenant, 'current', { data: bundle.records != null }, req)
  const names = (b: Bundle) => new Set(ALL_SECTIONS.flatMap((s) => itemsOf(b, s).map((item) => refName(s, item.key))))
  const bundled = names(bundle)
  const existing = names(current)
  // Every user and department reference, with its place: checked against the tenant in one read each.
  const people: { path: string; ref: Reference }[] = []
  for (const section of sectionsIn(bundle)) {
    const theirs = new Map(itemsOf(current, section).map((item) => [item.key, item.values]))
    for (const [i, item] of itemsOf(bundle, section).entries()) {
      const at = `${pointerOf(section)}/${i}`
      for (const { path, ref } of referencesIn(item.values, `${at}/values`)) {
        if ('$ref' in ref && !bundled.has(ref.$ref) && !existing.has(ref.$ref))
          plan.problems.push({ path, message: `refers to "${ref.$ref}", which neither the bundle nor the tenant has` })
        if (!('$ref' in ref)) people.push({ path, ref })
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
  for (const [i, exercise] of (bundle.exercises ?? []).entries())
    for (const { path, ref } of referencesIn(exercise.check.where, `/exercises/${i}/check/where`))
      if (!('$ref' in ref) || (!bundled.has(ref.$ref) && !existing.has(ref.$ref)))
        plan.problems.push({ path, message: `an exercise can refer only to a record of the bundle or the tenant` })
  await checkPeople(payload, tenant, people, plan, req)
  return plan
}

/** Users (by email, members of the tenant) and departments (by name, in the tenant) the bundle names must exist. */
async function checkPeople(
  payload: Payload,
  tenant: Id,
  people: { path: string; ref: Reference }[],
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
  const users = new Set(people.flatMap(({ ref }) => ('$user' in ref ? [ref.$user] : [])))
  const departments = new Set(people.flatMap(({ ref }) => ('$department' in ref ? [ref.$department] : [])))
  // A record's owner or assignee must belong to the company, as for any write.
  const knownUsers = await found('users', 'email', users, { 'memberships.tenant': { equals: tenant } })
  const knownDepartments = await found('departments', 'name', departments, { tenant: { equals: tenant } })
  for (const { path, ref } of people) {
    if ('$user' in ref && !knownUsers.has(ref.$user))
      plan.problems.push({ path, message: `refers to the user ${ref.$user}, who is not a member of this tenant` })
    if ('$department' in ref && !knownDepartments.has(ref.$department))
      plan.problems.push({ path, message: `refers to the department "${ref.$department}", which this tenant does not have` })
  }
}
