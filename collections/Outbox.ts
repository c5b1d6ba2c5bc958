import type { CollectionConfig } from 'payload'
import { MAIL_BODY_MAX } from '../src/email/mailLimits'
import { collectionLabels, label } from '../src/i18n/label'
import { tenantCollection } from '../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * Every outgoing email, whether an SMTP server took it or not: without SMTP_URL messages wait here
 * (status `kept`) so nothing is lost, and a scheduled job retries failed ones.
 */
export const Outbox: CollectionConfig = tenantCollection(
  {
    slug: 'outbox',
    labels: collectionLabels('Outgoing email', 'Outbox', '发件箱'),
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['createdAt', 'to', 'subject', 'status', 'attempts'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { create: systemOnly, update: systemOnly },
    fields: [
      { name: 'to', type: 'text', required: true, label: label('To', '收件人'), index: true },
      { name: 'cc', type: 'text', label: label('Cc', '抄送') },
      { name: 'bcc', type: 'text', label: label('Bcc', '密送') },
      { name: 'from', type: 'text', label: label('From', '发件人') },
      { name: 'subject', type: 'text', label: label('Subject', '主题') },
      // Rendered documents and long threads pass Payload's default 40,000-character cap for text.
      { name: 'html', type: 'textarea', maxLength: MAIL_BODY_MAX, label: label('HTML body', 'HTML 正文') },
      { name: 'text', type: 'textarea', maxLength: MAIL_BODY_MAX, label: label('Text body', '纯文本正文') },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'kept',
        index: true,
        label: label('Status', '状态'),
        options: [
          { value: 'kept', label: label('Kept (no SMTP server)', '已保存（未配置 SMTP）') },
          { value: 'sending', label: label('Sending', '发送中') },
          { value: 'sent', label: label('Sent', '已发送') },
          { value: 'failed', label: label('Failed, will retry', '失败，将重试') },
        ],
      },
      { name: 'attempts', type: 'number', defaultValue: 0, label: label('Attempts', '尝试次数') },
      {
        // A message sent with an Idempotency-Key header (workflow emails) is kept once, however often it is sent.
        name: 'idempotencyKey',
        type: 'text',
        unique: true,
        label: label('Idempotency key', '幂等键'),
      },
      // Files sent with the message (a scheduled report's CSV/XLSX): [{ filename, contentType, base64 }].
      // Not shown in the admin (its JSON editor needs a CDN); the message's subject says what it carries.
      { name: 'attachments', type: 'json', label: label('Attachments', '附件'), admin: { hidden: true } },
      { name: 'lastError', type: 'textarea', label: label('Last error', '最近错误') },
      { name: 'sentAt', type: 'date', label: label('Sent at', '发送时间'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  { systemWritten: true },
)
