import type { Language, TemplateData } from '../types'

const PRODUCTS = [
  { code: 'SRV-01', name: '云服务器 4核8G', unit: 'set', category: { name: '硬件' } },
  { code: 'LIC-20', name: 'Formwork CRM 专业版许可', unit: 'seat', category: { name: '软件' } },
  { code: 'SUP-01', name: '年度技术支持', unit: 'year', category: { name: '服务' } },
]

/** A quote as the export endpoint would pass it: relations populated, money as decimal strings. */
export function sampleQuote(language: Language, lines = 3): TemplateData {
  const items = Array.from({ length: lines }, (_, i) => {
    const product = PRODUCTS[i % PRODUCTS.length]
    const quantity = String((i % 5) + 1)
    const unitPrice = (1280.5 + i * 10).toFixed(2)
    const net = (Number(quantity) * Number(unitPrice)).toFixed(2)
    const tax = ((Number(net) * 13) / 100).toFixed(2)
    return {
      product,
      description: i === 0 ? '含三年硬件保修' : '',
      quantity,
      unitPrice,
      discount: i === 1 ? '5' : '0',
      taxRate: '13',
      net,
      tax,
    }
  })
  const subtotal = items.reduce((s, it) => s + Math.round(Number(it.net) * 100), 0) / 100
  const tax = items.reduce((s, it) => s + Math.round(Number(it.tax) * 100), 0) / 100
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
      subtotal: subtotal.toFixed(2),
      tax: tax.toFixed(2),
      total: (subtotal + tax).toFixed(2),
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
