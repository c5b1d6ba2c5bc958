import type { CustomSchema, FieldSchema } from '../../../src/customFields/customSchema'
import type { FieldType } from '../../../src/customFields/fieldTypes'
import type { BaseField, Labels, Layout } from '../../../src/customFields/layout/types'
import { DOCUMENT_TOTAL_FIELDS } from '../../../src/money/lineItems'
import { holds, parsedRule } from '../rules'

export type Access = 'edit' | 'readOnly' | 'masked' | 'hidden'
export type Option = { value: string; label: string }

/** One field as the form shows it now: what it is, how it is labelled, and what the rules make of it. */
export type FieldState = {
  field: string
  kind: 'base' | 'custom'
  type: FieldType | string
  label: string
  help?: string
  placeholder?: string
  span: number
  visible: boolean
  required: boolean
  readOnly: boolean
  masked: boolean
  options?: Option[]
  schema?: FieldSchema
  /** A base field's kind, for its widget (custom fields have `schema`). */
  base?: {
    type: string
    relationTo?: string
    hasMany?: boolean
    money?: boolean
    integer?: boolean
    withTime?: boolean
    lineItems?: boolean
  }
  /** The browser's autofill hint (`name`, `email`, `tel`…), where the host knows what the field holds. */
  autoComplete?: string
}
export type SectionState = { id: string; label?: string; columns: number; visible: boolean; fields: FieldState[] }
export type TabState = { id: string; label: string; sections: SectionState[] }

/** A base field of the entity as forms draw it (the workspace describes them from the Payload config). */
export type BaseFieldInput = BaseField & {
  label?: Labels
  required?: boolean
  readOnly?: boolean
  options?: { value: string; label: Labels }[]
  relationTo?: string
  hasMany?: boolean
  money?: boolean
  integer?: boolean
  withTime?: boolean
  lineItems?: boolean
  dictionary?: string
  autoComplete?: string
}

export type FormInput = {
  schema: CustomSchema
  layout: Layout | null | undefined
  /** The record as it is being edited: base values and `custom`. */
  record: Record<string, unknown>
  language: 'en' | 'zh'
  /** Base fields the form renders too; empty when the host (Payload's admin) renders them itself. */
  baseFields?: readonly BaseFieldInput[]
  /** The viewer's access to a field (role permissions); everything editable when absent. */
  accessOf?: (field: string, schema?: FieldSchema) => Access
  /** Options of a dictionary-backed select, in the viewer's language. */
  dictionaryOptions?: (dictionary: string) => Option[]
  now?: Date
}

const pick = (labels: Labels | undefined, language: 'en' | 'zh') =>
  labels?.[language] ?? labels?.[language === 'zh' ? 'en' : 'zh']
const ruleHolds = (rule: unknown, record: Record<string, unknown>, now: Date) =>
  typeof rule === 'string' && rule.trim() !== '' ? holds(parsedRule(rule), record, now) : null

function optionsOf(schema: FieldSchema, input: FormInput): Option[] | undefined {
  if (schema['x-dictionary']) return input.dictionaryOptions?.(schema['x-dictionary']) ?? []
  const options = schema['x-options']
  return options?.map((o) => ({ value: o.value, label: pick(o.label, input.language) ?? o.value }))
}

function customState(key: string, schema: FieldSchema, span: number, input: FormInput, now: Date): FieldState {
  const field = `custom.${key}`
  const access = input.accessOf?.(field, schema) ?? 'edit'
  const computed = schema['x-type'] === 'formula' || schema['x-type'] === 'autoNumber' || schema.readOnly === true
  return {
    field,
    kind: 'custom',
    type: schema['x-type'],
    label: pick(schema['x-label'], input.language) ?? key,
    help: pick(schema['x-help'], input.language),
    placeholder: pick(schema['x-placeholder'] as Labels | undefined, input.language),
    span,
    visible: access !== 'hidden' && ruleHolds(schema['x-visibleWhen'], input.record, now) !== false,
    required: (input.schema.required ?? []).includes(key) || ruleHolds(schema['x-requiredWhen'], input.record, now) === true,
    readOnly:
      computed || access === 'readOnly' || access === 'masked' || ruleHolds(schema['x-readOnlyWhen'], input.record, now) === true,
    masked: access === 'masked',
    options: optionsOf(schema, input),
    schema,
  }
}

/**
 * The form to draw for a record: the layout's tabs and sections with each field's label, span and
 * current state (visible / required / read-only by the rules and the viewer's access), in the viewer's
 * language. Custom fields the layout does not place follow in a last section; removed fields never show.
 * Pure: the renderer calls it on every change, the server's rules decide the same way.
 */
