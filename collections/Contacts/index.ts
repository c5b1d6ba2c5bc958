import type { CollectionConfig } from 'payload'
import { customField } from '../../src/fields/customField'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

/** People at customers. The full model arrives with the CRM issue. */
export const Contacts: CollectionConfig = tenantCollection(
  {
    slug: 'contacts',
    labels: collectionLabels('Contact', 'Contacts', '联系人'),
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'account', 'mobile', 'email'], group: label('Customers', '客户管理') },
    trash: true,
    fields: [
      { name: 'name', type: 'text', required: true, label: label('Name', '姓名') },
      { name: 'account', type: 'relationship', relationTo: 'accounts', label: label('Account', '所属客户'), index: true },
      { name: 'mobile', type: 'text', label: label('Mobile', '手机') },
      { name: 'email', type: 'email', label: label('Email', '邮箱') },
      customField(),
    ],
  },
  { owned: true },
)
