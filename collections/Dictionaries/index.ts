import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

/** Per-tenant picklists (industry, source, grade, …) that dictionary fields draw their options from. */
export const Dictionaries: CollectionConfig = tenantCollection({
  slug: 'dictionaries',
  labels: collectionLabels('Dictionary', 'Dictionaries', '数据字典'),
  admin: { useAsTitle: 'nameZh', defaultColumns: ['key', 'nameZh', 'nameEn'], group: label('Settings', '设置') },
  access: { read: tenantMembersRead },
  indexes: [{ fields: ['tenant', 'key'], unique: true }],
  fields: [
    { name: 'key', type: 'text', required: true, label: label('Key', '标识') },
    { name: 'nameZh', type: 'text', required: true, label: label('Name (Chinese)', '名称（中文）') },
    { name: 'nameEn', type: 'text', required: true, label: label('Name (English)', '名称（英文）') },
    {
      name: 'options',
      type: 'array',
      label: label('Options', '选项'),
      labels: { singular: label('Option', '选项'), plural: label('Options', '选项') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'text', required: true, label: label('Value', '值') },
            { name: 'labelZh', type: 'text', required: true, label: label('Label (Chinese)', '显示名（中文）') },
            { name: 'labelEn', type: 'text', required: true, label: label('Label (English)', '显示名（英文）') },
            { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
          ],
        },
      ],
    },
  ],
})
