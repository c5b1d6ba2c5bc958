import type { Field } from 'payload'
import { type Label, label } from '../i18n/label'

/** A document's number: given by the tenant's number sequence on save, or typed by someone allowed to. */
export const documentNumberField = (fieldLabel: Label): Field => ({
  name: 'number',
  type: 'text',
  label: fieldLabel,
  admin: {
    description: label('Leave empty: the number sequence gives one on save.', '留空则保存时按编号规则自动编号。'),
  },
})
