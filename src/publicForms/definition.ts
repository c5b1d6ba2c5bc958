import type { PayloadRequest } from 'payload'
import { fieldsReferenced, parsedRule } from '../../form-designer/model/rules'
import { type Id, idOf } from '../access/types'
import type { CustomSchema, FieldSchema } from '../customFields/customSchema'
import type { Layout } from '../customFields/layout/types'
import { publishedSchema } from '../customFields/publishedSchema'
import { dictionaryEntries } from '../dictionaries/dictionaryEntries'
import { toLanguage } from '../i18n'
import { describeEntity, type EntityField } from '../workspace/describeEntity'
import { coerceBaseValue, coerceCustomValue } from './fixedValues'
import { type EntityFields, type ShownField, shownFields } from './formFields'
import { HONEYPOT_FIELD, isPublicFormTarget } from './targets'
import type { DictionaryOptions, PublicFormDefinition, PublicFormDoc, ResolvedPublicForm } from './types'

/** Tenant and form slugs as the collections allow them; anything else is not looked up at all. */
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/

export const DEFAULT_RATE_LIMIT = 10

/** Autofill hints for the usual contact fields, so phones fill them from the visitor's card. */
const AUTOCOMPLETE: Record<string, string> = {
  name: 'name',
  email: 'email',
  mobile: 'tel',
  phone: 'tel',
  company: 'organization',
  title: 'organization-title',
  birthday: 'bday',
}

/** Annotations the page has no use for: role permissions and uniqueness are the server's business. */
const PRIVATE_KEYWORDS = ['x-permissions', 'x-unique', 'x-relationTo', 'x-sequence', 'x-formula']

function publicFieldSchema(field: FieldSchema): FieldSchema {
  const copy: FieldSchema = { ...field }
  for (const key of PRIVATE_KEYWORDS) delete copy[key]
  if (copy.items?.properties)
    copy.items = {
      ...copy.items,
      properties: Object.fromEntries(Object.entries(copy.items.properties).map(([k, f]) => [k, publicFieldSchema(f)])),
    }
  return copy
}

function publicSchema(schema: CustomSchema, shown: ShownField[]): CustomSchema {
  const custom = shown.filter((s) => s.field.startsWith('custom.'))
  const required = new Set(schema.required ?? [])
  return {
    $schema: schema.$schema,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(custom.map((s) => [s.field.slice(7), publicFieldSchema(schema.properties[s.field.slice(7)])])),
    required: custom.filter((s) => s.required || required.has(s.field.slice(7))).map((s) => s.field.slice(7)),
  }
}

const wideByDefault = (field: string, base: Map<string, EntityField>, schema: CustomSchema) => {
  const type = field.startsWith('custom.') ? schema.properties[field.slice(7)]?.['x-type'] : base.get(field)?.type
  return type === 'textarea' || type === 'longText' || type === 'group' || type === 'address'
}

function layoutOf(doc: PublicFormDoc, shown: ShownField[], base: Map<string, EntityField>, schema: CustomSchema): Layout {
  const columns = doc.columns === '2' ? 2 : 1
  return {
    version: 1,
    tabs: [
      {
        id: 'form',
        label: { zh: doc.titleZh, en: doc.titleEn },
        sections: [
          {
            id: 'fields',
            columns,
            fields: shown.map((s) => ({ field: s.field, span: s.wide || wideByDefault(s.field, base, schema) ? columns : 1 })),
          },
        ],
      },
    ],
  }
}

/** The fixed values as the fields store them; one that no longer fits is passed as typed, for the write to refuse. */
function fixedValues(doc: PublicFormDoc, entity: EntityFields, idType: 'number' | 'text') {
  const base = new Map(entity.baseFields.map((f) => [f.name, f]))
  const fixed: Record<string, unknown> = {}
  const custom: Record<string, unknown> = {}
  const relations = new Set<string>()
  for (const row of doc.fixedValues ?? []) {
    const field = row.field?.trim()
    if (!field) continue
    const raw = row.value ?? ''
    if (field.startsWith('custom.')) {
      const schema = entity.schema.properties[field.slice(7)]
      if (!schema || schema['x-removed']) continue
      const coerced = coerceCustomValue(schema, raw, idType)
      custom[field.slice(7)] = 'value' in coerced ? coerced.value : raw
      if (schema['x-type'] === 'lookup') relations.add(field)
    } else if (base.has(field)) {
      const coerced = coerceBaseValue(base.get(field) as EntityField, raw, idType)
      fixed[field] = 'value' in coerced ? coerced.value : raw
      if (base.get(field)?.relationTo) relations.add(field)
    }
  }
  if (Object.keys(custom).length > 0) fixed.custom = custom
  return { fixed, relations }
}

