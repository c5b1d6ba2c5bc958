import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

const en = {
  dns: 'DNS: the host name "{{host}}" could not be resolved ({{detail}}).',
  connect: 'Connect: nothing answers at {{host}}:{{port}} ({{detail}}).',
  tls: 'TLS: the secure connection to {{host}}:{{port}} failed ({{detail}}).',
  auth: 'Authentication: the server refused the user name or password ({{detail}}).',
  protocol: 'The server answered, but not as expected ({{detail}}).',
  ok: 'Connected and signed in.',
  notConfigured: 'Not configured.',
  noRecipients: 'Give at least one recipient.',
  badAddress: '"{{address}}" is not an email address.',
  notDraft: 'Only a draft or a failed message can be sent.',
  noMailbox: 'No mailbox to send from: set one up under Mail → Mailbox settings.',
  notYourMailbox: 'This mailbox is not yours to send from.',
  tooManyFailures: 'Gave up after {{attempts}} attempts: {{error}}',
  attachmentMissing: 'Attachment {{id}} is not a document you can read.',
}
export type EmailMessageKey = keyof typeof en
const zh: Record<EmailMessageKey, string> = {
  dns: 'DNS：无法解析主机名“{{host}}”（{{detail}}）。',
  connect: '连接：{{host}}:{{port}} 无响应（{{detail}}）。',
  tls: 'TLS：与 {{host}}:{{port}} 的安全连接失败（{{detail}}）。',
  auth: '认证：服务器拒绝了用户名或密码（{{detail}}）。',
  protocol: '服务器有响应，但应答不符合预期（{{detail}}）。',
  ok: '连接并登录成功。',
  notConfigured: '未配置。',
  noRecipients: '请至少填写一个收件人。',
  badAddress: '“{{address}}”不是有效的邮箱地址。',
  notDraft: '只有草稿或发送失败的邮件可以发送。',
  noMailbox: '没有可用的发件邮箱：请在 邮件 → 邮箱设置 中配置。',
  notYourMailbox: '您无权使用该邮箱发信。',
  tooManyFailures: '尝试 {{attempts}} 次后放弃：{{error}}',
  attachmentMissing: '附件 {{id}} 不是您可以读取的文档。',
}

export const emailMessage = (language: Language, key: EmailMessageKey, vars: Record<string, string | number> = {}) =>
  fill((language === 'zh' ? zh : en)[key], vars)
