import type { DefaultTemplate, Language, TemplateEntity } from '../types'
import { documentStyles } from './documentStyles'

type Texts = {
  title: string
  number: string
  date: string
  status: string
  extraDate?: { label: string; field: string }
  party: string
  partyPath: 'account' | 'vendor'
  shipTo: string
  subject: string
  columns: { no: string; item: string; qty: string; unit: string; price: string; discount: string; tax: string; amount: string }
  empty: string
  subtotal: string
  tax: string
  total: string
  words?: string
  terms: string
  signLeft: string
  signRight: string
  signDate: string
  contact: string
  phone: string
}

const ZH_COLUMNS = {
  no: '序号',
  item: '产品 / 描述',
  qty: '数量',
  unit: '单位',
  price: '单价',
  discount: '折扣',
  tax: '税率',
  amount: '金额',
}
const EN_COLUMNS = {
  no: '#',
  item: 'Item / description',
  qty: 'Qty',
  unit: 'Unit',
  price: 'Unit price',
  discount: 'Disc.',
  tax: 'Tax',
  amount: 'Amount',
}

const zh = (entity: TemplateEntity): Texts => {
  const base = {
    number: '单号',
    date: '日期',
    status: '状态',
    party: '客户',
    partyPath: 'account' as const,
    shipTo: '收货地址',
    subject: '主题',
    columns: ZH_COLUMNS,
    empty: '（无明细）',
    subtotal: '不含税金额',
    tax: '税额',
    total: '价税合计',
    words: '金额大写',
    terms: '条款与说明',
    signLeft: '客户确认（签字 / 盖章）',
    signRight: '供方（签字 / 盖章）',
    signDate: '日期',
    contact: '联系人',
    phone: '电话',
  }
  switch (entity) {
    case 'quotes':
      return { ...base, title: '报价单', extraDate: { label: '有效期至', field: 'validUntil' } }
    case 'sales-orders':
      return {
        ...base,
        title: '销售订单',
        extraDate: { label: '交货日期', field: 'deliveryDate' },
        signLeft: '买方（签字 / 盖章）',
        signRight: '卖方（签字 / 盖章）',
      }
    case 'purchase-orders':
      return {
        ...base,
        title: '采购订单',
        party: '供应商',
        partyPath: 'vendor',
        shipTo: '送货地址',
        extraDate: { label: '预计到货', field: 'expectedArrival' },
        signLeft: '供应商确认（签字 / 盖章）',
        signRight: '采购方（签字 / 盖章）',
      }
    case 'invoices':
      return {
        ...base,
        title: '发票',
        date: '开票日期',
        extraDate: { label: '到期日', field: 'dueDate' },
        signLeft: '付款方（签字 / 盖章）',
        signRight: '收款方（签字 / 盖章）',
      }
  }
}

const en = (entity: TemplateEntity): Texts => {
  const base = {
    number: 'No.',
    date: 'Date',
    status: 'Status',
    party: 'Customer',
    partyPath: 'account' as const,
    shipTo: 'Ship to',
    subject: 'Subject',
    columns: EN_COLUMNS,
    empty: '(no lines)',
    subtotal: 'Subtotal',
    tax: 'Tax',
    total: 'Total',
    terms: 'Terms and notes',
    signLeft: 'Accepted by (signature and stamp)',
    signRight: 'For the supplier',
    signDate: 'Date',
    contact: 'Contact',
    phone: 'Tel',
  }
  switch (entity) {
    case 'quotes':
      return { ...base, title: 'Quotation', extraDate: { label: 'Valid until', field: 'validUntil' } }
    case 'sales-orders':
      return {
        ...base,
        title: 'Sales Order',
        extraDate: { label: 'Delivery date', field: 'deliveryDate' },
        signLeft: 'Buyer (signature and stamp)',
        signRight: 'Seller',
      }
    case 'purchase-orders':
      return {
        ...base,
        title: 'Purchase Order',
        party: 'Supplier',
        partyPath: 'vendor',
        shipTo: 'Deliver to',
        extraDate: { label: 'Expected arrival', field: 'expectedArrival' },
        signLeft: 'Supplier (signature and stamp)',
        signRight: 'Buyer',
      }
    case 'invoices':
      return {
        ...base,
        title: 'Invoice',
        date: 'Invoice date',
        extraDate: { label: 'Due date', field: 'dueDate' },
        signLeft: 'Received by',
        signRight: 'Issued by',
      }
  }
}

/** zh addresses run from province to street; en the other way round. */
const address = (language: Language) =>
  language === 'zh'
    ? '{{join (list province city district street postcode) " "}}'
    : '{{join (list street district city province postcode) ", "}}'

/** The date a document is "of": invoices have issuedOn, the others their creation date. */
const docDate = (entity: TemplateEntity) =>
  entity === 'invoices' ? '{{date (default doc.issuedOn doc.createdAt)}}' : '{{date doc.createdAt}}'

/**
 * A print-ready document: company header, title block, parties, line items with row numbers, totals
 * (with 大写金额 in Chinese for CNY), terms, signatures and the footer. Written out in full so an admin
 * can copy one and edit it.
 */
