import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * The conversion of stored values that a published version needed (a type changed, a constraint
 * tightened, a field became required). Written only by the server: `changes` says what to convert,
 * `cursor` how far it got (records go in id order, so a restart continues after it), the counts how
 * it went. Each converted or refused value is an audit entry pointing here, the old value in it.
 */
export const SchemaMigrations: CollectionConfig = tenantCollection(
  {
    slug: 'schema-migrations',
    labels: collectionLabels('Schema migration', 'Schema migrations', '数据迁移'),
    admin: {
      useAsTitle: 'entity',
      defaultColumns: ['entity', 'toVersion', 'status', 'processed', 'total', 'startedAt'],
      group: label('Settings', '设置'),
    },
    defaultSort: '-startedAt',
    access: { read: tenantMembersRead, create: systemOnly, update: systemOnly, delete: systemOnly },
    fields: [
      { name: 'entity', type: 'text', required: true, index: true, label: label('Entity', '实体') },
      { name: 'fromVersion', type: 'number', label: label('From version', '原版本') },
      { name: 'toVersion', type: 'number', required: true, label: label('To version', '目标版本') },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'running',
        index: true,
        label: label('Status', '状态'),
        options: [option('running', 'Running', '进行中'), option('done', 'Done', '已完成'), option('failed', 'Failed', '失败')],
      },
      {
        name: 'changes',
        type: 'json',
        required: true,
        label: label('Changes', '变更'),
        admin: { components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } },
      },
      { name: 'total', type: 'number', defaultValue: 0, label: label('Records', '记录数') },
      { name: 'processed', type: 'number', defaultValue: 0, label: label('Processed', '已处理') },
      { name: 'converted', type: 'number', defaultValue: 0, label: label('Converted', '已转换') },
      { name: 'failed', type: 'number', defaultValue: 0, label: label('Not convertible', '无法转换') },
      { name: 'cursor', type: 'text', admin: { readOnly: true }, label: label('Last record', '最后处理的记录') },
      { name: 'startedBy', type: 'relationship', relationTo: 'users', label: label('Started by', '发起人') },
      { name: 'startedAt', type: 'date', label: label('Started at', '开始时间') },
      { name: 'finishedAt', type: 'date', label: label('Finished at', '完成时间') },
      { name: 'lastError', type: 'text', label: label('Last error', '最近错误') },
      {
        // The lease of the one process applying it: renewed every batch, free again soon after a crash.
        name: 'lockedUntil',
        type: 'date',
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        label: label('Locked until', '锁定至'),
      },
    ],
  },
  { systemWritten: true },
)
