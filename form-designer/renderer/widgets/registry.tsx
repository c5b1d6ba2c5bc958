import type { ComponentType } from 'react'
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
import type { WidgetProps } from './types'

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
  lookup: ReferenceInput,
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