export function buildDocumentTemplate(entity: TemplateEntity, language: Language): DefaultTemplate {
  const t = language === 'zh' ? zh(entity) : en(entity)
  const c = t.columns
  const party = `doc.${t.partyPath}`
  const source = `<!DOCTYPE html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${t.title} {{doc.number}}</title>
<style>
@page { {{page.css}} }
${documentStyles(language)}
</style>
</head>
<body>
<div class="sheet">
  <div class="top">
    {{> header}}
    <div class="title-block">
      <h1>${t.title}</h1>
      <table class="meta">
        <tr><th>${t.number}</th><td>{{doc.number}}</td></tr>
        <tr><th>${t.date}</th><td>${docDate(entity)}</td></tr>
        ${t.extraDate ? `{{#if doc.${t.extraDate.field}}}<tr><th>${t.extraDate.label}</th><td>{{date doc.${t.extraDate.field}}}</td></tr>{{/if}}` : ''}
        {{#if doc.status}}<tr><th>${t.status}</th><td>{{option "status" doc.status}}</td></tr>{{/if}}
      </table>
    </div>
  </div>

  <section class="parties">
    <div class="party">
      <h2>${t.party}</h2>
      {{#with ${party}}}
      <div class="party-name">{{name}}</div>
      {{#if taxNumber}}<div>${language === 'zh' ? '税号' : 'Tax No.'}: {{taxNumber}}</div>{{/if}}
      {{/with}}
      {{#if doc.contact}}<div>${t.contact}: {{doc.contact.name}}{{#if doc.contact.mobile}} · {{doc.contact.mobile}}{{else}}{{#if doc.contact.phone}} · {{doc.contact.phone}}{{/if}}{{/if}}</div>{{/if}}
      {{#if ${party}.contactName}}<div>${t.contact}: {{${party}.contactName}}{{#if ${party}.phone}} · {{${party}.phone}}{{/if}}</div>{{/if}}
      {{#with doc.billingAddress}}<div class="address">${address(language)}</div>{{/with}}
    </div>
    <div class="party">
      <h2>${t.shipTo}</h2>
      {{#with doc.shippingAddress}}<div class="address">${address(language)}</div>{{/with}}
    </div>
  </section>

  {{#if doc.subject}}<p class="subject"><span>${t.subject}</span>{{doc.subject}}</p>{{/if}}

  <table class="items">
    <thead>
      <tr>
        <th class="no">${c.no}</th>
        <th>${c.item}</th>
        <th class="num">${c.qty}</th>
        <th class="unit">${c.unit}</th>
        <th class="num">${c.price}</th>
        <th class="num">${c.discount}</th>
        <th class="num">${c.tax}</th>
        <th class="num">${c.amount}</th>
      </tr>
    </thead>
    <tbody>
      {{#each doc.items}}
      <tr>
        <td class="no">{{rowNumber}}</td>
        <td>
          <div class="item-name">{{#if product}}{{product.name}}{{else}}{{description}}{{/if}}</div>
          {{#if product}}{{#if description}}<div class="item-desc">{{description}}</div>{{/if}}{{/if}}
          {{#if product.code}}<div class="item-code">{{product.code}}</div>{{/if}}
        </td>
        <td class="num">{{number quantity}}</td>
        <td class="unit">{{option "items.product.unit" product.unit}}</td>
        <td class="num">{{money unitPrice style="none"}}</td>
        <td class="num">{{#if (ne (default discount 0) 0)}}{{percent discount}}{{/if}}</td>
        <td class="num">{{percent taxRate}}</td>
        <td class="num">{{money net style="none"}}</td>
      </tr>
      {{else}}
      <tr><td colspan="8" class="empty">${t.empty}</td></tr>
      {{/each}}
    </tbody>
  </table>

  <div class="summary">
    <div class="summary-left">
      ${
        t.words
          ? `{{#if (or (eq doc.currency "CNY") (not doc.currency))}}<div class="words"><span>${t.words}</span>人民币{{rmbUpper doc.total}}</div>{{/if}}`
          : ''
      }
    </div>
    <table class="totals">
      <tr><th>${t.subtotal}</th><td>{{money doc.subtotal}}</td></tr>
      <tr><th>${t.tax}</th><td>{{money doc.tax}}</td></tr>
      <tr class="grand"><th>${t.total}</th><td>{{money doc.total}}</td></tr>
    </table>
  </div>

  {{#if doc.terms}}
  <section class="terms">
    <h2>${t.terms}</h2>
    <div>{{multiline doc.terms}}</div>
  </section>
  {{/if}}

  <section class="signatures">
    <div class="signature"><div class="sign-line"></div><div>${t.signLeft}</div><div class="sign-date">${t.signDate}:</div></div>
    <div class="signature"><div class="sign-line"></div><div>${t.signRight}${language === 'en' ? ' — {{tenant.name}}' : ''}</div><div class="sign-date">${t.signDate}:</div></div>
  </section>

  {{> footer}}
</div>
</body>
</html>
`
  return { entity, language, name: language === 'zh' ? `${t.title}（默认）` : `${t.title} (default)`, source }
}
