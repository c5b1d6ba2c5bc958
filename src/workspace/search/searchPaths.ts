import type { CollectionConfig } from 'payload'
import type { CustomSchema } from '../../customFields/customSchema'

/** Base fields people search by: names, titles, document numbers, codes, phones and addresses. */
const BASE_SEARCHED = new Set(['name', 'title', 'subject', 'number', 'code', 'phone', 'mobile', 'email', 'fax'])
/** Custom field types holding a short text worth finding a record by. */
const CUSTOM_SEARCHED = new Set(['text', 'email', 'phone', 'autoNumber'])

export type SearchPath = {
  path: string
  /** Names match word by word in any order (`like`); numbers, phones and codes as a substring. */
  match: 'like' | 'contains'
}

type NamedField = { name?: string; type: string; fields?: NamedField[]; tabs?: { name?: string; fields: NamedField[] }[] }

function topLevelFields(fields: readonly NamedField[], found: NamedField[] = []): NamedField[] {
  for (const f of fields) {
    if (f.name) found.push(f)
    else if (f.type === 'tabs') {
      for (const tab of f.tabs ?? []) if (!tab.name) topLevelFields(tab.fields, found)
    } else if (f.fields) topLevelFields(f.fields, found)
  }
  return found
}

/** Where the global search looks in one entity: its title and searchable base fields, and custom text fields. */
export function searchPaths(collection: CollectionConfig, schema: CustomSchema | null): SearchPath[] {
  const title = collection.admin?.useAsTitle
  const paths = new Map<string, SearchPath>()
  for (const f of topLevelFields(collection.fields as NamedField[])) {
    if (!f.name || !['text', 'email'].includes(f.type)) continue
    if (f.name !== title && !BASE_SEARCHED.has(f.name)) continue
    const byName = f.name === title || ['name', 'title', 'subject'].includes(f.name)
    paths.set(f.name, { path: f.name, match: byName ? 'like' : 'contains' })
  }
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    const type = (property as { 'x-type'?: string })['x-type']
    if (type && CUSTOM_SEARCHED.has(type)) paths.set(`custom.${key}`, { path: `custom.${key}`, match: 'contains' })
  }
  return [...paths.values()]
}
