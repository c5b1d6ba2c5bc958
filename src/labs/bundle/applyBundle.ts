import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { forgetPublishedSchema } from '../../customFields/publishedSchema'
import { applyEntitySchema } from './applySchema'
import type { Bundle, BundleProblem } from './format'
import { type BundlePlan, planBundle, sectionsIn } from './planBundle'
import { isReference, type Reference } from './references'
import { itemsOf, omittedFields, refName, type Section } from './sections'
import { tenantIds } from './tenantIds'
import { mapFields } from './traverse'
import { validateBundle } from './validateBundle'
import { mapViewFilters } from './viewFilters'

/** A bundle refused before anything was written: every problem at its place in the file. */
export class BundleRefused extends Error {
  constructor(readonly problems: BundleProblem[]) {
    super(problems.map((p) => `${p.path || '/'}: ${p.message}`).join('\n'))
  }
}

type Undo = () => Promise<unknown>

/**
 * Imports a bundle into a tenant: validated, planned (the dry run), refused whole when the plan has a
 * problem or a conflict, then written — every create and change in one transaction where the database
 * has them (PostgreSQL, MongoDB replica sets). On SQLite each write is undone in reverse order if a
 * later one fails (created records deleted, changed ones restored), so a failed import leaves the
 * tenant as it was either way. Records are written as the system, through every hook and validation.
 */
export async function applyBundle(
  payload: Payload,
  tenant: Id,
  input: unknown,
  options: { overwrite?: boolean; req?: PayloadRequest } = {},
): Promise<BundlePlan> {
  const invalid = validateBundle(input)
  if (invalid.length > 0) throw new BundleRefused(invalid)
  const bundle = input as Bundle
  const plan = await planBundle(payload, tenant, bundle, options, options.req)
  if (plan.problems.length > 0 || plan.conflicts.length > 0) throw new BundleRefused([...plan.problems, ...plan.conflicts])
  // A publish read inside a transaction that rolls back must not stay in this process's schema cache.
  const forgetSchemas = () => {
    for (const item of bundle.config.entitySchemas ?? []) forgetPublishedSchema(tenant, String(item.values.entity))
  }
  // Inside a caller's transaction (a reset wipes and reloads in one): it commits or rolls back.
  if (options.req?.transactionID != null) {
    await write(payload, tenant, bundle, plan, options.req, []).catch((error) => {
      forgetSchemas()
      throw error
    })
    return plan
  }
  const transaction = ((await payload.db.beginTransaction()) as string | number | null) ?? null
  const req = { transactionID: transaction ?? undefined } as Partial<PayloadRequest>
  const undo: Undo[] = []
  try {
    await write(payload, tenant, bundle, plan, req as PayloadRequest, undo)
    if (transaction != null) await payload.db.commitTransaction(transaction)
    return plan
  } catch (error) {
    if (transaction != null) await payload.db.rollbackTransaction(transaction)
    else for (const step of undo.reverse()) await step().catch(() => undefined)
    forgetSchemas()
    throw error
  }
}

async function write(payload: Payload, tenant: Id, bundle: Bundle, plan: BundlePlan, req: PayloadRequest, undo: Undo[]) {
  const sections = sectionsIn(bundle)
  // Ids of the tenant's records by reference name, filled as the import creates them.
  const ids = await tenantIds(payload, tenant, sections, req)
  const people = new Map<string, Id | null>()
  const resolve = async (ref: Reference): Promise<Id | null> => {
    if ('$ref' in ref) return ids.get(ref.$ref) ?? null
    const [collection, field, value, extra] =
      '$user' in ref
        ? (['users', 'email', ref.$user, {}] as const)
        : (['departments', 'name', ref.$department, { tenant: { equals: tenant } }] as const)
    const at = `${collection}:${value}`
    if (!people.has(at)) {
      const found = await payload.find({
        collection,
        where: { and: [{ [field]: { equals: value } }, extra] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      people.set(at, (found.docs[0]?.id as Id | undefined) ?? null)
    }
    return people.get(at) ?? null
  }
  const toWrite = new Set([...plan.create, ...plan.change].map((p) => `${p.section}/${p.key}`))
  // Written with a reference to an item not written yet (a later section, itself): written again at the end.
  const again: { section: Section; id: Id; values: Record<string, unknown> }[] = []
  const dataOf = async (section: Section, values: Record<string, unknown>) => {
    let pending = false
    const fields = payload.collections[section.collection as 'roles'].config.fields
    const toId = async (value: Reference) => {
      const id = await resolve(value)
      if (id == null && '$ref' in value) pending = true
      return id
    }
    const data = await mapFields(
      fields,
      values,
      async (_target, value) => (isReference(value) ? toId(value) : null),
      '',
      omittedFields(section),
    )
    // A view's filter value that is not a reference (a hand-written id) is kept as written.
    const viewed = await mapViewFilters(payload, section.name, data, async (_t, value) =>
      isReference(value) ? toId(value) : value,
    )
    return { data: viewed, pending }
  }
  for (const section of sections) {
    const collection = section.collection as 'roles'
    const fields = payload.collections[collection].config.fields
    for (const item of itemsOf(bundle, section)) {
      if (!toWrite.has(`${section.name}/${item.key}`)) continue
      const name = refName(section, item.key)
      const { data, pending } = await dataOf(section, item.values)
      const existing = ids.get(name)
      let id: Id
      if (section.name === 'entitySchemas') {
        // A schema is never edited in place: the bundle's version is drafted and published over the current one.
        id = await applyEntitySchema(payload, tenant, data, req, undo)
        ids.set(name, id)
      } else if (existing == null) {
        const created = (await payload.create({
          collection,
          data: { ...data, tenant } as never,
          overrideAccess: true,
          depth: 0,
          req,
        })) as unknown as { id: Id }
        id = created.id
        ids.set(name, id)
        undo.push(() => payload.delete({ collection, id, overrideAccess: true }))
      } else {
        id = existing
        const before = (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, req })) as unknown as Record<
          string,
          unknown
        >
        await payload.update({ collection, id, data: data as never, overrideAccess: true, depth: 0, req })
        const restore = await mapFields(fields, before, async (_t, v) => v, '', omittedFields(section))
        undo.push(() => payload.update({ collection, id, data: restore as never, overrideAccess: true }))
      }
      if (pending) again.push({ section, id, values: item.values })
    }
  }
  for (const { section, id, values } of again) {
    const { data } = await dataOf(section, values)
    await payload.update({
      collection: section.collection as 'roles',
      id,
      data: data as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}
