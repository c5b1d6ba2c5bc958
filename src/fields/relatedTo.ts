import type { Field } from 'payload'
import { label } from '../i18n/label'

/** Records that activities, notes and tasks can hang on. */
export const RELATABLE = [
  'accounts',
  'contacts',
  'leads',
  'opportunities',
  'quotes',
  'sales-orders',
  'purchase-orders',
  'invoices',
  'contracts',
  'service-requests',
  'campaigns',
] as const

export const relatedToField = (): Field => ({
  name: 'relatedTo',
  type: 'relationship',
  relationTo: [...RELATABLE],
  label: label('Related to', '关联记录'),
  index: true,
})
