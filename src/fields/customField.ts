import type { Field } from 'payload'
import { label } from '../i18n/label'

/**
 * The values of fields an admin defines at run time. A plain JSON object until the custom-field
 * engine validates it; drawn as the designed form (Payload's JSON editor needs a CDN and shows raw JSON).
 */
export const customField = (): Field => ({
  name: 'custom',
  type: 'json',
  label: label('Custom fields', '自定义字段'),
  admin: { components: { Field: '/src/admin/fields/CustomValuesField#CustomValuesField' } },
})
