import type { Field } from 'payload'
import { label } from '../i18n/label'

/** When the person's data was erased; erased records keep their links and figures, not their details. */
export const erasedAtField = (): Field => ({
  name: 'erasedAt',
  type: 'date',
  label: label('Personal data erased', '个人信息已删除'),
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    condition: (data) => Boolean(data?.erasedAt),
  },
})

/** The export and erase buttons in the sidebar of a person's record. */
export const personalDataActionsField = (): Field => ({
  name: 'personalDataActions',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/admin/personalData/PersonalDataActions#PersonalDataActions' } },
})
