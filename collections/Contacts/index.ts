import type { CollectionConfig } from 'payload'
import { withDuplicateCheck } from '../../src/duplicates/withDuplicateCheck'
import { consentGroup } from '../../src/fields/consent'
import { dictionaryField } from '../../src/fields/dictionaryField'
import { collectionLabels, label } from '../../src/i18n/label'
import { erasedAtField, personalDataActionsField } from '../../src/privacy/personalDataFields'
import { personalDataHooks } from '../../src/privacy/personalDataHooks'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** People at customers (联系人); an account has many. */
const contacts: CollectionConfig = businessCollection({
  slug: 'contacts',
  labels: collectionLabels('Contact', 'Contacts', '联系人'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'account', 'title', 'mobile', 'email'],
    group: label('Customers', '客户管理'),
  },
  hooks: personalDataHooks('contacts'),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Name', '姓名') },
        { name: 'account', type: 'relationship', relationTo: 'accounts', index: true, label: label('Account', '所属客户') },
        { name: 'isPrimary', type: 'checkbox', defaultValue: false, label: label('Primary contact', '首要联系人') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', label: label('Title', '职务') },
        { name: 'customerDepartment', type: 'text', label: label('Their department', '所在部门') },
        { name: 'assistant', type: 'text', label: label('Assistant', '助理') },
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
        dictionaryField({ name: 'leadSource', dictionary: 'source', label: label('Lead source', '线索来源') }),
        { name: 'birthday', type: 'date', label: label('Birthday', '生日') },
      ],
    },
    consentGroup(),
    erasedAtField(),
    personalDataActionsField(),
  ],
})

export const Contacts: CollectionConfig = withDuplicateCheck('contacts', contacts)
