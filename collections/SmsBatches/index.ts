import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { cancelBatchEndpoint, sendBatchEndpoint, skippedCsvEndpoint } from '../../src/sms/batchEndpoints'
import { SMS_ENTITIES } from '../../src/sms/recipients'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const nobody = () => false
// Written by the prepare and send jobs only: a user cannot mark a batch done or change its counts.
const serverOnly = { create: nobody, update: nobody }
const count = (name: string, en: string, zh: string) => ({
  name,
  type: 'number' as const,
  defaultValue: 0,
  label: label(en, zh),
  admin: { readOnly: true },
  access: serverOnly,
})

/**
 * SMS and fax batches (群发短信/传真): a text (or a Handlebars template filled per recipient), sent to
 * chosen records or to everything a saved view of contacts, leads or accounts finds, as its sender
 * sees them; scheduled (dueAt) and prioritised. Sending turns it into one sms-message per recipient.
 */
export const SmsBatches: CollectionConfig = tenantCollection(
  {
    slug: 'sms-batches',
    labels: collectionLabels('SMS batch', 'SMS batches', '短信群发'),
    admin: {
      useAsTitle: 'text',
      defaultColumns: ['text', 'status', 'dueAt', 'total', 'createdAt'],
      group: label('Mail', '邮件'),
    },
    defaultSort: '-createdAt',
    endpoints: [sendBatchEndpoint, cancelBatchEndpoint, skippedCsvEndpoint],
    fields: [
      {
        name: 'channel',
        type: 'select',
        required: true,
        defaultValue: 'sms',
        label: label('Channel', '渠道'),
        options: [option('sms', 'SMS', '短信'), option('fax', 'Fax', '传真')],
      },
      { name: 'gateway', type: 'relationship', relationTo: 'sms-gateways', label: label('Gateway', '网关') },
      {
        name: 'text',
        type: 'textarea',
        required: true,
        maxLength: 1000,
        label: label('Text', '内容'),
        admin: { description: label('Handlebars: {{name}} and other fields of the record', 'Handlebars：{{name}} 等记录字段') },
      },
      {
        name: 'entity',
        type: 'select',
        required: true,
        defaultValue: 'contacts',
        label: label('Recipients are', '收件对象'),
        options: SMS_ENTITIES.map((e) => option(e.value, e.en, e.zh)),
      },
      {
        name: 'source',
        type: 'select',
        required: true,
        defaultValue: 'records',
        label: label('Recipients from', '收件人来源'),
        options: [option('records', 'Chosen records', '选定记录'), option('savedView', 'Saved view', '保存的视图')],
      },
      { name: 'records', type: 'json', label: label('Record ids', '记录 ID') },
      {
        // Customer care's greetings are sent by the system on the record owner's behalf: their batch
        // reads its one record with the system's access (the owner may since have lost it).
        name: 'origin',
        type: 'select',
        required: true,
        defaultValue: 'manual',
        label: label('Origin', '来源'),
        options: [option('manual', 'Sent by a user', '用户发送'), option('care', 'Customer care', '客户关怀')],
        admin: { readOnly: true },
        access: serverOnly,
      },
      { name: 'savedView', type: 'relationship', relationTo: 'saved-views', label: label('Saved view', '保存的视图') },
      {
        name: 'dueAt',
        type: 'date',
        label: label('Send at', '发送时间'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'priority',
        type: 'number',
        defaultValue: 5,
        min: 1,
        max: 9,
        label: label('Priority (9 = first)', '优先级（9 最先）'),
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        index: true,
        label: label('Status', '状态'),
        options: [
          option('draft', 'Draft', '草稿'),
          option('preparing', 'Preparing', '准备中'),
          option('queued', 'Queued', '排队中'),
          option('sending', 'Sending', '发送中'),
          option('done', 'Done', '已完成'),
          option('cancelled', 'Cancelled', '已取消'),
          option('failed', 'Failed', '失败'),
        ],
        admin: { readOnly: true },
        access: serverOnly,
      },
      count('total', 'Recipients', '收件人数'),
      count('prepared', 'Prepared', '已准备'),
      count('skipped', 'Skipped', '已跳过'),
      { name: 'error', type: 'textarea', label: label('Error', '错误'), admin: { readOnly: true }, access: serverOnly },
    ],
  },
  { owned: true },
)