/** The fixed values the shown fields' rules read (never a relation's id): the page needs them to decide visibility. */
function ruleValuesOf(schema: CustomSchema, fixed: Record<string, unknown>, relations: Set<string>): Record<string, unknown> {
  const paths = new Set<string>()
  for (const field of Object.values(schema.properties))
    for (const rule of [field['x-visibleWhen'], field['x-requiredWhen'], field['x-readOnlyWhen']])
      if (typeof rule === 'string' && rule.trim()) for (const path of fieldsReferenced(parsedRule(rule))) paths.add(path)
  const values: Record<string, unknown> = {}
  const fixedCustom = (fixed.custom ?? {}) as Record<string, unknown>
  for (const path of paths) {
    if (relations.has(path)) continue
    if (path.startsWith('custom.')) {
      const key = path.slice(7)
      if (Object.hasOwn(fixedCustom, key)) values.custom = { ...(values.custom as object), [key]: fixedCustom[key] }
    } else if (Object.hasOwn(fixed, path)) values[path] = fixed[path]
  }
  return values
}

async function dictionaryOptions(req: PayloadRequest, tenantId: Id, keys: string[]): Promise<DictionaryOptions> {
  const options: DictionaryOptions = {}
  for (const key of [...new Set(keys)]) {
    const entries = (await dictionaryEntries(req, tenantId, key)) ?? []
    options[key] = entries
      .filter((e) => e.active !== false)
      .map((e) => ({ value: e.value, label: { zh: e.labelZh ?? e.value, en: e.labelEn ?? e.value } }))
  }
  return options
}

/** The active form at /forms/<tenant>/<form>, as stored, with its tenant; null when there is none. */
export async function findPublicForm(req: PayloadRequest, tenantSlug: string, formSlug: string) {
  if (!SLUG.test(tenantSlug) || !SLUG.test(formSlug)) return null
  const tenants = await req.payload.find({
    collection: 'tenants',
    where: { slug: { equals: tenantSlug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { slug: true, name: true, language: true },
  })
  const tenant = tenants.docs[0] as { id: Id; slug: string; name: string; language?: string | null } | undefined
  if (!tenant) return null
  const forms = await req.payload.find({
    collection: 'public-forms',
    where: { and: [{ tenant: { equals: tenant.id } }, { slug: { equals: formSlug } }, { active: { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const doc = forms.docs[0] as unknown as PublicFormDoc | undefined
  return doc && isPublicFormTarget(doc.entity) ? { tenant, doc } : null
}

/**
 * A published public form, resolved for the page and for submissions: the shown fields against the
 * entity's base fields and its published custom fields today (so a field removed since is left out and
 * a field made required since is added), the fixed values, the owner. Null when the tenant or an
 * active form of that slug does not exist.
 */
export async function loadPublicForm(
  req: PayloadRequest,
  tenantSlug: string,
  formSlug: string,
): Promise<ResolvedPublicForm | null> {
  const found = await findPublicForm(req, tenantSlug, formSlug)
  if (!found) return null
  const { tenant, doc } = found
  const entitySlug = doc.entity as EntityFields['entity']
  const collection = req.payload.collections[entitySlug]?.config
  if (!collection) return null
  const { schema } = await publishedSchema(req, tenant.id, entitySlug)
  const entity: EntityFields = { entity: entitySlug, baseFields: describeEntity(collection).fields, schema }
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const { fixed, relations } = fixedValues(doc, entity, idType)
  const fixedNames = [
    ...Object.keys(fixed).filter((k) => k !== 'custom'),
    ...Object.keys((fixed.custom ?? {}) as object).map((k) => `custom.${k}`),
  ]
  const shown = shownFields(entity, doc.fields ?? [], fixedNames)
  const base = new Map(entity.baseFields.map((f) => [f.name, f]))
  const baseFields = shown.flatMap((s) => {
    const f = base.get(s.field)
    if (!f) return []
    return [{ ...f, required: s.required || f.required === true, autoComplete: AUTOCOMPLETE[f.name] }]
  })
  const formSchema = publicSchema(schema, shown)
  const dictionaryKeys = [
    ...baseFields.flatMap((f) => (f.dictionary ? [f.dictionary] : [])),
    ...Object.values(formSchema.properties).flatMap((f) => (f['x-dictionary'] ? [f['x-dictionary']] : [])),
  ]
  const definition: PublicFormDefinition = {
    tenant: { slug: tenant.slug, name: tenant.name, language: toLanguage(tenant.language) },
    form: {
      slug: doc.slug,
      title: { zh: doc.titleZh, en: doc.titleEn },
      intro: { zh: doc.introZh ?? '', en: doc.introEn ?? '' },
    },
    schema: formSchema,
    layout: layoutOf(doc, shown, base, schema),
    baseFields,
    dictionaries: await dictionaryOptions(req, tenant.id, dictionaryKeys),
    ruleValues: ruleValuesOf(formSchema, fixed, relations),
    honeypot: HONEYPOT_FIELD,
  }
  return {
    id: doc.id,
    tenantId: tenant.id,
    entity: entitySlug,
    rateLimit: doc.rateLimit && doc.rateLimit > 0 ? doc.rateLimit : DEFAULT_RATE_LIMIT,
    redirectUrl: doc.redirectUrl || null,
    thankYou: { zh: doc.thankYouZh, en: doc.thankYouEn },
    definition,
    fixed,
    owner: idOf(doc.recordOwner),
    department: idOf(doc.recordDepartment),
  }
}
