import type { CollectionConfig } from 'payload'
import { customField } from '../../src/fields/customField'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

/** Customers. The full model (addresses, grades, pool, sharing) arrives with the CRM issue. */
export const Accounts: CollectionConfig = tenantCollection(
  {
    slug: 'accounts',
    labels: collectionLabels('Account', 'Accounts', '客户'),
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'phone', 'owner'], group: label('Customers', '客户管理') },
    trash: true,
    versions: { maxPerDoc: 50 },
    indexes: [{ fields: ['tenant', 'code'], unique: true }],
    fields: [
      { name: 'name', type: 'text', required: true, label: label('Name', '客户名称') },
      { name: 'code', type: 'text', label: label('Code', '客户编号') },
      { name: 'phone', type: 'text', label: label('Phone', '电话') },
      { name: 'email', type: 'email', label: label('Email', '邮箱') },
      customField(),
    ],
  },
  { owned: true },
)
