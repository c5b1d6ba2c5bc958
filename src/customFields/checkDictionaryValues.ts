import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { activeValues, dictionaryEntries } from '../dictionaries/dictionaryEntries'
import type { Language } from '../i18n/language'
import type { CustomSchema } from './customSchema'
import { say } from './messages'
import type { CustomError } from './validateValues'

/**
 * Select and multi-select fields with `x-dictionary` take the tenant's active entries of that
 * dictionary. A value the record already holds stays acceptable after its entry is deactivated (saving
 * the record unchanged never fails); writing it anew is refused.
 */
export async function checkDictionaryValues(
  req: PayloadRequest,
  schema: CustomSchema,
  values: Record<string, unknown>,
  stored: Record<string, unknown>,
  tenant: Id,
  onlyKeys: Set<string> | undefined,
  language: Language,
): Promise<CustomError[]> {
  const errors: CustomError[] = []
  for (const [key, field] of Object.entries(schema.properties)) {
    const dictionary = field['x-dictionary']
    const value = values[key]
    if (!dictionary || field['x-removed'] || value == null || (onlyKeys && !onlyKeys.has(key))) continue
    const allowed = activeValues(await dictionaryEntries(req, tenant, dictionary))
    const kept = new Set((Array.isArray(stored[key]) ? stored[key] : [stored[key]]) as unknown[])
    const bad = (Array.isArray(value) ? value : [value]).filter((v) => !allowed.has(String(v)) && !kept.has(v))
    if (bad.length > 0)
      errors.push({
        path: `custom.${key}`,
        message: say(language, 'dictionaryValue', { value: bad.join(', '), dictionary, key }),
      })
  }
  return errors
}

/** Dictionaries a schema names that the tenant does not have: such a version cannot be saved or published. */
export async function unknownDictionaries(req: PayloadRequest, tenant: Id, schema: CustomSchema) {
  const problems: { pointer: string; message: string }[] = []
  const visit = async (properties: Record<string, unknown> | undefined, pointer: string) => {
    for (const [key, raw] of Object.entries(properties ?? {})) {
      const field = raw as { 'x-dictionary'?: unknown; items?: { properties?: Record<string, unknown> } }
      const dictionary = field['x-dictionary']
      if (typeof dictionary === 'string' && (await dictionaryEntries(req, tenant, dictionary)) === null)
        problems.push({ pointer: `${pointer}/${key}/x-dictionary`, message: `The tenant has no dictionary "${dictionary}"` })
      if (field.items?.properties) await visit(field.items.properties, `${pointer}/${key}/items/properties`)
    }
  }
  await visit(schema?.properties, '/properties')
  return problems
}

/** Defaults of dictionary fields that are not active entries of their dictionary: a new record could not keep them. */
export async function dictionaryDefaultProblems(req: PayloadRequest, tenant: Id, schema: CustomSchema, language: Language) {
  const defaults: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(schema?.properties ?? {}))
    if (field['x-dictionary'] && field.default !== undefined) defaults[key] = field.default
  if (Object.keys(defaults).length === 0) return []
  const errors = await checkDictionaryValues(req, schema, defaults, {}, tenant, undefined, language)
  return errors.map((e) => ({ pointer: `/properties/${e.path.slice('custom.'.length)}/default`, message: e.message }))
}
