import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { currencyField } from '../../src/fields/currencyField'
import { collectionLabels, label } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Price books (价格表): a unit and a wholesale price per product, in one currency. */
export const PriceBooks: CollectionConfig = businessCollection(
  {
    slug: 'price-books',
    labels: collectionLabels('Price book', 'Price books', '价格表'),
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'currency', 'active'], group: label('Products', '产品管理') },
    access: { read: tenantMembersRead },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
          currencyField(),
          { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'validFrom', type: 'date', label: label('Valid from', '生效日期') },
          { name: 'validTo', type: 'date', label: label('Valid to', '失效日期') },
        ],
      },
      {
        name: 'entries',
        type: 'array',
        label: label('Prices', '价格'),
        labels: { singular: label('Price', '价格'), plural: label('Prices', '价格') },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'product', type: 'relationship', relationTo: 'products', required: true, label: label('Product', '产品') },
              // Decimal strings with up to four places: unit prices below a cent exist (per gram, per minute).
              { name: 'unitPrice', type: 'text', required: true, label: label('Unit price', '单价') },
              { name: 'wholesalePrice', type: 'text', label: label('Wholesale price', '批发价') },
            ],
          },
        ],
      },
    ],
  },
  { owned: false },
)
