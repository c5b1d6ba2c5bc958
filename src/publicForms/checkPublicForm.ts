import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'
import { PERMISSIONED_COLLECTIONS } from '../access/permissionedCollections'
import { type Id, idOf } from '../access/types'
import { publishedSchema } from '../customFields/publishedSchema'
import { validateValues } from '../customFields/validateValues'
import { activeValues, dictionaryEntries } from '../dictionaries/dictionaryEntries'
import { message, toLanguage } from '../i18n'
import type { Language } from '../i18n/language'
import { referenceProblem } from '../tenancy/assertRelationsInTenant'
import { describeEntity } from '../workspace/describeEntity'
import { coerceBaseValue, coerceCustomValue } from './fixedValues'
import { type EntityFields, type FieldRow, fillableFields, fixableFields, requiredFields } from './formFields'
import { type PublicFormMessage, say } from './messages'
import { isPublicFormTarget } from './targets'

type FixedRow = { field?: string | null; value?: string | null }
type Problem = { path: string; message: string }

async function slugTaken(req: PayloadRequest, tenant: Id, slug: string, id: unknown): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'public-forms',
    where: { and: [{ tenant: { equals: tenant } }, { slug: { equals: slug } }] },
    limit: 2,
    depth: 0,
    overrideAccess: true,
    req,
    select: { slug: true },
  })
  return docs.some((d) => String(d.id) !== String(id))
}

/** Why a fixed value cannot be stored in the field, or null: the same checks the write will make, told now. */
async function fixedValueProblem(
  req: PayloadRequest,
  entity: EntityFields,
  tenant: Id,
  field: string,
  raw: string,
  language: Language,
): Promise<string | null> {
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const reason = (key: PublicFormMessage, vars?: Record<string, string>) =>
    say(language, 'fixedValue', { field, reason: say(language, key, vars) })
  if (field.startsWith('custom.')) {
    const key = field.slice(7)
    const schema = entity.schema.properties[key]
    const coerced = coerceCustomValue(schema, raw, idType)
    if ('problem' in coerced) return reason(coerced.problem, coerced.vars)
    const [error] = validateValues(entity.schema, { [key]: coerced.value }, language, new Set([key]))
    if (error) return say(language, 'fixedValue', { field, reason: error.message })
    if (schema['x-type'] === 'lookup') {
      const found = await referenceProblem(req, String(schema['x-relationTo']), coerced.value as Id, tenant)
      if (found) return message(language, found, { field })
    }
    if (schema['x-dictionary'] && !activeValues(await dictionaryEntries(req, tenant, schema['x-dictionary'])).has(raw))
      return message(language, 'dictionaryValueUnknown', { value: raw, dictionary: schema['x-dictionary'] })
    return null
  }
  const base = entity.baseFields.find((f) => f.name === field)
  if (!base) return null
  const coerced = coerceBaseValue(base, raw, idType)
  if ('problem' in coerced) return reason(coerced.problem, coerced.vars)
  if (base.relationTo) {
    const found = await referenceProblem(req, base.relationTo, coerced.value as Id, tenant)
    if (found) return message(language, found, { field })
  }
  if (base.dictionary && !activeValues(await dictionaryEntries(req, tenant, base.dictionary)).has(raw.trim()))
    return message(language, 'dictionaryValueUnknown', { value: raw, dictionary: base.dictionary })
  return null
}

/**
 * Can this public form be saved? Its address is unique in the company; it shows only fields the public
 * may fill (the target's safe base fields and public custom fields), each once; its fixed values name
 * fields an admin may set, each once and never also shown, with a value the field accepts (options,
 * numbers, relations and dictionary entries of this tenant); every required field of the entity the
 * public cannot fill has a fixed value. Every problem names its row.
 */
export const checkPublicForm: CollectionBeforeValidateHook = async ({ data: sent, originalDoc, req }) => {
  if (!sent) return sent
  // Before the field checks, so an admin reads these first; on update the stored form fills what was not sent.
  const data = { ...originalDoc, ...sent }
  const tenant = idOf(data.tenant)
  const slug = data.entity
  if (tenant == null || !isPublicFormTarget(slug)) return sent
  const language = toLanguage(req.i18n?.language)
  const problems: Problem[] = []
  const at = (path: string, key: PublicFormMessage, vars: Record<string, string> = {}) =>
    problems.push({ path, message: say(language, key, vars) })
  const entityLabel = PERMISSIONED_COLLECTIONS.find((c) => c.value === slug)?.label[language] ?? slug

  if (typeof data.slug === 'string' && (await slugTaken(req, tenant, data.slug, originalDoc?.id ?? data.id)))
    at('slug', 'slugTaken', { slug: data.slug })

  const collection = req.payload.collections[slug].config
  const entity: EntityFields = {
    entity: slug,
    baseFields: describeEntity(collection).fields,
    schema: (await publishedSchema(req, tenant, slug)).schema,
  }
  const fillable = fillableFields(entity)
  const fixable = fixableFields(entity)
  const rows = (data.fields ?? []) as FieldRow[]
  const fixedRows = (data.fixedValues ?? []) as FixedRow[]
  const shown = new Set<string>()
  for (const [index, row] of rows.entries()) {
    const field = row.field?.trim() ?? ''
    if (!fillable.includes(field))
      at(`fields.${index}.field`, 'notAFormField', { field, entity: entityLabel, allowed: fillable.join(', ') })
    else if (shown.has(field)) at(`fields.${index}.field`, 'shownTwice', { field })
    shown.add(field)
  }
  const fixed = new Set<string>()
  for (const [index, row] of fixedRows.entries()) {
    const field = row.field?.trim() ?? ''
    const path = `fixedValues.${index}`
    if (!fixable.includes(field))
      at(`${path}.field`, 'notAFixedField', { field, entity: entityLabel, allowed: fixable.join(', ') })
    else if (fixed.has(field)) at(`${path}.field`, 'fixedTwice', { field })
    else if (shown.has(field)) at(`${path}.field`, 'shownAndFixed', { field })
    else {
      const found = await fixedValueProblem(req, entity, tenant, field, row.value ?? '', language)
      if (found) problems.push({ path: `${path}.value`, message: found })
    }
    fixed.add(field)
  }
  for (const field of requiredFields(entity))
    if (!fillable.includes(field) && !fixed.has(field)) at('fixedValues', 'requiredNotFillable', { field, entity: entityLabel })

  if (problems.length > 0) throw new ValidationError({ collection: 'public-forms', errors: problems }, req.t)
  return sent
}
