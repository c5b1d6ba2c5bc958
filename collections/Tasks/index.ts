import type { CollectionConfig } from 'payload'
import { effectKeyField } from '../../src/fields/effectKey'
import { relatedToField } from '../../src/fields/relatedTo'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Tasks (任务): assigned work with a due date and the supervisor's review comments. */
export const Tasks: CollectionConfig = businessCollection({
  slug: 'tasks',
  labels: collectionLabels('Task', 'Tasks', '任务'),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'assignee', 'dueAt', 'status', 'priority'],
    group: label('Office', '办公协同'),
  },
  // The calendar reads one person's tasks due in a time range.
  indexes: [{ fields: ['assignee', 'dueAt', 'deletedAt'] }],
  fields: [
    { name: 'subject', type: 'text', required: true, label: label('Subject', '任务主题') },
    {
      type: 'row',
      fields: [
        { name: 'assignee', type: 'relationship', relationTo: 'users', index: true, label: label('Assignee', '执行人') },
        { name: 'assignedBy', type: 'relationship', relationTo: 'users', label: label('Assigned by', '分派人') },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          label: label('Due', '截止时间'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'open',
          label: label('Status', '状态'),
          options: [
            option('open', 'Open', '未开始'),
            option('in-progress', 'In progress', '进行中'),
            option('done', 'Done', '已完成'),
            option('cancelled', 'Cancelled', '已取消'),
          ],
        },
        {
          name: 'priority',
          type: 'select',
          defaultValue: 'normal',
          label: label('Priority', '优先级'),
          options: [option('low', 'Low', '低'), option('normal', 'Normal', '普通'), option('high', 'High', '高')],
        },
      ],
    },
    relatedToField(),
    effectKeyField(),
    { name: 'description', type: 'textarea', label: label('Description', '描述') },
    {
      name: 'reviews',
      type: 'array',
      label: label('Review comments', '上级点评'),
      labels: { singular: label('Comment', '点评'), plural: label('Comments', '点评') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'author', type: 'relationship', relationTo: 'users', label: label('By', '点评人') },
            { name: 'at', type: 'date', label: label('At', '时间') },
            { name: 'comment', type: 'text', required: true, label: label('Comment', '内容') },
          ],
        },
      ],
    },
  ],
})
