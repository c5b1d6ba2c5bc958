import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

const en = {
  noTenant: 'Name the tenant in the X-Tenant header (its slug or id).',
  unknownTenant: 'No tenant "{{tenant}}".',
  notConfigured: 'This tenant has no CTI signing secret: set one under Tenants → Telephone system (CTI).',
  missingSignature: 'The X-Formwork-Signature header is missing.',
  expiredSignature: 'The signature’s timestamp is more than {{seconds}} s away from the server’s clock (a replay?).',
  badSignature: 'The signature does not match the body and this tenant’s secret.',
  required: 'Required.',
  oneOf: 'Must be one of: {{values}}.',
  badTime: 'Must be an ISO 8601 date and time.',
  badUrl: 'Must be an http:// or https:// address.',
  unknownAgent: 'No member of this tenant has the extension or email "{{agent}}".',
  noNumber: 'This call has no number to create a lead from.',
  hasCustomer: 'This call is already linked to a customer.',
  notACall: 'Not a CTI call record.',
  badRange: 'Give from and to as dates, from before to, at most {{days}} days apart.',
  inboundFrom: 'Inbound call from {{number}}',
  outboundTo: 'Outbound call to {{number}}',
  leadFromCall: 'Caller {{number}}',
}
export type CtiMessageKey = keyof typeof en
const zh: Record<CtiMessageKey, string> = {
  noTenant: '请在 X-Tenant 头中指明租户（标识或 ID）。',
  unknownTenant: '租户“{{tenant}}”不存在。',
  notConfigured: '该租户未设置 CTI 签名密钥：请在 租户 → 电话系统（CTI） 中设置。',
  missingSignature: '缺少 X-Formwork-Signature 头。',
  expiredSignature: '签名时间与服务器时间相差超过 {{seconds}} 秒（疑似重放）。',
  badSignature: '签名与请求内容及该租户的密钥不符。',
  required: '必填。',
  oneOf: '必须是以下之一：{{values}}。',
  badTime: '必须是 ISO 8601 日期时间。',
  badUrl: '必须是 http:// 或 https:// 地址。',
  unknownAgent: '本租户中没有分机号或邮箱为“{{agent}}”的成员。',
  noNumber: '该通话没有号码，无法创建线索。',
  hasCustomer: '该通话已关联客户。',
  notACall: '不是 CTI 通话记录。',
  badRange: '请以日期给出 from 和 to，from 早于 to，相隔不超过 {{days}} 天。',
  inboundFrom: '来电 {{number}}',
  outboundTo: '去电 {{number}}',
  leadFromCall: '来电客户 {{number}}',
}

export const ctiMessage = (language: Language, key: CtiMessageKey, vars: Record<string, string | number> = {}) =>
  fill((language === 'zh' ? zh : en)[key], vars)
