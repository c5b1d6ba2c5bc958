import type { CollectionConfig } from 'payload'
import { convertLeadEndpoint } from '../../src/conversions/endpoints'
import { withDuplicateCheck } from '../../src/duplicates/withDuplicateCheck'
import { consentGroup } from '../../src/fields/consent'
import { dictionaryField } from '../../src/fields/dictionaryField'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { poolEndpoints } from '../../src/pool/endpoints'
import { poolFields } from '../../src/pool/poolFields'
import { erasedAtField, personalDataActionsField } from '../../src/privacy/personalDataFields'
import { personalDataHooks } from '../../src/privacy/personalDataHooks'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Leads (线索): people not yet qualified; they convert into an account, a contact and an opportunity. */
const leads: CollectionConfig = businessCollection(
  {
    slug: 'leads',
    labels: collectionLabels('Lead', 'Leads', '线索'),
    endpoints: [convertLeadEndpoint, ...poolEndpoints('leads')],
    hooks: personalDataHooks('leads'),
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'company', 'status', 'rating', 'owner'],
      group: label('Customers', '客户管理'),
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: label('Name', '姓名') },
          { name: 'company', type: 'text', label: label('Company', '公司') },
          { name: 'title', type: 'text', label: label('Title', '职务') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'mobile', type: 'text', index: true, label: label('Mobile', '手机') },
          { name: 'phone', type: 'text', label: label('Phone', '电话') },
          { name: 'email', type: 'email', index: true, label: label('Email', '邮箱') },
        ],
      },
      {
        type: 'row',
        fields: [
          dictionaryField({ name: 'source', dictionary: 'source', label: label('Source', '来源') }),
          {
            name: 'status',
            type: 'select',
            defaultValue: 'new',
            label: label('Status', '状态'),
            options: [
              option('new', 'New', '新线索'),
              option('contacted', 'Contacted', '已联系'),
              option('qualified', 'Qualified', '已确认'),
              option('unqualified', 'Unqualified', '无效'),
              option('converted', 'Converted', '已转化'),
            ],
          },
          {
            name: 'rating',
            type: 'select',
            label: label('Rating', '评级'),
            options: [option('hot', 'Hot', '热'), option('warm', 'Warm', '温'), option('cold', 'Cold', '冷')],
          },
        ],
      },
      { name: 'description', type: 'textarea', label: label('Description', '描述') },
      {
        name: 'lastFollowUpAt',
        type: 'date',
        index: true,
        label: label('Last follow-up', '最近跟进'),
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      poolFields(),
      consentGroup(),
      erasedAtField(),
      personalDataActionsField(),
      {
        type: 'collapsible',
        label: label('Conversion', '转化'),
        fields: [
          { name: 'convertedAt', type: 'date', label: label('Converted at', '转化时间'), admin: { readOnly: true } },
          {
            name: 'convertedAccount',
            type: 'relationship',
            relationTo: 'accounts',
            label: label('Account', '客户'),
            admin: { readOnly: true },
          },
          {
            name: 'convertedContact',
            type: 'relationship',
            relationTo: 'contacts',
            label: label('Contact', '联系人'),
            admin: { readOnly: true },
          },
          {
            name: 'convertedOpportunity',
            type: 'relationship',
            relationTo: 'opportunities',
            label: label('Opportunity', '销售机会'),
            admin: { readOnly: true },
          },
        ],
      },
    ],
  },
  { pool: true },
)

export const Leads: CollectionConfig = withDuplicateCheck('leads', leads)