export function formModel(input: FormInput): TabState[] {
  const now = input.now ?? new Date()
  const base = new Map((input.baseFields ?? []).map((f) => [f.name, f]))
  const live = Object.entries(input.schema.properties).filter(([, f]) => !f['x-removed'])
  const placed = new Set<string>()
  // A document with a line editor shows its computed totals there, read-only; its form leaves them out.
  const totalsByLines = (input.baseFields ?? []).some((f) => f.lineItems)
  const shownByLines = (field: string) => totalsByLines && (DOCUMENT_TOTAL_FIELDS as readonly string[]).includes(field)
  const stateOf = (field: string, span: number): FieldState | null => {
    if (field.startsWith('custom.')) {
      const schema = input.schema.properties[field.slice(7)]
      if (!schema || schema['x-removed']) return null
      return customState(field.slice(7), schema, span, input, now)
    }
    const b = base.get(field)
    if (!b) return null
    const access = input.accessOf?.(field) ?? 'edit'
    return {
      field,
      kind: 'base',
      type: b.type,
      label: pick(b.label, input.language) ?? field,
      span,
      visible: access !== 'hidden' && !shownByLines(field),
      required: b.required === true,
      readOnly: b.readOnly === true || access === 'readOnly' || access === 'masked',
      masked: access === 'masked',
      options: b.dictionary
        ? (input.dictionaryOptions?.(b.dictionary) ?? [])
        : b.options?.map((o) => ({ value: o.value, label: pick(o.label, input.language) ?? o.value })),
      base: {
        type: b.type,
        relationTo: b.relationTo,
        hasMany: b.hasMany,
        money: b.money,
        integer: b.integer,
        withTime: b.withTime,
        lineItems: b.lineItems,
      },
      ...(b.autoComplete ? { autoComplete: b.autoComplete } : {}),
    }
  }
  const tabs: TabState[] = (input.layout?.tabs ?? []).map((tab) => ({
    id: tab.id,
    label: pick(tab.label, input.language) ?? tab.id,
    sections: tab.sections.map((section) => {
      const fields = section.fields.flatMap((entry) => {
        const state = stateOf(entry.field, Math.min(entry.span ?? 1, section.columns))
        if (state) placed.add(entry.field)
        return state ? [state] : []
      })
      return {
        id: section.id,
        label: pick(section.label, input.language),
        columns: section.columns,
        visible: ruleHolds(section.visibleWhen, input.record, now) !== false && fields.some((f) => f.visible),
        fields,
      }
    }),
  }))
  // A required base field the layout leaves out would make every save fail: it comes first.
  const missingBase = (input.baseFields ?? []).filter((b) => b.required && !placed.has(b.name))
  if (missingBase.length > 0) {
    const fields = missingBase.flatMap((b) => stateOf(b.name, 1) ?? [])
    const section = { id: 'required', columns: 2, visible: fields.some((f) => f.visible), fields }
    if (tabs.length === 0) tabs.push({ id: 'main', label: input.language === 'zh' ? '详细信息' : 'Details', sections: [] })
    tabs[0].sections.unshift(section)
  }
  const rest = live
    .filter(([key]) => !placed.has(`custom.${key}`))
    .map(([key, schema]) => customState(key, schema, 1, input, now))
  if (rest.length > 0) {
    const section = {
      id: 'unplaced',
      label: input.language === 'zh' ? '其他信息' : 'More',
      columns: 2,
      visible: rest.some((f) => f.visible),
      fields: rest,
    }
    if (tabs.length === 0) tabs.push({ id: 'main', label: input.language === 'zh' ? '详细信息' : 'Details', sections: [] })
    tabs[tabs.length - 1].sections.push(section)
  }
  return tabs
}

/** The visible, required fields left empty: what the form says before the server is asked. */
export function missingRequired(tabs: TabState[], record: Record<string, unknown>): string[] {
  const currentValue = (field: string) =>
    field.startsWith('custom.') ? (record.custom as Record<string, unknown> | undefined)?.[field.slice(7)] : record[field]
  const empty = (v: unknown) => v == null || v === '' || (Array.isArray(v) && v.length === 0)
  return tabs
    .flatMap((t) => t.sections.filter((s) => s.visible).flatMap((s) => s.fields))
    .filter((f) => f.visible && f.required && !f.readOnly && empty(currentValue(f.field)))
    .map((f) => f.field)
}

/** A server's 400 (Payload ValidationError data) as messages per field path. */
export function errorsByField(errors: readonly { path?: string; message: string }[]): Record<string, string[]> {
  const found: Record<string, string[]> = {}
  for (const error of errors) {
    const path = error.path ?? ''
    // A group's row error (`custom.visits.0.on`) belongs to its field (`custom.visits`) in the form.
    const parts = path.split('.')
    const depth = path.startsWith('custom.') ? 2 : 1
    const field = parts.slice(0, depth).join('.')
    const inner = parts.slice(depth).map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : p))
    found[field] = [...(found[field] ?? []), inner.length > 0 ? `${inner.join(' › ')}: ${error.message}` : error.message]
  }
  return found
}
