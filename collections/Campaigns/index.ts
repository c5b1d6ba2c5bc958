import type { CollectionConfig } from 'payload'
import { moneyField } from '../../src/fields/money'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { withMoney } from '../../src/money/moneyHooks'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Campaigns (市场活动): events, advertising, seminars and exhibitions, with their members. */
export const Campaigns: CollectionConfig = withMoney(
  businessCollection({
    slug: 'campaigns',
    labels: collectionLabels('Campaign', 'Campaigns', '市场活动'),
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'type', 'startsOn', 'status', 'owner'],
      group: label('Marketing', '市场营销'),
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: label('Name', '活动名称') },
          {
            name: 'type',
            type: 'select',
            required: true,
            defaultValue: 'field-event',
            label: label('Type', '类型'),
            options: [
              option('field-event', 'Field event', '地推活动'),
              option('advertising', 'Advertising', '广告'),
              option('seminar', 'Seminar', '研讨会'),
              option('web', 'Web', '网络营销'),
              option('exhibition', 'Exhibition', '展会'),
            ],
          },
          {
            name: 'status',
            type: 'select',
            defaultValue: 'planned',
            label: label('Status', '状态'),
            options: [
              option('planned', 'Planned', '计划中'),
              option('active', 'Active', '进行中'),
              option('completed', 'Completed', '已完成'),
              option('cancelled', 'Cancelled', '已取消'),
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          ...moneyField({ name: 'budget', label: label('Budget', '预算') }),
          ...moneyField({ name: 'expectedRevenue', label: label('Expected revenue', '预期收入') }),
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'startsOn', type: 'date', label: label('Starts', '开始日期') },
          { name: 'endsOn', type: 'date', label: label('Ends', '结束日期') },
          { name: 'stage', type: 'text', index: true, label: label('Stage', '阶段') },
        ],
      },
      { name: 'description', type: 'textarea', label: label('Description', '描述') },
      { name: 'leads', type: 'relationship', relationTo: 'leads', hasMany: true, label: label('Member leads', '成员线索') },
      {
        name: 'contacts',
        type: 'relationship',
        relationTo: 'contacts',
        hasMany: true,
        label: label('Member contacts', '成员联系人'),
      },
    ],
  }),
)
