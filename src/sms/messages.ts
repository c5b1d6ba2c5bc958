import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

const en = {
  notDraft: 'Only a draft batch can be sent (this one is {{status}}).',
  noRecipients: 'Choose the records or a saved view to send to.',
  viewEntity: 'The saved view is not a view of {{entity}} you can use.',
  noGateway: 'No active {{channel}} gateway: set one up under Mail → SMS gateways.',
  badDate: '"{{value}}" is not a date (YYYY-MM-DD).',
  badSignature: 'The signature does not match.',
  unknownTenant: 'Unknown tenant.',
  badReceipt: 'A receipt needs messageId and a status of delivered or failed.',
  notCancellable: 'A batch that is {{status}} cannot be cancelled.',
}
export type SmsMessageKey = keyof typeof en
const zh: Record<SmsMessageKey, string> = {
  notDraft: '只有草稿状态的群发可以发送（当前为 {{status}}）。',
  noRecipients: '请选择要发送的记录或保存的视图。',
  viewEntity: '该保存的视图不是您可用的{{entity}}视图。',
  noGateway: '没有启用的{{channel}}网关：请在 邮件 → 短信网关 中配置。',
  badDate: '“{{value}}”不是日期（YYYY-MM-DD）。',
  badSignature: '签名不匹配。',
  unknownTenant: '未知租户。',
  badReceipt: '回执需要 messageId，状态须为 delivered 或 failed。',
  notCancellable: '状态为 {{status}} 的群发无法取消。',
}

export const smsMessage = (language: Language, key: SmsMessageKey, vars: Record<string, string | number> = {}) =>
  fill((language === 'zh' ? zh : en)[key], vars)
