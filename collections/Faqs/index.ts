import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { dictionaryField } from '../../src/fields/dictionaryField'
import { collectionLabels, label } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** FAQs (常见问题): answers the service team reuses; every member may read them. */
export const Faqs: CollectionConfig = businessCollection({
  slug: 'faqs',
  labels: collectionLabels('FAQ', 'FAQs', '常见问题'),
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', 'product', 'published'],
    group: label('Service', '客户服务'),
  },
  access: { read: tenantMembersRead },
  fields: [
    { name: 'question', type: 'text', required: true, label: label('Question', '问题') },
    { name: 'answer', type: 'textarea', required: true, label: label('Answer', '解答') },
    {
      type: 'row',
      fields: [
        dictionaryField({ name: 'category', dictionary: 'service-category', label: label('Category', '类别') }),
        { name: 'product', type: 'relationship', relationTo: 'products', label: label('Product', '产品') },
        { name: 'published', type: 'checkbox', defaultValue: false, label: label('Published', '已发布') },
      ],
    },
  ],
})
