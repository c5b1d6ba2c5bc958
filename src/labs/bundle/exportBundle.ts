import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleItem } from './format'
import { SECTIONS, sectionFor } from './sections'
import { mapFields } from './traverse'

export type ExportResult = { bundle: Bundle; warnings: string[] }

type Doc = Record<string, unknown> & { id: Id }

async function allOf(payload: Payload, collection: string, tenant: Id, req?: PayloadRequest): Promise<Doc[]> {
  const docs: Doc[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: collection as 'roles',
      where: { tenant: { equals: tenant } },
      sort: 'id',
      page,
      limit: 200,
      depth: 0,
      overrideAccess: true,
      req,
    })
    docs.push(...(found.docs as unknown as Doc[]))
    if (!found.hasNextPage) return docs
  }
}

/**
 * A tenant's configuration as a bundle: every section's records under their symbolic keys, sorted by
 * key, relationships written as `{ $user: email }`, `{ $department: name }` or `{ $ref: "section/key" }`.
 * A relationship to anything else (a customer record, a tenant) cannot travel: it is left out and named
 * in `warnings`.
 */
export async function exportBundle(payload: Payload, tenant: Id, name: string, req?: PayloadRequest): Promise<ExportResult> {
  const warnings: string[] = []
  const keys = new Map<string, string>()
  const config: Record<string, BundleItem[]> = {}
  const docsBySection = new Map<string, Doc[]>()
  for (const section of SECTIONS) {
    const docs = await allOf(payload, section.collection, tenant, req)
    docsBySection.set(section.name, docs)
    for (const doc of docs) keys.set(`${section.collection}:${doc.id}`, `${section.name}/${section.key(doc)}`)
  }
  const read = async (collection: string, id: unknown) =>
    (await payload.findByID({
      collection: collection as 'users',
      id: id as Id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as (Record<string, unknown> & { id: Id }) | null
  for (const section of SECTIONS) {
    const fields = payload.collections[section.collection as 'roles'].config.fields
    const items: BundleItem[] = []
    for (const doc of docsBySection.get(section.name) ?? []) {
      const key = section.key(doc)
      const values = await mapFields(
        fields,
        doc,
        async (target, value, path) => {
          if (target === 'users') {
            const user = await read('users', value)
            return user ? { $user: String(user.email) } : null
          }
          if (target === 'departments') {
            const department = await read('departments', value)
            return department ? { $department: String(department.name) } : null
          }
          if (sectionFor(target)) {
            const ref = keys.get(`${target}:${value}`)
            if (ref) return { $ref: ref }
          }
          warnings.push(`${section.name}/${key}${path}: a reference to ${target} ${value} is not carried`)
          return null
        },
        '',
      )
      items.push({ key, values })
    }
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    config[section.name] = items
  }
  return {
    bundle: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, name, exportedAt: new Date().toISOString(), config },
    warnings,
  }
}
