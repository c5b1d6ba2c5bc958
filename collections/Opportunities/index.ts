import type { CollectionConfig } from 'payload'
import { currencyField } from '../../src/fields/currencyField'
import { dictionaryField } from '../../src/fields/dictionaryField'
import { moneyField } from '../../src/fields/money'
import { collectionLabels, label } from '../../src/i18n/label'
import { withMoney } from '../../src/money/moneyHooks'
import { assertContactOfAccount } from '../../src/tenancy/assertContactOfAccount'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Opportunities (销售机会): a deal moving through stages toward won or lost. */
export const Opportunities: CollectionConfig = withMoney(
  businessCollection(
    {
      slug: 'opportunities',
      hooks: { beforeChange: [assertContactOfAccount] },
      labels: collectionLabels('Opportunity', 'Opportunities', '销售机会'),
      admin: {
        useAsTitle: 'name',
        defaultColumns: ['name', 'account', 'amount', 'stage', 'expectedCloseDate', 'owner'],
        group: label('Sales', '销售管理'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('Name', '机会名称') },
            {
              name: 'account',
              type: 'relationship',
              relationTo: 'accounts',
              required: true,
              index: true,
              label: label('Account', '客户'),
            },
            { name: 'contact', type: 'relationship', relationTo: 'contacts', label: label('Contact', '联系人') },
          ],
        },
        {
          type: 'row',
          fields: [
            ...moneyField({ name: 'amount', label: label('Amount', '金额') }),
            currencyField(),
            { name: 'expectedCloseDate', type: 'date', index: true, label: label('Expected close', '预计成交日期') },
          ],
        },
        {
          type: 'row',
          fields: [
            // The stage's key; labels and the pipeline come from the workflow (workflows issue).
            { name: 'stage', type: 'text', index: true, defaultValue: 'qualification', label: label('Stage', '阶段') },
            { name: 'probability', type: 'number', min: 0, max: 100, label: label('Probability %', '赢率 %') },
            dictionaryField({ name: 'source', dictionary: 'source', label: label('Source', '来源') }),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'campaign', type: 'relationship', relationTo: 'campaigns', label: label('Campaign', '市场活动') },
            { name: 'priceBook', type: 'relationship', relationTo: 'price-books', label: label('Price book', '价格表') },
            { name: 'lossReason', type: 'text', label: label('Loss reason', '输单原因') },
          ],
        },
        { name: 'description', type: 'textarea', label: label('Description', '描述') },
        {
          name: 'sharedWith',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          label: label('Shared with', '共享给'),
          admin: { position: 'sidebar' },
        },
      ],
    },
    { shared: true },
  ),
)
