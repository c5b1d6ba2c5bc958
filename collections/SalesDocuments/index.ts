import { setOnce } from '../../src/concurrency/setOnce'
import { orderToInvoiceEndpoint, quoteToOrderEndpoint, raisePurchaseOrdersEndpoint } from '../../src/conversions/endpoints'
import { moneyField } from '../../src/fields/money'
import { label, option } from '../../src/i18n/label'
import { reconcileStock } from '../../src/inventory/reconcileStock'
import { salesDocument } from './salesDocument'

const date = (name: string, en: string, zh: string) => ({ name, type: 'date' as const, label: label(en, zh) })

export const Quotes = salesDocument({
  slug: 'quotes',
  names: ['Quote', 'Quotes', '报价单'],
  endpoints: [quoteToOrderEndpoint],
  beforeChange: [setOnce('salesOrder', 'alreadyConverted')],
  party: 'account',
  statuses: [
    option('draft', 'Draft', '草稿'),
    option('sent', 'Sent', '已发送'),
    option('accepted', 'Accepted', '已接受'),
    option('rejected', 'Rejected', '已拒绝'),
    option('expired', 'Expired', '已过期'),
    option('void', 'Void', '已作废'),
  ],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'opportunity', type: 'relationship', relationTo: 'opportunities', label: label('Opportunity', '销售机会') },
        date('validUntil', 'Valid until', '有效期至'),
      ],
    },
    {
      name: 'salesOrder',
      type: 'relationship',
      relationTo: 'sales-orders',
      label: label('Sales order', '销售订单'),
      admin: { readOnly: true },
    },
  ],
})

export const SalesOrders = salesDocument({
  slug: 'sales-orders',
  names: ['Sales order', 'Sales orders', '销售订单'],
  endpoints: [orderToInvoiceEndpoint, raisePurchaseOrdersEndpoint],
  afterChange: [reconcileStock('sales-orders')],
  beforeChange: [setOnce('invoice', 'alreadyConverted')],
  party: 'account',
  statuses: [
    option('draft', 'Draft', '草稿'),
    option('confirmed', 'Confirmed', '已确认'),
    option('shipped', 'Shipped', '已发货'),
    option('completed', 'Completed', '已完成'),
    option('cancelled', 'Cancelled', '已取消'),
    option('void', 'Void', '已作废'),
  ],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'opportunity', type: 'relationship', relationTo: 'opportunities', label: label('Opportunity', '销售机会') },
        date('deliveryDate', 'Delivery date', '交货日期'),
      ],
    },
    {
      name: 'quote',
      type: 'relationship',
      relationTo: 'quotes',
      label: label('From quote', '来源报价单'),
      admin: { readOnly: true },
    },
    {
      name: 'invoice',
      type: 'relationship',
      relationTo: 'invoices',
      label: label('Invoice', '发票'),
      admin: { readOnly: true },
    },
  ],
})

export const PurchaseOrders = salesDocument({
  slug: 'purchase-orders',
  names: ['Purchase order', 'Purchase orders', '采购订单'],
  afterChange: [reconcileStock('purchase-orders')],
  party: 'vendor',
  statuses: [
    option('draft', 'Draft', '草稿'),
    option('ordered', 'Ordered', '已下单'),
    option('received', 'Received', '已到货'),
    option('cancelled', 'Cancelled', '已取消'),
    option('void', 'Void', '已作废'),
  ],
  fields: [
    {
      type: 'row',
      fields: [
        date('expectedArrival', 'Expected arrival', '预计到货'),
        { name: 'salesOrder', type: 'relationship', relationTo: 'sales-orders', label: label('For sales order', '关联销售订单') },
      ],
    },
  ],
})

export const Invoices = salesDocument({
  slug: 'invoices',
  names: ['Invoice', 'Invoices', '发票'],
  party: 'account',
  statuses: [
    option('draft', 'Draft', '草稿'),
    option('issued', 'Issued', '已开具'),
    option('partially-paid', 'Partially paid', '部分回款'),
    option('paid', 'Paid', '已回款'),
    option('void', 'Void', '已作废'),
  ],
  fields: [
    { type: 'row', fields: [date('issuedOn', 'Issued on', '开票日期'), date('dueDate', 'Due date', '到期日')] },
    // Kept by the payments (回款) received against the invoice; receivable = total − amount paid.
    ...moneyField({ name: 'amountPaid', label: label('Amount paid', '已回款'), readOnly: true }),
    {
      name: 'salesOrder',
      type: 'relationship',
      relationTo: 'sales-orders',
      label: label('Sales order', '销售订单'),
      admin: { readOnly: true },
    },
  ],
})
