import type { Payload } from 'payload'
import type { Id } from '../../../src/access/types'
import { at, lab, related } from './lab'

/** The sales lab solved as a student would: every exercise of `sales-lab.json` passes afterwards. */
export async function solve(payload: Payload, group: Id): Promise<void> {
  const { find, create, update } = lab(payload, group)

  // convert-lead: 赵敏 becomes an account, a contact and an opportunity.
  const lead = await find('leads', 'name', '赵敏')
  const account = await create('accounts', { name: '品味轩茶餐厅', type: 'customer', industry: 'catering', source: 'tasting' })
  const contact = await create('contacts', { name: '赵敏', account, title: '店长', mobile: '13820001001', isPrimary: true })
  const opportunity = await create('opportunities', {
    name: '品味轩茶餐厅 饮品供应',
    account,
    contact,
    amount: '18000.00',
    currency: 'CNY',
    stage: 'qualification',
    source: 'tasting',
  })
  await update('leads', lead, {
    status: 'converted',
    convertedAt: at('2026-03-27T02:00:00Z'),
    convertedAccount: account,
    convertedContact: contact,
    convertedOpportunity: opportunity,
  })

  // win-opportunity
  await update('opportunities', await find('opportunities', 'name', '华联超市 夏季饮品采购'), { stage: 'won', probability: 100 })

  // quote-hotel: a quote for 悦来大酒店 from the standard price book.
  const standard = await find('price-books', 'name', '标准价格表')
  await create('quotes', {
    subject: '悦来大酒店 客房饮用水报价',
    status: 'draft',
    account: await find('accounts', 'code', 'SL-C003'),
    contact: await find('contacts', 'email', 'chenjing@yuelai-hotel.cn'),
    priceBook: standard,
    currency: 'CNY',
    items: [
      { product: await find('products', 'code', 'BEV-001'), quantity: '600', unitPrice: '36.00', discount: '5', taxRate: '13' },
      { product: await find('products', 'code', 'BEV-002'), quantity: '300', unitPrice: '30.00', discount: '5', taxRate: '13' },
    ],
  })

  // order-from-quote: the accepted quote's lines become a sales order, linked both ways.
  const quoteId = await find('quotes', 'number', 'QT-202603-0002')
  const quote = (await payload.findByID({ collection: 'quotes', id: quoteId, depth: 0, overrideAccess: true })) as unknown as {
    account: Id
    contact: Id | null
    currency: string
    items: { product: Id; quantity: string; unitPrice: string; discount: string; taxRate: string }[]
  }
  const order = await create('sales-orders', {
    subject: '启明科技 桶装水年度订单',
    status: 'confirmed',
    account: quote.account,
    contact: quote.contact,
    currency: quote.currency,
    quote: quoteId,
    items: quote.items.map(({ product, quantity, unitPrice, discount, taxRate }) => ({
      product,
      quantity,
      unitPrice,
      discount,
      taxRate,
    })),
  })
  await update('quotes', quoteId, { salesOrder: order })

  // record-payment: the whole invoice received.
  const invoiceId = await find('invoices', 'number', 'INV-202603-0002')
  const invoice = await payload.findByID({ collection: 'invoices', id: invoiceId, depth: 0, overrideAccess: true })
  await create('payments', {
    kind: 'received',
    invoice: invoiceId,
    amount: invoice.total,
    receivedOn: at('2026-04-08T00:00:00Z'),
    method: 'transfer',
    reference: 'LJ20260408001',
  })

  // visit-kindergarten
  await create('activities', {
    subject: '拜访阳光幼儿园',
    type: 'visit',
    status: 'done',
    relatedTo: related('accounts', await find('accounts', 'code', 'SL-C006')),
    startAt: at('2026-03-27T02:00:00Z'),
    outcome: '园长吴燕希望试用桶装水一个月。',
  })

  // close-ticket
  await update('service-requests', await find('service-requests', 'number', 'SR-20260311-001'), { status: 'resolved' })

  // purchase-soda
  await create('purchase-orders', {
    subject: '苏打水补货',
    status: 'ordered',
    vendor: await find('vendors', 'code', 'V003'),
    currency: 'CNY',
    items: [{ product: await find('products', 'code', 'BEV-007'), quantity: '400', unitPrice: '34.00', taxRate: '13' }],
  })
}
