import type { ComponentType } from 'react'
import type { FieldState } from '../../model/form'
import { LineItemsEditor } from '../../record/lineItems/LineItemsEditor'
import styles from '../renderer.module.css'
import { AddressInput } from './compound'
import {
  BooleanInput,
  DateTimeInput,
  DecimalInput,
  IntegerInput,
  LongTextInput,
  MultiSelectInput,
  SelectInput,
  TextInput,
} from './inputs'
import { RecordPicker } from './RecordPicker'
import type { WidgetProps } from './types'

const text = (value: unknown) => (value == null ? '' : String(value))

/** A number as a number when it is one; otherwise as typed, so the server names what is wrong. */
function NumberInput(p: WidgetProps) {
  return (
    <input
      id={p.id}
      className={styles.input}
      inputMode="decimal"
      readOnly={p.readOnly}
      disabled={p.readOnly}
      aria-invalid={p.invalid || undefined}
      aria-required={p.required || undefined}
      aria-describedby={p.describedBy}
      value={text(p.value)}
      onChange={(e) => {
        const v = e.target.value.replace(/[,，\s]/g, '')
        p.onChange(v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)
      }}
    />
  )
}

/**
 * A calendar day of a Payload date field. Stored at noon UTC, so the day reads the same in every time
 * zone from UTC−11 to UTC+11; a stored instant shows as its local day.
 */
function DayInput(p: WidgetProps) {
  const local = (() => {
    if (typeof p.value !== 'string' || Number.isNaN(Date.parse(p.value))) return ''
    const d = new Date(p.value)
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })()
  return (
    <input
      id={p.id}
      className={styles.input}
      type="date"
      autoComplete={p.autoComplete}
      readOnly={p.readOnly}
      disabled={p.readOnly}
      aria-invalid={p.invalid || undefined}
      required={p.required}
      aria-describedby={p.describedBy}
      value={local}
      onChange={(e) => p.onChange(e.target.value ? `${e.target.value}T12:00:00.000Z` : null)}
    />
  )
}

/** Values this form does not edit (line items, JSON, files): shown as a count, edited where they belong. */
function Summary(p: WidgetProps) {
  const shown = Array.isArray(p.value)
    ? p.language === 'zh'
      ? `${p.value.length} 项`
      : `${p.value.length} item${p.value.length === 1 ? '' : 's'}`
    : p.value == null || p.value === ''
      ? '—'
      : typeof p.value === 'object'
        ? '…'
        : String(p.value)
  return (
    <output id={p.id} aria-describedby={p.describedBy} className={styles.output}>
      {shown}
    </output>
  )
}

const EmailInput = (p: WidgetProps) => <TextInput {...p} kind="email" />
const PickerInput = (p: WidgetProps) => (p.relationTo ? <RecordPicker {...p} relationTo={p.relationTo} /> : <Summary {...p} />)

/**
 * The widget of a base field, chosen by its Payload type (custom fields go through the type registry).
 * Every widget is a module-level component: one made during render would remount on each keystroke.
 */
export function baseWidgetFor(state: FieldState): ComponentType<WidgetProps> {
  const base = state.base
  if (!base) return TextInput
  if (base.money) return DecimalInput
  if (state.options) return base.hasMany ? MultiSelectInput : SelectInput
  switch (base.type) {
    case 'text':
    case 'code':
      return base.hasMany ? Summary : TextInput
    case 'email':
      return EmailInput
    case 'textarea':
      return LongTextInput
    case 'number':
      return base.integer ? IntegerInput : NumberInput
    case 'date':
      return base.withTime ? DateTimeInput : DayInput
    case 'checkbox':
      return BooleanInput
    case 'group':
      return AddressInput
    case 'relationship':
      return PickerInput
    case 'array':
      return base.lineItems ? LineItemsEditor : Summary
    default:
      return Summary
  }
}
