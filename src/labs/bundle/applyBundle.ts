import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { Bundle, BundleProblem } from './format'
import { type BundlePlan, planBundle } from './planBundle'
import { isReference, type Reference } from './references'
import { SECTIONS } from './sections'
import { mapFields } from './traverse'
import { validateBundle } from './validateBundle'

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
  options: { overwrite?: boolean } = {},
): Promise<BundlePlan> {
  const invalid = validateBundle(input)
  if (invalid.length > 0) throw new BundleRefused(invalid)
  const bundle = input as Bundle
  const plan = await planBundle(payload, tenant, bundle, options)
  if (plan.problems.length > 0 || plan.conflicts.length > 0) throw new BundleRefused([...plan.problems, ...plan.conflicts])

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
    throw error
  }
}

async function write(payload: Payload, tenant: Id, bundle: Bundle, plan: BundlePlan, req: PayloadRequest, undo: Undo[]) {
  // Ids of the tenant's records by "section/key", filled as the import creates them.
  const ids = new Map<string, Id>()
  for (const section of SECTIONS) {
    const docs = await payload.find({
      collection: section.collection as 'roles',
      where: { tenant: { equals: tenant } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs.docs as unknown as (Record<string, unknown> & { id: Id })[])
      ids.set(`${section.name}/${section.key(doc)}`, doc.id)
  }
  const resolve = async (ref: Reference): Promise<Id | null> => {
    if ('$ref' in ref) return ids.get(ref.$ref) ?? null
    const [collection, field, value, extra] =
      '$user' in ref
        ? (['users', 'email', ref.$user, {}] as const)
        : (['departments', 'name', ref.$department, { tenant: { equals: tenant } }] as const)
    const found = await payload.find({
      collection,
      where: { and: [{ [field]: { equals: value } }, extra] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return (found.docs[0]?.id as Id | undefined) ?? null
  }
  const todo = new Set([...plan.create, ...plan.change].map((p) => `${p.section}/${p.key}`))
  for (const section of SECTIONS) {
    const fields = payload.collections[section.collection as 'roles'].config.fields
    for (const item of bundle.config[section.name] ?? []) {
      const name = `${section.name}/${item.key}`
      if (!todo.has(name)) continue
      const data = await mapFields(
        fields,
        item.values,
        async (_target, value) => (isReference(value) ? resolve(value) : null),
        '',
      )
      const existing = ids.get(name)
      if (existing == null) {
        const created = (await payload.create({
          collection: section.collection as 'roles',
          data: { ...data, tenant } as never,
          overrideAccess: true,
          depth: 0,
          req,
        })) as unknown as { id: Id }
        ids.set(name, created.id)
        undo.push(() => payload.delete({ collection: section.collection as 'roles', id: created.id, overrideAccess: true }))
      } else {
        const before = (await payload.findByID({
          collection: section.collection as 'roles',
          id: existing,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>
        await payload.update({
          collection: section.collection as 'roles',
          id: existing,
          data: data as never,
          overrideAccess: true,
          depth: 0,
          req,
        })
        const restore = await mapFields(fields, before, async (_t, v) => v, '')
        undo.push(() =>
          payload.update({
            collection: section.collection as 'roles',
            id: existing,
            data: restore as never,
            overrideAccess: true,
          }),
        )
      }
    }
  }
}
