import type { CollectionConfig } from 'payload'
import { ownRows } from '../../src/access/ownRows'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { serverWrittenField } from '../../src/notifications/notificationsAccess'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false
const fixed = { hooks: { beforeChange: [serverWrittenField] } }

/**
 * In-app notifications (通知): reminders, escalations, approval requests, assignments, stored per
 * user. The server writes them (`notify`); recipients read theirs and mark them read.
 */
export const Notifications: CollectionConfig = tenantCollection(
  {
    slug: 'notifications',
    labels: collectionLabels('Notification', 'Notifications', '通知'),
    admin: {
      useAsTitle: 'textEn',
      defaultColumns: ['createdAt', 'user', 'kind', 'textZh', 'readAt'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { read: ownRows, update: ownRows, delete: ownRows, create: systemOnly },
    indexes: [{ fields: ['user', 'readAt'] }],
    fields: [
      {
        name: 'user',
        type: 'relationship',
        relationTo: 'users',
        required: true,
        index: true,
        label: label('For', '接收人'),
        ...fixed,
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        label: label('Kind', '类型'),
        options: [
          option('reminder', 'Reminder', '提醒'),
          option('escalation', 'Escalation', '超时升级'),
          option('approval', 'Approval', '审批'),
          option('assignment', 'Assignment', '分配'),
          option('mention', 'Mention', '提及'),
          option('poolReturn', 'Returned to pool', '退回公海'),
          option('info', 'Information', '消息'),
        ],
        ...fixed,
      },
      { name: 'textZh', type: 'text', required: true, label: label('Text (Chinese)', '内容（中文）'), ...fixed },
      { name: 'textEn', type: 'text', required: true, label: label('Text (English)', '内容（英文）'), ...fixed },
      { name: 'entity', type: 'text', label: label('Entity', '实体'), ...fixed },
      { name: 'record', type: 'text', label: label('Record', '记录'), ...fixed },
      {
        name: 'dedupeKey',
        type: 'text',
        unique: true,
        label: label('Idempotency key', '幂等键'),
        admin: { hidden: true },
        ...fixed,
      },
      {
        name: 'readAt',
        type: 'date',
        index: true,
        label: label('Read at', '已读时间'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
  { systemWritten: true },
)
