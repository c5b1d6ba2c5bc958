import type { CollectionConfig } from 'payload'
import { currencyField } from '../../src/fields/currencyField'
import { documentNumberField } from '../../src/fields/documentNumber'
import { moneyField } from '../../src/fields/money'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { withMoney } from '../../src/money/moneyHooks'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Contracts (合同): what was signed with a customer; payments are planned and received against them. */
export const Contracts: CollectionConfig = withMoney(
  businessCollection({
    slug: 'contracts',
    labels: collectionLabels('Contract', 'Contracts', '合同'),
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['number', 'name', 'account', 'amount', 'status', 'owner'],
      group: label('Sales', '销售管理'),
    },
    indexes: [{ fields: ['tenant', 'number'], unique: true }],
    fields: [
      {
        type: 'row',
        fields: [
          documentNumberField(label('Number', '合同编号')),
          { name: 'name', type: 'text', required: true, label: label('Name', '合同名称') },
          {
            name: 'status',
            type: 'select',
            defaultValue: 'draft',
            label: label('Status', '状态'),
            options: [
              option('draft', 'Draft', '草稿'),
              option('signed', 'Signed', '已签订'),
              option('in-force', 'In force', '执行中'),
              option('completed', 'Completed', '已完成'),
              option('terminated', 'Terminated', '已终止'),
              option('void', 'Void', '已作废'),
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'account',
            type: 'relationship',
            relationTo: 'accounts',
            required: true,
            index: true,
            label: label('Account', '客户'),
          },
          { name: 'opportunity', type: 'relationship', relationTo: 'opportunities', label: label('Opportunity', '销售机会') },
          { name: 'salesOrder', type: 'relationship', relationTo: 'sales-orders', label: label('Sales order', '销售订单') },
        ],
      },
      {
        type: 'row',
        fields: [...moneyField({ name: 'amount', label: label('Amount', '合同金额'), required: true }), currencyField()],
      },
      {
        type: 'row',
        fields: [
          { name: 'signedOn', type: 'date', label: label('Signed on', '签订日期') },
          { name: 'startsOn', type: 'date', label: label('Starts', '开始日期') },
          { name: 'endsOn', type: 'date', label: label('Ends', '结束日期') },
        ],
      },
      { name: 'attachments', type: 'relationship', relationTo: 'documents', hasMany: true, label: label('Attachments', '附件') },
      { name: 'terms', type: 'textarea', label: label('Terms', '条款') },
    ],
  }),
)
