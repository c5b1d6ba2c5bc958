import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * The stock ledger (库存流水): one row per change of a product's stock — shipped orders, received
 * purchases, their reversals and hand-typed adjustments. Written by the server only.
 */
export const StockMoves: CollectionConfig = tenantCollection(
  {
    slug: 'stock-moves',
    labels: collectionLabels('Stock move', 'Stock moves', '库存流水'),
    admin: {
      defaultColumns: ['createdAt', 'product', 'kind', 'quantity', 'stockAfter', 'document'],
      group: label('Products', '产品管理'),
    },
    defaultSort: '-createdAt',
    access: { read: tenantMembersRead, create: systemOnly, update: systemOnly, delete: systemOnly },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'product',
            type: 'relationship',
            relationTo: 'products',
            required: true,
            index: true,
            label: label('Product', '产品'),
          },
          {
            name: 'kind',
            type: 'select',
            required: true,
            label: label('Kind', '类型'),
            options: [
              option('shipment', 'Shipped', '销售出库'),
              option('shipment-reversal', 'Shipment reversed', '出库冲回'),
              option('receipt', 'Received', '采购入库'),
              option('receipt-reversal', 'Receipt reversed', '入库冲回'),
              option('adjustment', 'Adjustment', '库存调整'),
              option('opening', 'Opening balance', '期初库存'),
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          // Decimal strings, signed: negative moves goods out.
          { name: 'quantity', type: 'text', required: true, label: label('Quantity', '数量') },
          { name: 'stockAfter', type: 'text', label: label('Stock after', '结存') },
        ],
      },
      {
        name: 'document',
        type: 'relationship',
        relationTo: ['sales-orders', 'purchase-orders'],
        index: true,
        label: label('Document', '单据'),
      },
      { name: 'by', type: 'relationship', relationTo: 'users', label: label('By', '操作人') },
    ],
  },
  { systemWritten: true },
)
