import { fill } from '../../../src/i18n/fill'

const en = {
  toOrder: 'Convert to order',
  toInvoice: 'Convert to invoice',
  converting: 'Converting…',
  convertedTo: 'Converted: {{name}}',
  open: 'Open it',
  failed: 'Could not convert: {{reason}}',
  template: 'Print template',
  noTemplate: 'No print template for this kind of document yet (an admin adds one under Export templates).',
  pdf: 'Print PDF',
  html: 'Open as HTML',
  printing: 'Printing…',
  printFailed: 'Could not print: {{reason}}',
  saveFirst: 'Conversion and printing use the saved version: save your changes first.',
  order: 'the sales order',
  invoice: 'the invoice',
  email: 'Send by email',
  sendTo: 'To (several: separate with commas)',
  subject: 'Subject',
  subjectDefault: 'The template’s name and the number',
  note: 'Note above the document',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Sent to {{to}}; it is on the timeline.',
  sendFailed: 'Not sent: {{reason}}',
}
type Key = keyof typeof en
const zh: Record<Key, string> = {
  toOrder: '转为订单',
  toInvoice: '转为发票',
  converting: '转换中…',
  convertedTo: '已转换：{{name}}',
  open: '打开',
  failed: '无法转换：{{reason}}',
  template: '打印模板',
  noTemplate: '还没有这类单据的打印模板（管理员可在“导出模板”中添加）。',
  pdf: '打印 PDF',
  html: '以 HTML 打开',
  printing: '打印中…',
  printFailed: '无法打印：{{reason}}',
  saveFirst: '转换和打印使用已保存的版本：请先保存修改。',
  order: '销售订单',
  invoice: '发票',
  email: '邮件发送',
  sendTo: '收件人（多个用逗号分隔）',
  subject: '主题',
  subjectDefault: '模板名称和单据编号',
  note: '正文说明（显示在单据上方）',
  send: '发送',
  sending: '发送中…',
  sent: '已发送给 {{to}}，已记入跟进动态。',
  sendFailed: '未发送：{{reason}}',
}
export type DocumentText = (key: Key, vars?: Record<string, string | number>) => string
export const documentTexts =
  (language: 'en' | 'zh'): DocumentText =>
  (key, vars = {}) =>
    fill((language === 'zh' ? zh : en)[key], vars)
