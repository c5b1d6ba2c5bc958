import type { FieldSchema } from '../../../src/customFields/customSchema'
import type { Option } from '../../model/form'

/** What every widget receives: one field's value and state, and how to change it. */
export type WidgetProps = {
  id: string
  value: unknown
  onChange: (value: unknown) => void
  readOnly: boolean
  required: boolean
  invalid: boolean
  describedBy?: string
  placeholder?: string
  options?: Option[]
  schema?: FieldSchema
  language: 'en' | 'zh'
  /** Relations: the collection chosen from, and whether several records are. */
  relationTo?: string
  hasMany?: boolean
  /** The browser's autofill hint, when the form knows what the field holds. */
  autoComplete?: string
}
