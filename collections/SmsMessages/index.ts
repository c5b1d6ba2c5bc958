import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { SMS_STATUSES } from '../../src/sms/statuses'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const nobody = () => false
const serverOnly = { create: nobody, update: nobody }
const readOnly = { readOnly: true }

/**
 * One SMS or fax to one recipient of a batch (短信记录): the record it is for, the number, the text as
 * sent, and where it is — queued, sent, delivered, failed, or skipped with the reason (no number, no
 * consent). Written by the jobs and the gateway's receipts only; its owner is the sender.
 */
export const SmsMessages: CollectionConfig = tenantCollection(
  {
    slug: 'sms-messages',
    labels: collectionLabels('SMS', 'SMS messages', '短信记录'),
    access: { create: nobody },
    // Nobody creates one through the API: the batch's preparation does (the scope tests rely on it).
    custom: { serverCreated: true },
    admin: { useAsTitle: 'number', defaultColumns: ['number', 'status', 'recordLabel', 'sentAt'], group: label('Mail', '邮件') },
    defaultSort: '-createdAt',
    indexes: [
      { fields: ['batch', 'recordId'], unique: true },
      { fields: ['status', 'priority', 'dueAt'] },
      { fields: ['tenant', 'createdAt'] },
    ],
    fields: [
      {
        name: 'batch',
        type: 'relationship',
        relationTo: 'sms-batches',
        required: true,
        index: true,
        label: label('Batch', '群发'),
        admin: readOnly,
        access: serverOnly,
      },
      { name: 'channel', type: 'text', label: label('Channel', '渠道'), admin: readOnly, access: serverOnly },
      { name: 'entity', type: 'text', label: label('Record type', '记录类型'), admin: readOnly, access: serverOnly },
      { name: 'recordId', type: 'text', required: true, label: label('Record', '记录'), admin: readOnly, access: serverOnly },
      { name: 'recordLabel', type: 'text', label: label('Name', '名称'), admin: readOnly, access: serverOnly },
      { name: 'number', type: 'text', index: true, label: label('Number', '号码'), admin: readOnly, access: serverOnly },
      { name: 'text', type: 'textarea', label: label('Text', '内容'), admin: readOnly, access: serverOnly },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        index: true,
        label: label('Status', '状态'),
        options: SMS_STATUSES.map((s) => option(s.value, s.en, s.zh)),
        admin: readOnly,
        access: serverOnly,
      },
      {
        name: 'priority',
        type: 'number',
        defaultValue: 5,
        label: label('Priority', '优先级'),
        admin: readOnly,
        access: serverOnly,
      },
      { name: 'dueAt', type: 'date', label: label('Send at', '发送时间'), admin: readOnly, access: serverOnly },
      { name: 'nextAttemptAt', type: 'date', label: label('Next attempt', '下次尝试'), admin: readOnly, access: serverOnly },
      {
        name: 'attempts',
        type: 'number',
        defaultValue: 0,
        label: label('Attempts', '尝试次数'),
        admin: readOnly,
        access: serverOnly,
      },
      {
        name: 'providerMessageId',
        type: 'text',
        index: true,
        label: label('Gateway message id', '网关消息 ID'),
        admin: readOnly,
        access: serverOnly,
      },
      { name: 'error', type: 'textarea', label: label('Error', '错误'), admin: readOnly, access: serverOnly },
      { name: 'sentAt', type: 'date', label: label('Sent at', '发送时间'), admin: readOnly, access: serverOnly },
      { name: 'deliveredAt', type: 'date', label: label('Delivered at', '送达时间'), admin: readOnly, access: serverOnly },
    ],
  },
  { owned: true },
)
