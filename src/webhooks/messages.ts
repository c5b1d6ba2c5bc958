import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

const en = {
  badUrl: 'The URL must be an absolute http:// or https:// address.',
  privateUrl: 'The URL points at a private or loopback address, which this server does not call.',
  status: 'The receiver answered HTTP {{status}}.',
  timeout: 'The receiver did not answer within {{seconds}} s.',
  unknownKind: 'Unknown effect kind "{{kind}}": no applier is registered for it.',
}
export type WebhookMessageKey = keyof typeof en
const zh: Record<WebhookMessageKey, string> = {
  badUrl: '地址必须是以 http:// 或 https:// 开头的完整网址。',
  privateUrl: '该地址指向内网或本机地址，本服务器不会调用。',
  status: '接收方返回 HTTP {{status}}。',
  timeout: '接收方在 {{seconds}} 秒内没有响应。',
  unknownKind: '未知的动作类型“{{kind}}”：没有对应的执行器。',
}

export const webhookMessage = (language: Language, key: WebhookMessageKey, vars: Record<string, string | number> = {}) =>
  fill((language === 'zh' ? zh : en)[key], vars)
