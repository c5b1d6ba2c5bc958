import type { Field } from 'payload'
import { label } from '../i18n/label'

/** What the public pool records on accounts and leads: when claimed, when and why returned. */
export const poolFields = (): Field => ({
  type: 'collapsible',
  label: label('Public pool', '公海'),
  admin: { initCollapsed: true, position: 'sidebar' },
  fields: [
    { name: 'claimedAt', type: 'date', index: true, label: label('Claimed at', '领取时间'), admin: { readOnly: true } },
    { name: 'returnedAt', type: 'date', label: label('Returned at', '退回时间'), admin: { readOnly: true } },
    { name: 'returnReason', type: 'text', label: label('Return reason', '退回原因'), admin: { readOnly: true } },
  ],
})
