import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { activeValues, dictionaryEntries } from '../../dictionaries/dictionaryEntries'
import type { CustomSchema } from '../customSchema'
import { publishedSchema } from '../publishedSchema'
import { customTypesSource } from './customTypesSource'
import type { DictionaryValues } from './typesSchema'

function dictionaryKeys(schema: CustomSchema): string[] {
  const keys = new Set<string>()
  for (const field of Object.values(schema.properties ?? {})) {
    if (field['x-dictionary']) keys.add(field['x-dictionary'])
    for (const child of Object.values(field.items?.properties ?? {})) if (child['x-dictionary']) keys.add(child['x-dictionary'])
  }
  return [...keys]
}

/**
 * The TypeScript declarations of an entity's custom fields in a tenant, from its published version
 * (no fields until one is published). Dictionary-backed selects become unions of the entries active now.
 */
export async function typesForTenant(req: PayloadRequest, tenant: { id: Id; slug: string }, entity: string) {
  const { schema, version } = await publishedSchema(req, tenant.id, entity, { fresh: true })
  const dictionaries: DictionaryValues = {}
  for (const key of dictionaryKeys(schema)) dictionaries[key] = [...activeValues(await dictionaryEntries(req, tenant.id, key))]
  return customTypesSource({ entity, tenant: tenant.slug, version, schema, dictionaries })
}
