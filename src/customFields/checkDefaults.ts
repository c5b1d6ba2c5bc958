import type { Language } from '../i18n/language'
import type { SchemaProblem } from './checkSchema'
import type { CustomSchema, FieldSchema } from './customSchema'
import { say } from './messages'
import { validateValues } from './validateValues'

/**
 * Why a field would refuse its own `default`, in the user's language, or null when it takes it (or
 * has none). The field alone is checked, exactly as a write of that value would be: the same ajv,
 * keywords and messages — a default is a value every new record may receive without anyone typing it.
 * Dictionary membership needs the tenant's entries: `checkDictionaryValues` checks that part.
 */
export function defaultProblem(key: string, field: FieldSchema, language: Language): string | null {
  if (field.default === undefined) return null
  if (field['x-type'] === 'formula' || field['x-type'] === 'autoNumber') return say(language, 'computedDefault')
  const alone: CustomSchema = { type: 'object', properties: { [key]: field }, additionalProperties: false }
  try {
    // A copy: values are normalized in place (numbers for decimals become their text).
    const [problem] = validateValues(alone, { [key]: structuredClone(field.default) }, language)
    return problem ? problem.message : null
  } catch {
    return null // a field ajv cannot compile is checkSchema's to report, with its own pointer
  }
}

/** The defaults of a schema's fields that their field would refuse, each with a JSON pointer. */
export function defaultProblems(schema: CustomSchema, language: Language): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    if (field['x-removed']) continue
    const message = defaultProblem(key, field, language)
    if (message) problems.push({ pointer: `/properties/${key}/default`, message })
  }
  return problems
}
