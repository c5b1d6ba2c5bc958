import type { CollectionConfig } from 'payload'
import { addressGroup } from '../../src/fields/address'
import { collectionLabels, label } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Vendors (供应商): who purchase orders go to. */
export const Vendors: CollectionConfig = businessCollection({
  slug: 'vendors',
  labels: collectionLabels('Vendor', 'Vendors', '供应商'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'contactName', 'phone'], group: label('Products', '产品管理') },
  indexes: [{ fields: ['tenant', 'code'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
        { name: 'code', type: 'text', label: label('Code', '编码') },
        { name: 'contactName', type: 'text', label: label('Contact person', '联系人') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: label('Phone', '电话') },
        { name: 'email', type: 'email', label: label('Email', '邮箱') },
        { name: 'taxNumber', type: 'text', label: label('Tax number', '税号') },
      ],
    },
    addressGroup('address', label('Address', '地址')),
    {
      type: 'row',
      fields: [
        { name: 'bankName', type: 'text', label: label('Bank', '开户银行') },
        { name: 'bankAccount', type: 'text', label: label('Bank account', '银行账号') },
      ],
    },
  ],
})
