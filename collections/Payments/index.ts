import type { CollectionConfig } from 'payload'
import { moneyField } from '../../src/fields/money'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { withMoney } from '../../src/money/moneyHooks'
import { invoiceFollowsPayment, invoiceFollowsPaymentDelete } from '../../src/payments/invoicePaidState'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Payments (回款): planned instalments and money received, against a contract or an invoice. */
export const Payments: CollectionConfig = withMoney(
  businessCollection({
    slug: 'payments',
    labels: collectionLabels('Payment', 'Payments', '回款'),
    hooks: { afterChange: [invoiceFollowsPayment], afterDelete: [invoiceFollowsPaymentDelete] },
    admin: {
      useAsTitle: 'reference',
      defaultColumns: ['kind', 'contract', 'invoice', 'amount', 'dueOn', 'receivedOn'],
      group: label('Sales', '销售管理'),
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'received',
            label: label('Kind', '类型'),
            options: [option('planned', 'Planned instalment', '回款计划'), option('received', 'Received', '实际回款')],
          },
          { name: 'contract', type: 'relationship', relationTo: 'contracts', index: true, label: label('Contract', '合同') },
          { name: 'invoice', type: 'relationship', relationTo: 'invoices', index: true, label: label('Invoice', '发票') },
        ],
      },
      {
        type: 'row',
        fields: [
          ...moneyField({ name: 'amount', label: label('Amount', '金额'), required: true }),
          { name: 'dueOn', type: 'date', label: label('Due on', '计划日期') },
          { name: 'receivedOn', type: 'date', label: label('Received on', '到账日期') },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'method',
            type: 'select',
            label: label('Method', '方式'),
            options: [
              option('transfer', 'Bank transfer', '银行转账'),
              option('cash', 'Cash', '现金'),
              option('cheque', 'Cheque', '支票'),
              option('online', 'Online', '在线支付'),
            ],
          },
          { name: 'reference', type: 'text', label: label('Reference', '流水号') },
        ],
      },
      { name: 'note', type: 'textarea', label: label('Note', '备注') },
    ],
  }),
)
