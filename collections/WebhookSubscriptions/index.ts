import { randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'
import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { forgetSubscriptions } from '../../src/webhooks/activeSubscriptions'
import { validateWebhookUrl } from '../../src/webhooks/validateUrlField'

const entityOptions = PERMISSIONED_COLLECTIONS.filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.value)).map(
  (c) => ({ value: c.value, label: c.label }),
)

/**
 * Outbound webhooks (Webhook 订阅): a URL called, signed, when records of an entity are created,
 * updated or change stage. Deliveries are logged in `webhook-deliveries`.
 */
export const WebhookSubscriptions: CollectionConfig = tenantCollection({
  slug: 'webhook-subscriptions',
  labels: collectionLabels('Webhook subscription', 'Webhook subscriptions', 'Webhook 订阅'),
  admin: { useAsTitle: 'url', defaultColumns: ['url', 'entity', 'events', 'active'], group: label('Settings', '设置') },
  hooks: { afterChange: [() => forgetSubscriptions()], afterDelete: [() => forgetSubscriptions()] },
  indexes: [{ fields: ['tenant', 'entity', 'active'] }],
  fields: [
    { name: 'entity', type: 'select', required: true, options: entityOptions, label: label('Entity', '实体') },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Events', '事件'),
      options: [
        option('created', 'Created', '新建'),
        option('updated', 'Updated', '修改'),
        option('stageChanged', 'Stage changed', '阶段变更'),
      ],
    },
    { name: 'url', type: 'text', required: true, validate: validateWebhookUrl, label: label('URL', '地址') },
    {
      name: 'secret',
      type: 'text',
      required: true,
      defaultValue: () => randomBytes(24).toString('hex'),
      label: label('Signing secret', '签名密钥'),
      admin: {
        description: label('HMAC-SHA256 key of the X-Formwork-Signature header', 'X-Formwork-Signature 头的 HMAC-SHA256 密钥'),
      },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
  ],
})
