import type { Field } from 'payload'
import { label } from '../i18n/label'
import { moneyField } from './money'

/**
 * Line items of quotes, orders and invoices. Quantities and prices are decimal strings (numbers are
 * accepted and normalised); `net` and `tax` per line are computed by the server, never trusted.
 */
export const lineItemsField = (): Field => ({
  name: 'items',
  type: 'array',
  label: label('Line items', '明细'),
  labels: { singular: label('Line', '明细行'), plural: label('Lines', '明细行') },
  // The workspace edits these with its line editor (form-designer/record/lineItems).
  custom: { lineItems: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'product', type: 'relationship', relationTo: 'products', label: label('Product', '产品') },
        { name: 'description', type: 'text', label: label('Description', '描述') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'quantity', type: 'text', required: true, label: label('Quantity', '数量') },
        { name: 'unitPrice', type: 'text', required: true, label: label('Unit price', '单价') },
        { name: 'discount', type: 'text', defaultValue: '0', label: label('Discount %', '折扣 %') },
        { name: 'taxRate', type: 'text', defaultValue: '0', label: label('Tax rate %', '税率 %') },
        { name: 'net', type: 'text', label: label('Net', '金额'), admin: { readOnly: true } },
        { name: 'tax', type: 'text', label: label('Tax', '税额'), admin: { readOnly: true } },
      ],
    },
  ],
})

/** Subtotal, tax and total of a document: computed, exact, sortable through their cents. */
export const documentTotalsFields = (): Field[] => [
  ...moneyField({ name: 'subtotal', label: label('Subtotal', '小计'), readOnly: true }),
  ...moneyField({ name: 'tax', label: label('Tax', '税额'), readOnly: true }),
  ...moneyField({ name: 'total', label: label('Total', '合计'), readOnly: true }),
]
