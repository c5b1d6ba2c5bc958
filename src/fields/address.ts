import type { Field } from 'payload'
import { type Label, label } from '../i18n/label'

/** A mainland-China style address: province / city / district / street, plus postcode. */
export const addressGroup = (name: string, groupLabel: Label): Field => ({
  name,
  type: 'group',
  label: groupLabel,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'province', type: 'text', label: label('Province', '省/直辖市') },
        { name: 'city', type: 'text', label: label('City', '市') },
        { name: 'district', type: 'text', label: label('District', '区/县') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', label: label('Street', '街道地址') },
        { name: 'postcode', type: 'text', label: label('Postcode', '邮编') },
      ],
    },
  ],
})
