import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { dictionaryField } from '../../src/fields/dictionaryField'
import { moneyField } from '../../src/fields/money'
import { collectionLabels, label } from '../../src/i18n/label'
import { recordStockAdjustment } from '../../src/inventory/recordAdjustment'
import { validStock } from '../../src/inventory/validStock'
import { withMoney } from '../../src/money/moneyHooks'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Products (产品): what the tenant sells or buys; every member may read the catalogue. */
export const Products: CollectionConfig = withMoney(
  businessCollection(
    {
      slug: 'products',
      labels: collectionLabels('Product', 'Products', '产品'),
      admin: {
        useAsTitle: 'name',
        defaultColumns: ['code', 'name', 'category', 'salePrice', 'stock', 'active'],
        group: label('Products', '产品管理'),
      },
      access: { read: tenantMembersRead },
      indexes: [{ fields: ['tenant', 'code'], unique: true }],
      hooks: { afterChange: [recordStockAdjustment] },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'code', type: 'text', required: true, label: label('Code', '产品编码') },
            { name: 'name', type: 'text', required: true, label: label('Name', '产品名称') },
            { name: 'category', type: 'relationship', relationTo: 'product-categories', label: label('Category', '分类') },
          ],
        },
        {
          type: 'row',
          fields: [
            dictionaryField({ name: 'unit', dictionary: 'unit', label: label('Unit', '单位') }),
            ...moneyField({ name: 'salePrice', label: label('Sale price', '销售价') }),
            ...moneyField({ name: 'costPrice', label: label('Cost price', '成本价') }),
          ],
        },
        {
          type: 'row',
          fields: [
            // Decimal string: stock of goods sold by weight or length has decimals. Negative means
            // more was shipped than recorded as received (a backorder): allowed, visible, not hidden.
            { name: 'stock', type: 'text', defaultValue: '0', validate: validStock, label: label('Stock', '库存') },
            { name: 'vendor', type: 'relationship', relationTo: 'vendors', label: label('Vendor', '供应商') },
            { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '在售') },
          ],
        },
        { name: 'description', type: 'textarea', label: label('Description', '描述') },
      ],
    },
    { owned: false },
  ),
)
