import type { Payload } from 'payload'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { defaultProblems } from '../../customFields/checkDefaults'
import { checkSchema } from '../../customFields/checkSchema'
import type { CustomSchema } from '../../customFields/customSchema'
import { baseFieldsOf, checkLayout, checkListViews, fieldCatalog } from '../../customFields/layout'
import { checkFieldPermissions } from '../../fieldPermissions/checkFieldPermissions'
import type { BundleItem, BundleProblem } from './format'

/**
 * The dry run's check of a bundle's entity schemas, each problem at its exact place in the file
 * (`/config/entitySchemas/0/values/schema/properties/tier/type`): the checks a version's save makes
 * that need no tenant — the schema and its defaults, then its layout and list views against its fields,
 * then the base fields' permissions. Dictionaries are left to the save: the bundle may bring them.
 */
export function schemaProblems(payload: Payload, items: BundleItem[]): BundleProblem[] {
  const problems: BundleProblem[] = []
  for (const [i, { key, values }] of items.entries()) {
    const at = `/config/entitySchemas/${i}/values`
    // The key names the entity: a tenant has one published version of each.
    if (key !== values.entity)
      problems.push({ path: `/config/entitySchemas/${i}/key`, message: `must be the entity, "${values.entity}"` })
    const collection = payload.collections[String(values.entity) as 'accounts']?.config
    if (!collection || !(BUSINESS_COLLECTIONS as readonly string[]).includes(collection.slug)) {
      problems.push({ path: `${at}/entity`, message: `"${values.entity}" is not an entity that has custom fields` })
      continue
    }
    const baseFields = baseFieldsOf(collection.fields as Parameters<typeof baseFieldsOf>[0])
    const names = baseFields.map((f) => f.name)
    const found = checkSchema(values.schema, { lookupTargets: [...BUSINESS_COLLECTIONS], baseFields: names, language: 'en' })
    if (found.length === 0) found.push(...defaultProblems(values.schema as CustomSchema, 'en'))
    problems.push(...found.map((p) => ({ path: `${at}/schema${p.pointer}`, message: p.message })))
    if (found.length > 0) continue
    const fields = fieldCatalog(baseFields, values.schema as CustomSchema)
    if (values.layout != null)
      for (const p of checkLayout(values.layout, fields, 'en'))
        problems.push({ path: `${at}/layout${p.pointer}`, message: p.message })
    if (values.listViews != null)
      for (const p of checkListViews(values.listViews, fields, 'en'))
        problems.push({ path: `${at}/listViews${p.pointer}`, message: p.message })
    const required = collection.flattenedFields.filter((f) => 'required' in f && f.required).map((f) => f.name)
    for (const p of checkFieldPermissions(values.fieldPermissions, names, required))
      problems.push({ path: `${at}/fieldPermissions${p.pointer}`, message: p.message })
  }
  return problems
}
