import { type ComponentType, useContext } from 'react'
import type { FieldSchema } from '../../../src/customFields/customSchema'
import type { FieldType } from '../../../src/customFields/fieldTypes'
import { AddressInput, GroupInput, ReferenceInput } from './compound'
import {
  BooleanInput,
  DateInput,
  DateTimeInput,
  DecimalInput,
  IntegerInput,
  LongTextInput,
  MultiSelectInput,
  Output,
  RatingInput,
  SelectInput,
  TextInput,
} from './inputs'
import { RecordPicker, TitleFields } from './RecordPicker'
import type { WidgetProps } from './types'

/** A record of another collection: searched by title where the host says which field that is, else by id. */
function LookupInput(p: WidgetProps) {
  const relationTo = String(p.schema?.['x-relationTo'] ?? '')
  const titled = Object.hasOwn(useContext(TitleFields), relationTo)
  return titled ? <RecordPicker {...p} relationTo={relationTo} hasMany={false} /> : <ReferenceInput {...p} />
}

/** One widget per field type of the engine; `satisfies` makes a new type without a widget a type error. */
const WIDGETS = {
  text: TextInput,
  longText: LongTextInput,
  integer: IntegerInput,
  decimal: DecimalInput,
  currency: (p: WidgetProps) => <DecimalInput {...p} suffix={String(p.schema?.['x-currency'] ?? 'CNY')} />,
  percent: (p: WidgetProps) => <DecimalInput {...p} suffix="%" />,
  date: DateInput,
  dateTime: DateTimeInput,
  boolean: BooleanInput,
  select: SelectInput,
  multiSelect: MultiSelectInput,
  email: (p: WidgetProps) => <TextInput {...p} kind="email" />,
  phone: (p: WidgetProps) => <TextInput {...p} kind="tel" />,
  url: (p: WidgetProps) => <TextInput {...p} kind="url" />,
  lookup: LookupInput,
  address: AddressInput,
  file: ReferenceInput,
  rating: RatingInput,
  autoNumber: Output,
  formula: Output,
  group: (p: WidgetProps) => <GroupInput {...p} widgetFor={widgetFor} />,
} satisfies Record<FieldType, ComponentType<WidgetProps>>

export function widgetFor(schema: FieldSchema): ComponentType<WidgetProps> {
  return WIDGETS[schema['x-type'] as FieldType] ?? TextInput
}
