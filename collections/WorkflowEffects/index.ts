import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false
const json = { components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } }

/**
 * The automatic effects of stage changes (流程自动动作), one row per effect, written in the transaction
 * of the stage change and run by the jobs queue: pending, then done (or failed after its retries, with
 * the error). Admins see here what ran and what did not.
 */
export const WorkflowEffects: CollectionConfig = tenantCollection(
  {
    slug: 'workflow-effects',
    labels: collectionLabels('Workflow effect', 'Workflow effects', '流程自动动作'),
    admin: {
      useAsTitle: 'idempotencyKey',
      defaultColumns: ['createdAt', 'entity', 'record', 'kind', 'status', 'attempts', 'lastError'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    indexes: [{ fields: ['tenant', 'entity', 'record'] }],
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'entity', type: 'text', required: true, label: label('Entity', '实体') },
          { name: 'record', type: 'text', required: true, label: label('Record', '记录') },
          { name: 'kind', type: 'text', required: true, label: label('Kind', '类型') },
        ],
      },
      { name: 'transition', type: 'relationship', relationTo: 'workflow-transitions', label: label('Stage change', '流转记录') },
      { name: 'index', type: 'number', required: true, label: label('Position', '序号') },
      { name: 'actor', type: 'relationship', relationTo: 'users', label: label('Moved by', '操作人') },
      { name: 'effect', type: 'json', required: true, label: label('Effect', '动作'), admin: json },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        label: label('Status', '状态'),
        options: [option('pending', 'Pending', '待执行'), option('done', 'Done', '已完成'), option('failed', 'Failed', '失败')],
      },
      { name: 'attempts', type: 'number', defaultValue: 0, label: label('Attempts', '尝试次数') },
      {
        name: 'idempotencyKey',
        type: 'text',
        required: true,
        unique: true,
        label: label('Idempotency key', '幂等键'),
        admin: {
          description: label('Sent with emails and webhooks so receivers drop repeats', '随邮件和 Webhook 发送，接收方据此去重'),
        },
      },
      {
        name: 'assignedTo',
        type: 'relationship',
        relationTo: 'users',
        label: label('Assigned to', '分配给'),
        admin: { condition: (d) => d?.kind === 'assign' },
      },
      { name: 'lastError', type: 'textarea', label: label('Last error', '最近错误') },
      { name: 'doneAt', type: 'date', label: label('Done at', '完成时间'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  { systemWritten: true },
)
