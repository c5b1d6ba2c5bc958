import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Endpoint, Field } from 'payload'
import { addressGroup } from '../../src/fields/address'
import { currencyField } from '../../src/fields/currencyField'
import { documentNumberField } from '../../src/fields/documentNumber'
import { documentTotalsFields, lineItemsField } from '../../src/fields/lineItems'
import { collectionLabels, label, type option } from '../../src/i18n/label'
import { assertPriceBookLines } from '../../src/money/assertPriceBookLines'
import { computeDocumentTotals } from '../../src/money/computeDocumentTotals'
import { withMoney } from '../../src/money/moneyHooks'
import { assertContactOfAccount } from '../../src/tenancy/assertContactOfAccount'
import { businessCollection } from '../../src/tenancy/businessCollection'

type Options = {
  slug: string
  names: [singular: string, plural: string, zh: string]
  /** Who the document is addressed to: a customer, or a vendor for purchase orders. */
  party: 'account' | 'vendor'
  statuses: ReturnType<typeof option>[]
  /** Fields particular to this kind of document (dates, links to the documents it came from). */
  fields: Field[]
  endpoints?: Endpoint[]
  /** Effects of a saved document on other records (e.g. stock). */
  afterChange?: CollectionAfterChangeHook[]
  /** More checks before a write (e.g. the conversion links that may be set only once). */
  beforeChange?: CollectionBeforeChangeHook[]
}

/**
 * Quotes, sales orders, purchase orders and invoices share one shape: a party, line items with
 * server-computed totals, currency and exchange rate, addresses and terms.
 */
export function salesDocument({
  slug,
  names,
  party,
  statuses,
  fields,
  endpoints = [],
  afterChange = [],
  beforeChange = [],
}: Options): CollectionConfig {
  const partyField: Field =
    party === 'account'
      ? {
          name: 'account',
          type: 'relationship',
          relationTo: 'accounts',
          required: true,
          index: true,
          label: label('Account', '客户'),
        }
      : {
          name: 'vendor',
          type: 'relationship',
          relationTo: 'vendors',
          required: true,
          index: true,
          label: label('Vendor', '供应商'),
        }
  return withMoney(
    businessCollection({
      slug,
      labels: collectionLabels(...names),
      admin: {
        useAsTitle: 'number',
        defaultColumns: ['number', party, 'total', 'status', 'owner'],
        group: label('Sales', '销售管理'),
      },
      indexes: [{ fields: ['tenant', 'number'], unique: true }],
      endpoints,
      hooks: {
        beforeValidate: [computeDocumentTotals],
        beforeChange: [...(party === 'account' ? [assertContactOfAccount, assertPriceBookLines] : []), ...beforeChange],
        afterChange,
      },
      fields: [
        {
          type: 'row',
          fields: [
            // Given by the tenant's number sequence (src/numbering); unique per tenant.
            documentNumberField(label('Number', '单号')),
            { name: 'subject', type: 'text', label: label('Subject', '主题') },
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: statuses[0].value,
              label: label('Status', '状态'),
              options: statuses,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            partyField,
            ...(party === 'account'
              ? ([
                  { name: 'contact', type: 'relationship', relationTo: 'contacts', label: label('Contact', '联系人') },
                ] as Field[])
              : []),
            { name: 'priceBook', type: 'relationship', relationTo: 'price-books', label: label('Price book', '价格表') },
          ],
        },
        {
          type: 'row',
          fields: [
            currencyField({ required: true }),
            {
              name: 'exchangeRate',
              type: 'text',
              defaultValue: '1',
              label: label('Exchange rate to base currency', '对本位币汇率'),
            },
            { name: 'pricesIncludeTax', type: 'checkbox', defaultValue: false, label: label('Prices include tax', '含税价') },
          ],
        },
        ...fields,
        lineItemsField(),
        ...documentTotalsFields(),
        addressGroup('billingAddress', label('Billing address', '开票地址')),
        addressGroup('shippingAddress', label('Shipping address', '收货地址')),
        { name: 'terms', type: 'textarea', label: label('Terms', '条款') },
      ],
    }),
  )
}
