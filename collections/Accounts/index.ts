import type { CollectionConfig } from 'payload'
import { withDuplicateCheck } from '../../src/duplicates/withDuplicateCheck'
import { addressGroup } from '../../src/fields/address'
import { dictionaryField } from '../../src/fields/dictionaryField'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { poolEndpoints } from '../../src/pool/endpoints'
import { poolFields } from '../../src/pool/poolFields'
import { personalDataHooks } from '../../src/privacy/personalDataHooks'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Customers (客户): companies the tenant sells to, prospects and partners. */
const accounts: CollectionConfig = businessCollection(
  {
    slug: 'accounts',
    labels: collectionLabels('Account', 'Accounts', '客户'),
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'code', 'type', 'phone', 'owner'],
      group: label('Customers', '客户管理'),
    },
    versions: { maxPerDoc: 50 },
    endpoints: poolEndpoints('accounts'),
    hooks: personalDataHooks('accounts'),
    // Lists filter and sort customers by size and age; indexed the way custom-field slots are (tenant first).
    indexes: [
      { fields: ['tenant', 'code'], unique: true },
      { fields: ['tenant', 'employees', 'deletedAt'] },
      { fields: ['tenant', 'foundedOn', 'deletedAt'] },
    ],
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: label('Name', '客户名称') },
          { name: 'code', type: 'text', label: label('Code', '客户编号') },
          {
            name: 'type',
            type: 'select',
            defaultValue: 'customer',
            label: label('Type', '类型'),
            options: [
              option('customer', 'Customer', '客户'),
              option('prospect', 'Prospect', '潜在客户'),
              option('partner', 'Partner', '合作伙伴'),
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          dictionaryField({ name: 'industry', dictionary: 'industry', label: label('Industry', '行业') }),
          dictionaryField({ name: 'grade', dictionary: 'grade', label: label('Grade', '等级') }),
          dictionaryField({ name: 'source', dictionary: 'source', label: label('Source', '来源') }),
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'phone', type: 'text', label: label('Phone', '电话') },
          { name: 'email', type: 'email', label: label('Email', '邮箱') },
          { name: 'website', type: 'text', label: label('Website', '网站') },
        ],
      },
      addressGroup('address', label('Address', '地址')),
      {
        type: 'row',
        fields: [
          { name: 'bankName', type: 'text', label: label('Bank', '开户银行') },
          { name: 'bankAccount', type: 'text', label: label('Bank account', '银行账号') },
          { name: 'taxNumber', type: 'text', label: label('Tax number', '税号') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'paymentTerms', type: 'text', label: label('Payment terms', '付款条件') },
          { name: 'foundedOn', type: 'date', label: label('Founding day', '成立日期') },
          { name: 'employees', type: 'number', min: 0, admin: { step: 1 }, label: label('Employees', '员工人数') },
          {
            name: 'status',
            type: 'select',
            defaultValue: 'active',
            label: label('Status', '状态'),
            options: [
              option('active', 'Active', '正常'),
              option('dormant', 'Dormant', '休眠'),
              option('closed', 'Closed', '已关闭'),
            ],
          },
        ],
      },
      {
        name: 'lastFollowUpAt',
        type: 'date',
        label: label('Last follow-up', '最近跟进'),
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'sharedWith',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        label: label('Shared with', '共享给'),
        admin: { position: 'sidebar' },
      },
      poolFields(),
    ],
  },
  { shared: true, pool: true },
)

export const Accounts: CollectionConfig = withDuplicateCheck('accounts', accounts)
