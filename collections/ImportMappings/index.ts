import type { CollectionConfig } from 'payload'
import { collectionLabels, label } from '../../src/i18n/label'
import { inATenant, tenantMembers } from '../../src/import/importAccess'
import { importableCollections } from '../../src/import/importableCollections'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

/** Saved column mappings (导入映射模板) per tenant: the same monthly file maps in one click. */
export const ImportMappings: CollectionConfig = tenantCollection({
  slug: 'import-mappings',
  labels: collectionLabels('Import mapping', 'Import mappings', '导入映射模板'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'collection', 'updatedAt'], group: label('Settings', '设置') },
  access: { read: tenantMembers, create: inATenant, update: tenantMembers, delete: tenantMembers },
  indexes: [{ fields: ['tenant', 'collection', 'name'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: label('Name', '名称') },
    { name: 'collection', type: 'select', required: true, label: label('Into', '导入到'), options: importableCollections() },
    { name: 'mapping', type: 'json', required: true, label: label('Column → field', '列 → 字段') },
    { name: 'options', type: 'json', label: label('Options', '选项') },
  ],
})
