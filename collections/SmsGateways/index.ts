import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { passwordField } from '../../src/email/mailboxes/passwordField'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { DEFAULT_BODY_TEMPLATE } from '../../src/sms/provider/httpProvider'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

// Collection hooks run after the field hooks: the secret is already sealed (or kept) here.
const markSecretSet: CollectionBeforeChangeHook = ({ data }) => ({ ...data, secretSet: Boolean(data.secret) })

/**
 * SMS and fax gateways (短信/传真网关): per tenant, an HTTP provider (URL, method, JSON body template,
 * HMAC-SHA256 signing with a sealed secret that is never returned) for one channel. Several may exist;
 * a batch names the one it sends through.
 */
export const SmsGateways: CollectionConfig = tenantCollection({
  slug: 'sms-gateways',
  labels: collectionLabels('SMS gateway', 'SMS gateways', '短信网关'),
  admin: { useAsTitle: 'name', group: label('Mail', '邮件') },
  hooks: { beforeChange: [markSecretSet] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'sms',
      label: label('Channel', '渠道'),
      options: [option('sms', 'SMS', '短信'), option('fax', 'Fax', '传真')],
    },
    {
      name: 'provider',
      type: 'select',
      defaultValue: 'http',
      label: label('Provider', '服务商类型'),
      options: [option('http', 'HTTP', 'HTTP')],
    },
    { name: 'url', type: 'text', required: true, label: label('Endpoint URL', '接口地址') },
    {
      name: 'method',
      type: 'select',
      defaultValue: 'POST',
      label: label('Method', '请求方法'),
      options: [option('POST', 'POST', 'POST'), option('PUT', 'PUT', 'PUT')],
    },
    {
      name: 'bodyTemplate',
      type: 'textarea',
      defaultValue: DEFAULT_BODY_TEMPLATE,
      label: label('Body template (JSON)', '请求体模板（JSON）'),
      admin: {
        description: label(
          'Placeholders: {{to}} {{text}} {{messageId}} {{senderId}}',
          '占位符：{{to}} {{text}} {{messageId}} {{senderId}}',
        ),
      },
    },
    { name: 'signatureHeader', type: 'text', defaultValue: 'X-Signature', label: label('Signature header', '签名请求头') },
    passwordField('secret', label('Signing secret', '签名密钥')),
    {
      name: 'secretSet',
      type: 'checkbox',
      defaultValue: false,
      label: label('Secret set', '已设置密钥'),
      admin: { readOnly: true },
    },
    { name: 'senderId', type: 'text', label: label('Sender id', '发送方标识') },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
  ],
})
