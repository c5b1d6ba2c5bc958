import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { ensureDefaultDictionaries } from '../../dictionaries/defaultDictionaries'
import { toLanguage } from '../../i18n'
import { ensureDefaultSequences } from '../../numbering/defaultSequences'
import { ensureDefaultTemplates } from '../../printing/defaultTemplates'
import { applyBundle } from '../bundle/applyBundle'
import type { Bundle } from '../bundle/format'
import { cloneGroup } from '../clone/cloneGroup'
import { readTenantRows } from '../clone/cloneTenant'
import { findTemplate } from '../clone/presetTemplate'

/** What a reset keeps: who the group is (roles, departments) and its snapshots; students' logins live on users. */
const KEPT = new Set(['roles', 'departments', 'lab-snapshots'])

type AnyField = {
  name?: string
  type: string
  relationTo?: string | string[]
  fields?: AnyField[]
  blocks?: { fields: AnyField[] }[]
}

/** The collections a collection's fields point at, at any depth (arrays, groups, blocks). */
function targetsOf(fields: AnyField[]): string[] {
  return fields.flatMap((f) => [
    ...(f.type === 'relationship' || f.type === 'upload' ? [f.relationTo ?? []].flat() : []),
    ...(f.fields ? targetsOf(f.fields) : []),
    ...(f.blocks ?? []).flatMap((b) => targetsOf(b.fields)),
  ])
}

/**
 * Every collection that holds a tenant's own rows, but those a reset keeps — in an order where a
 * collection comes before the ones it points at (a quote before its account), so no delete leaves a
 * required reference empty. A cycle is broken where it is met.
 */
export function wipedCollections(payload: Payload): string[] {
  const slugs = payload.config.collections
    .filter((c) => !KEPT.has(c.slug) && c.flattenedFields.some((f) => f.name === 'tenant'))
    .map((c) => c.slug)
  const targets = new Map(payload.config.collections.map((c) => [c.slug, new Set(targetsOf(c.fields as unknown as AnyField[]))]))
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  // Depth first over "is pointed at by": whatever points at a collection is placed before it.
  const visit = (slug: string) => {
    if (state.get(slug)) return
    state.set(slug, 'visiting')
    for (const other of slugs) if (other !== slug && targets.get(other)?.has(slug)) visit(other)
    state.set(slug, 'done')
    order.push(slug)
  }
  for (const slug of slugs) visit(slug)
  return order
}

/** Every row of a group but what a reset keeps: one DELETE per collection, no hooks. */
async function wipeGroup(payload: Payload, group: Id, req?: PayloadRequest) {
  for (const collection of wipedCollections(payload))
    await payload.db.deleteMany({ collection, where: { tenant: { equals: group } }, req })
}

/**
 * A group back to a bundle (its preset, or a snapshot): every row of the group is removed — records,
 * configuration, history, counters — by one DELETE per collection (no hooks: nothing of the group is
 * kept to notify), the new-tenant defaults are installed again and the bundle loaded over them, as
 * when the class was created. When the bundle has a pristine template (presetTemplate.ts, made with the
 * class) the group is instead made a copy of it after the wipe, without hooks: the same rows in a
 * fraction of the time. Roles, departments and the students' logins stay. On PostgreSQL it is one
 * transaction: a reset that fails leaves the group as it was. SQLite has no transaction here: a failure
 * after the wipe leaves the group empty, and the reset can simply be run again.
 */
export async function resetGroup(payload: Payload, group: Id, bundle: Bundle): Promise<void> {
  const tenant = (await payload.findByID({ collection: 'tenants', id: group, depth: 0, overrideAccess: true })) as {
    language?: string
  }
  const language = toLanguage(tenant.language)
  const template = await findTemplate(payload, bundle, language)
  if (template != null) {
    const rows = await readTenantRows(payload, template)
    await cloneGroup(payload, rows, group, wipeGroup)
    return
  }
  const transaction = ((await payload.db.beginTransaction()) as string | number | null) ?? null
  const req = { transactionID: transaction ?? undefined } as PayloadRequest
  try {
    await wipeGroup(payload, group, req)
    await ensureDefaultDictionaries(payload, group, req)
    await ensureDefaultSequences(payload, group, language, req)
    await ensureDefaultTemplates(payload, group, language, req)
    await applyBundle(payload, group, bundle, { overwrite: true, ...(transaction != null ? { req } : {}) })
    if (transaction != null) await payload.db.commitTransaction(transaction)
  } catch (error) {
    if (transaction != null) await payload.db.rollbackTransaction(transaction)
    throw error
  }
}
