import type { Field } from 'payload'
import { label } from '../i18n/label'

/**
 * The values of fields an admin defines at run time. A plain JSON object until the custom-field
 * engine validates it; edited with our own component because Payload's JSON editor needs a CDN.
 */
export const customField = (): Field => ({
  name: 'custom',
  type: 'json',
  label: label('Custom fields', '自定义字段'),
  admin: { components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } },
})
