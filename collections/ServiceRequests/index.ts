import type { CollectionConfig } from 'payload'
import { dictionaryField } from '../../src/fields/dictionaryField'
import { documentNumberField } from '../../src/fields/documentNumber'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { assertContactOfAccount } from '../../src/tenancy/assertContactOfAccount'
import { businessCollection } from '../../src/tenancy/businessCollection'

const levels = [
  option('low', 'Low', '低'),
  option('medium', 'Medium', '中'),
  option('high', 'High', '高'),
  option('urgent', 'Urgent', '紧急'),
]

/** Service requests (服务工单): complaints, inquiries and repairs, dispatched and followed by return visits. */
export const ServiceRequests: CollectionConfig = businessCollection({
  slug: 'service-requests',
  hooks: { beforeChange: [assertContactOfAccount] },
  labels: collectionLabels('Service request', 'Service requests', '服务工单'),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['number', 'subject', 'account', 'priority', 'stage', 'owner'],
    group: label('Service', '客户服务'),
  },
  indexes: [{ fields: ['tenant', 'number'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        documentNumberField(label('Number', '工单号')),
        { name: 'subject', type: 'text', required: true, label: label('Subject', '主题') },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'inquiry',
          label: label('Type', '类型'),
          options: [
            option('complaint', 'Complaint', '投诉'),
            option('inquiry', 'Inquiry', '咨询'),
            option('repair', 'Repair', '报修'),
            option('other', 'Other', '其他'),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'account', type: 'relationship', relationTo: 'accounts', index: true, label: label('Account', '客户') },
        { name: 'contact', type: 'relationship', relationTo: 'contacts', label: label('Contact', '联系人') },
        { name: 'product', type: 'relationship', relationTo: 'products', label: label('Product', '产品') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'queue', type: 'text', label: label('Queue', '队列') },
        { name: 'priority', type: 'select', defaultValue: 'medium', label: label('Priority', '优先级'), options: levels },
        { name: 'severity', type: 'select', defaultValue: 'medium', label: label('Severity', '严重程度'), options: levels },
      ],
    },
    {
      type: 'row',
      fields: [
        dictionaryField({ name: 'category', dictionary: 'service-category', label: label('Category', '类别') }),
        {
          name: 'requestedAt',
          type: 'date',
          label: label('Requested at', '受理时间'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        // The stage's key; the pipeline comes from the workflow (workflows issue).
        { name: 'stage', type: 'text', index: true, defaultValue: 'received', label: label('Stage', '阶段') },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      label: label('Status', '状态'),
      options: [
        option('open', 'Open', '处理中'),
        option('waiting', 'Waiting for customer', '等待客户'),
        option('resolved', 'Resolved', '已解决'),
        option('closed', 'Closed', '已关闭'),
      ],
    },
    { name: 'description', type: 'textarea', label: label('Description', '问题描述') },
    {
      name: 'dispatches',
      type: 'array',
      label: label('Dispatch records', '派工记录'),
      labels: { singular: label('Dispatch', '派工'), plural: label('Dispatches', '派工') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'assignee', type: 'relationship', relationTo: 'users', required: true, label: label('Assignee', '处理人') },
            { name: 'dispatchedAt', type: 'date', label: label('Dispatched at', '派工时间') },
            { name: 'note', type: 'text', label: label('Note', '说明') },
          ],
        },
      ],
    },
    {
      name: 'returnVisits',
      type: 'array',
      label: label('Return visits', '回访记录'),
      labels: { singular: label('Return visit', '回访'), plural: label('Return visits', '回访') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'visitedAt', type: 'date', label: label('Visited at', '回访时间') },
            {
              name: 'satisfaction',
              type: 'number',
              min: 1,
              max: 5,
              required: true,
              label: label('Satisfaction (1–5)', '满意度（1–5）'),
            },
            { name: 'comment', type: 'text', label: label('Comment', '评价') },
          ],
        },
      ],
    },
  ],
})
