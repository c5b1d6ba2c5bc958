import type { FieldSchema } from './customSchema'
import { type FieldType, LIMITS } from './fieldTypes'

type Labels = { en?: string; zh?: string }
type Option = { value: string; label: Labels }

export type FieldDefinition = {
  label?: Labels
  required?: boolean
  /** Standard constraints, as the type allows them. */
  minLength?: number
  maxLength?: number
  pattern?: string
  minimum?: number | string
  maximum?: number | string
  scale?: number
  precision?: number
  currency?: string
  options?: Option[]
  dictionary?: string
  relationTo?: string
  formula?: string
  resultType?: 'decimal' | 'text' | 'boolean' | 'date'
  sequence?: string
  fields?: Record<string, FieldSchema>
  requiredFields?: string[]
  maxItems?: number
  unique?: boolean
}

const text = (maxLength: number) => ({ type: 'string', maxLength })
const decimal = (d: FieldDefinition, scale: number) => ({
  type: 'string',
  'x-decimal': {
    scale: d.scale ?? scale,
    precision: d.precision ?? 18,
    ...(d.minimum != null ? { minimum: String(d.minimum) } : {}),
    ...(d.maximum != null ? { maximum: String(d.maximum) } : {}),
  },
})
const numberBounds = (d: FieldDefinition) => ({
  ...(d.minimum != null ? { minimum: Number(d.minimum) } : {}),
  ...(d.maximum != null ? { maximum: Number(d.maximum) } : {}),
})
const choices = (d: FieldDefinition) =>
  d.dictionary ? { 'x-dictionary': d.dictionary } : { enum: (d.options ?? []).map((o) => o.value), 'x-options': d.options ?? [] }

/** The JSON Schema of one field of a type, with the constraints given: what the designer writes. */
export function defineField(type: FieldType, d: FieldDefinition = {}): FieldSchema {
  const shape = (): Record<string, unknown> => {
    switch (type) {
      case 'text':
        return {
          ...text(d.maxLength ?? LIMITS.textLength),
          ...(d.minLength ? { minLength: d.minLength } : {}),
          ...(d.pattern ? { pattern: d.pattern } : {}),
        }
      case 'longText':
        return text(d.maxLength ?? LIMITS.longTextLength)
      case 'integer':
        return { type: 'integer', ...numberBounds(d) }
      case 'decimal':
        return decimal(d, 2)
      case 'currency':
        return { ...decimal(d, 2), 'x-currency': d.currency ?? 'CNY' }
      case 'percent':
        return decimal(d, 2)
      case 'date':
        return { type: 'string', format: 'date' }
      case 'dateTime':
        return { type: 'string', format: 'date-time' }
      case 'boolean':
        return { type: 'boolean' }
      case 'select':
        return { type: 'string', ...choices(d) }
      case 'multiSelect': {
        const { enum: values, ...rest } = choices(d) as { enum?: string[] }
        return { type: 'array', items: { type: 'string', ...(values ? { enum: values } : {}) }, uniqueItems: true, ...rest }
      }
      case 'email':
        return { type: 'string', format: 'email', maxLength: 254 }
      case 'phone':
        return { type: 'string', format: 'phone', maxLength: 32 }
      case 'url':
        return { type: 'string', format: 'uri', maxLength: 2048 }
      case 'lookup':
      case 'file':
        return { type: ['integer', 'string'], 'x-relationTo': d.relationTo ?? 'documents' }
      case 'address':
        return {
          type: 'object',
          properties: { province: text(64), city: text(64), district: text(64), street: text(255) },
          additionalProperties: false,
        }
      case 'rating':
        return { type: 'integer', minimum: Number(d.minimum ?? 1), maximum: Number(d.maximum ?? 5) }
      case 'autoNumber':
        return { type: 'string', readOnly: true, 'x-sequence': d.sequence ?? '' }
      case 'formula':
        return { readOnly: true, 'x-formula': d.formula ?? '', 'x-resultType': d.resultType ?? 'decimal' }
      case 'group':
        return {
          type: 'array',
          items: { type: 'object', properties: d.fields ?? {}, required: d.requiredFields ?? [], additionalProperties: false },
          maxItems: d.maxItems ?? LIMITS.groupRows,
        }
    }
  }
  return {
    'x-type': type,
    ...(d.label ? { 'x-label': d.label } : {}),
    ...(d.unique ? { 'x-unique': true } : {}),
    ...shape(),
  } as FieldSchema
}
