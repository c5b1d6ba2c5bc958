import { fieldsReferenced, parsedRule } from '../../../form-designer/model/rules'
import type { Id } from '../../access/types'
import type { CustomSchema } from '../customSchema'
import type { Layout, ListViews } from '../layout/types'
import type { Place, ReferenceSource } from './registry'

const RULES = ['x-visibleWhen', 'x-requiredWhen', 'x-readOnlyWhen', 'x-formula'] as const

const reads = (rule: unknown, field: string) => {
  if (typeof rule !== 'string') return false
  try {
    return fieldsReferenced(parsedRule(rule)).some((path) => path === field || path.startsWith(`${field}.`))
  } catch {
    return false
  }
}

/** The places in one version: other fields' rules and formulas, the layout, the list views. */
export function placesInVersion(
  version: { id?: Id; version?: number; schema?: CustomSchema; layout?: Layout | null; listViews?: ListViews | null },
  key: string,
): Place[] {
  const field = `custom.${key}`
  const places: Place[] = []
  const at = (label: string, where: string) => places.push({ source: 'entity-schemas', id: version.id, label, where })
  const name = `v${version.version ?? '?'}`
  for (const [other, f] of Object.entries(version.schema?.properties ?? {})) {
    if (other === key || f['x-removed']) continue
    for (const rule of RULES) if (reads(f[rule], field)) at(name, `custom.${other} ${rule}`)
  }
  for (const tab of version.layout?.tabs ?? [])
    for (const section of tab.sections) {
      if (section.fields.some((f) => f.field === field)) at(name, `layout: ${section.id}`)
      if (reads(section.visibleWhen, field)) at(name, `layout: ${section.id} visibleWhen`)
    }
  for (const view of version.listViews?.views ?? []) {
    const used =
      view.columns.some((c) => c.field === field) ||
      view.sort?.replace(/^-/, '') === field ||
      view.groupBy === field ||
      (view.filters ?? []).some((f) => f.field === field) ||
      (view.quickFilters ?? []).includes(field) ||
      (view.cardFields ?? []).includes(field)
    if (used) at(name, `list view: ${view.id}`)
  }
  return places
}

/** The entity's published version and its open draft, if any. */
export const entitySchemaSource: ReferenceSource = {
  name: 'entity-schemas',
  find: async (req, tenant, entity, key) => {
    const { docs } = await req.payload.find({
      collection: 'entity-schemas',
      where: {
        and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { status: { in: ['draft', 'published'] } }],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return docs.flatMap((doc) => placesInVersion(doc as never, key))
  },
}
