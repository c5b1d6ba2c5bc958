import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false
const json = { components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } }

/**
 * The delivery log of outbound webhooks (Webhook 投递记录): written with the change that caused it (a
 * rolled-back write sends nothing), then sent by the jobs queue with retries; failed ones stay visible.
 */
export const WebhookDeliveries: CollectionConfig = tenantCollection(
  {
    slug: 'webhook-deliveries',
    labels: collectionLabels('Webhook delivery', 'Webhook deliveries', 'Webhook 投递记录'),
    admin: {
      useAsTitle: 'idempotencyKey',
      defaultColumns: ['createdAt', 'event', 'entity', 'record', 'status', 'attempts', 'responseCode'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    fields: [
      {
        name: 'subscription',
        type: 'relationship',
        relationTo: 'webhook-subscriptions',
        index: true,
        label: label('Subscription', '订阅'),
      },
      {
        type: 'row',
        fields: [
          { name: 'event', type: 'text', required: true, label: label('Event', '事件') },
          { name: 'entity', type: 'text', required: true, label: label('Entity', '实体') },
          { name: 'record', type: 'text', required: true, label: label('Record', '记录') },
        ],
      },
      { name: 'payload', type: 'json', required: true, label: label('Payload', '内容'), admin: json },
      { name: 'idempotencyKey', type: 'text', required: true, unique: true, label: label('Idempotency key', '幂等键') },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        label: label('Status', '状态'),
        options: [
          option('pending', 'Pending', '待发送'),
          option('delivered', 'Delivered', '已送达'),
          option('failed', 'Failed', '失败'),
        ],
      },
      { name: 'attempts', type: 'number', defaultValue: 0, label: label('Attempts', '尝试次数') },
      { name: 'responseCode', type: 'number', label: label('Response code', '响应码') },
      { name: 'lastError', type: 'textarea', label: label('Last error', '最近错误') },
      {
        name: 'deliveredAt',
        type: 'date',
        label: label('Delivered at', '送达时间'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
  { systemWritten: true },
)
