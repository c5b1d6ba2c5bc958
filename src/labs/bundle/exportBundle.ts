import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleItem } from './format'
import { ALL_SECTIONS, omittedFields, refName, rowsOf, SECTIONS, type Section, sectionFor } from './sections'
import { type MapReference, mapFields } from './traverse'
import { mapViewFilters } from './viewFilters'

export type ExportResult = { bundle: Bundle; warnings: string[] }
type Doc = Record<string, unknown> & { id: Id }

async function allOf(payload: Payload, section: Section, tenant: Id, req?: PayloadRequest): Promise<Doc[]> {
  const docs: Doc[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: section.collection as 'roles',
      where: rowsOf(section, tenant),
      sort: 'id',
      page,
      limit: 500,
      depth: 0,
      overrideAccess: true,
      req,
    })
    docs.push(...(found.docs as unknown as Doc[]))
    if (!found.hasNextPage) return docs
  }
}

/**
 * A tenant's configuration — and with `data`, its sample records — as a bundle: every section's
 * records under their symbolic keys, sorted by key, relationships written as `{ $user: email }`,
 * `{ $department: name }` or `{ $ref: "…" }`. A relationship to anything else (a tenant, a record of a
 * collection bundles do not carry) cannot travel: it is left out and named in `warnings`.
 */
export async function exportBundle(
  payload: Payload,
  tenant: Id,
  name: string,
  options: { data?: boolean } = {},
  req?: PayloadRequest,
): Promise<ExportResult> {
  const warnings: string[] = []
  const sections: Section[] = options.data ? ALL_SECTIONS : SECTIONS
  // Every record's reference name first: a record may point at one written after it.
  const names = new Map<string, string>()
  const docsOf = new Map<Section, { doc: Doc; key: string }[]>()
  for (const section of sections) {
    const docs = await allOf(payload, section, tenant, req)
    const keys = section.keys(docs)
    docsOf.set(
      section,
      docs.map((doc, i) => ({ doc, key: keys[i] })),
    )
    docs.forEach((doc, i) => {
      names.set(`${section.collection}:${doc.id}`, refName(section, keys[i]))
    })
  }
  const cache = new Map<string, unknown>()
  const person = async (collection: 'users' | 'departments', id: unknown, field: 'email' | 'name') => {
    const at = `${collection}:${id}`
    if (!cache.has(at)) {
      const doc = (await payload.findByID({
        collection,
        id: id as Id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Record<string, unknown> | null
      cache.set(at, doc ? String(doc[field]) : null)
    }
    return cache.get(at) as string | null
  }
  const records: Record<string, BundleItem[]> = {}
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    name,
    exportedAt: new Date().toISOString(),
    config: {},
  }
  for (const section of sections) {
    const fields = payload.collections[section.collection as 'roles'].config.fields
    const omit = omittedFields(section)
    const items: BundleItem[] = []
    for (const { doc, key } of docsOf.get(section) ?? []) {
      const toKey: MapReference = async (target, value, path) => {
        if (target === 'users') {
          const email = await person('users', value, 'email')
          return email ? { $user: email } : null
        }
        if (target === 'departments') {
          const department = await person('departments', value, 'name')
          return department ? { $department: department } : null
        }
        const ref = sectionFor(target) ? names.get(`${target}:${value}`) : undefined
        if (ref) return { $ref: ref }
        warnings.push(`${refName(section, key)}${path}: a reference to ${target} ${value} is not carried`)
        return null
      }
      const values = await mapViewFilters(payload, section.name, await mapFields(fields, doc, toKey, '', omit), toKey)
      items.push({ key, values })
    }
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    if (section.kind === 'config') bundle.config[section.name] = items
    else if (items.length > 0) records[section.name] = items
  }
  if (options.data) bundle.records = records
  return { bundle, warnings }
}
