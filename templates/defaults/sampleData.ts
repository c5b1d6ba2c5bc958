import { computeTotals } from '../../src/money/lineItems'
import type { Language, TemplateData, TemplateEntity } from '../types'

const PRODUCTS = [
  { code: 'SRV-01', name: '云服务器 4核8G', unit: 'set', category: { name: '硬件' } },
  { code: 'LIC-20', name: 'Formwork CRM 专业版许可', unit: 'seat', category: { name: '软件' } },
  { code: 'SUP-01', name: '年度技术支持', unit: 'year', category: { name: '服务' } },
]

/** A quote as the export endpoint would pass it: relations populated, money as decimal strings. */
export function sampleQuote(language: Language, lines = 3): TemplateData {
  const inputs = Array.from({ length: lines }, (_, i) => ({
    quantity: String((i % 5) + 1),
    unitPrice: `${1280 + i * 10}.50`,
    discount: i === 1 ? '5' : '0',
    taxRate: '13',
  }))
  // The server's own exact totals, so the sample is what a real quote holds.
  const computed = computeTotals(inputs)
  if (!computed.ok) throw new Error('sample quote does not add up')
  const { totals } = computed
  const items = totals.items.map((line, i) => ({
    ...line,
    product: PRODUCTS[i % PRODUCTS.length],
    description: i === 0 ? (language === 'zh' ? '含三年硬件保修' : 'Three-year hardware warranty') : '',
  }))
  return {
    language,
    doc: {
      number: 'QT-2026-00042',
      subject: language === 'zh' ? '华东区域门店 CRM 部署' : 'CRM roll-out for the East China stores',
      status: 'sent',
      createdAt: '2026-11-27T02:30:00.000Z',
      validUntil: '2026-12-27',
      currency: 'CNY',
      account: { name: '上海明德贸易有限公司', taxNumber: '91310000MA1K8XYZ12' },
      contact: { name: '王晓梅', mobile: '13800138000' },
      billingAddress: {
        province: '上海市',
        city: '上海市',
        district: '浦东新区',
        street: '世纪大道 100 号 18 楼',
        postcode: '200120',
      },
      shippingAddress: { province: '江苏省', city: '苏州市', district: '工业园区', street: '星湖街 328 号', postcode: '215000' },
      items,
      subtotal: totals.subtotal,
      tax: totals.tax,
      total: totals.total,
      terms:
        language === 'zh'
          ? '1. 报价含税（13% 增值税）。\n2. 合同签订后 7 个工作日内发货。'
          : '1. Prices include 13% VAT.\n2. Delivery within 7 working days of signature.',
      custom: { region: '华东', priority: 'high' },
    },
    tenant: {
      name: language === 'zh' ? '杭州织网科技有限公司' : 'Hangzhou Formwork Technology Co., Ltd.',
      address: language === 'zh' ? '浙江省杭州市西湖区文三路 90 号' : '90 Wensan Road, Xihu District, Hangzhou',
      phone: '0571-88886666',
      email: 'sales@formwork.example',
      bankName: language === 'zh' ? '招商银行杭州分行' : 'China Merchants Bank, Hangzhou Branch',
      bankAccount: '5719 0123 4567 890',
      taxNumber: '91330106MA2H0ABC3X',
      currency: 'CNY',
    },
    labels: {
      options: {
        status: language === 'zh' ? { sent: '已发送' } : { sent: 'Sent' },
        'items.product.unit':
          language === 'zh' ? { set: '台', seat: '用户', year: '年' } : { set: 'set', seat: 'seat', year: 'yr' },
      },
    },
    printedAt: '2026-11-28T06:05:00.000Z',
    timeZone: 'Asia/Shanghai',
  }
}

const STATUS_LABELS: Record<Language, Record<string, string>> = {
  zh: { draft: '草稿', sent: '已发送', confirmed: '已确认', ordered: '已下单', issued: '已开具' },
  en: { draft: 'Draft', sent: 'Sent', confirmed: 'Confirmed', ordered: 'Ordered', issued: 'Issued' },
}

/**
 * Sample data for previewing a template of any of the four documents (the editor's "preview" before a
 * real record is picked): a purchase order has a vendor instead of a customer, an invoice its dates.
 */
export function sampleDocument(entity: TemplateEntity, language: Language, lines = 5): TemplateData {
  const data = sampleQuote(language, lines)
  const { account: _account, contact: _contact, validUntil: _validUntil, ...common } = data.doc
  const doc: Record<string, unknown> =
    entity === 'quotes'
      ? data.doc
      : entity === 'sales-orders'
        ? { ...data.doc, number: 'SO-2026-00088', status: 'confirmed', validUntil: undefined, deliveryDate: '2026-12-05' }
        : entity === 'purchase-orders'
          ? {
              ...common,
              number: 'PO-2026-00107',
              status: 'ordered',
              expectedArrival: '2026-12-10',
              vendor: { name: '宁波精工五金厂', contactName: '李工', phone: '0574-8765 4321', taxNumber: '91330200MA2AB1234K' },
            }
          : {
              ...data.doc,
              number: 'INV-2026-00311',
              status: 'issued',
              validUntil: undefined,
              issuedOn: '2026-11-28',
              dueDate: '2026-12-28',
            }
  return { ...data, doc, labels: { ...data.labels, options: { ...data.labels?.options, status: STATUS_LABELS[language] } } }
}
