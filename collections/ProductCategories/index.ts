import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Product categories (产品分类): a tree of any depth. */
export const ProductCategories: CollectionConfig = businessCollection(
  {
    slug: 'product-categories',
    labels: collectionLabels('Product category', 'Product categories', '产品分类'),
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'parent'], group: label('Products', '产品管理') },
    access: { read: tenantMembersRead },
    indexes: [{ fields: ['tenant', 'code'], unique: true }],
    fields: [
      { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
      { name: 'code', type: 'text', label: label('Code', '编码') },
      { name: 'parent', type: 'relationship', relationTo: 'product-categories', label: label('Parent', '上级分类') },
    ],
  },
  { owned: false },
)
