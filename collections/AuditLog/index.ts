import type { CollectionConfig } from 'payload'
import { restrictAuditChanges } from '../../src/fieldPermissions/restrictAuditEntries'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { maskAuditChanges } from '../../src/privacy/maskAuditChanges'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { recordHistory } from './recordHistory'

const systemOnly = () => false

/** The audit trail: who changed which record when, field by field. Written by the server only. */
export const AuditLog: CollectionConfig = tenantCollection(
  {
    slug: 'audit-log',
    labels: collectionLabels('Audit entry', 'Audit trail', '审计日志'),
    admin: {
      useAsTitle: 'recordId',
      defaultColumns: ['createdAt', 'user', 'action', 'entity', 'recordId'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    indexes: [{ fields: ['entity', 'recordId'] }],
    endpoints: [recordHistory],
    hooks: { afterRead: [maskAuditChanges, restrictAuditChanges] },
    fields: [
      { name: 'user', type: 'relationship', relationTo: 'users', label: label('By', '操作人') },
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        label: label('Action', '操作'),
        options: [
          option('create', 'Created', '新建'),
          option('update', 'Updated', '修改'),
          option('delete', 'Moved to recycle bin', '删除至回收站'),
          option('restore', 'Restored', '恢复'),
          option('purge', 'Purged', '彻底删除'),
          option('claim', 'Claimed from the pool', '从公海领取'),
          option('assign', 'Assigned from the pool', '公海分配'),
          option('return', 'Returned to the pool', '退回公海'),
          option('auto-return', 'Returned to the pool automatically', '自动退回公海'),
          option('merge', 'Merged a duplicate into it', '合并重复记录'),
          option('export', 'Personal data exported', '导出个人信息'),
          option('erase', 'Personal data erased', '删除个人信息'),
          option('void', 'Voided (keeps its number)', '作废（保留编号）'),
          option('migrate', 'Converted to a new field definition', '按新字段定义转换'),
        ],
      },
      { name: 'entity', type: 'text', required: true, label: label('Module', '模块') },
      { name: 'recordId', type: 'text', required: true, label: label('Record', '记录') },
      { name: 'reason', type: 'text', maxLength: 1000, label: label('Reason', '原因') },
      {
        // On a migrate entry: the schema migration that converted (or could not convert) the value.
        name: 'schemaMigration',
        type: 'relationship',
        relationTo: 'schema-migrations',
        index: true,
        label: label('Schema migration', '数据迁移'),
        admin: { condition: (data) => Boolean(data?.schemaMigration) },
      },
      {
        // On a merge entry: the record merged into this one, whose history this record's history includes.
        name: 'mergedRecordId',
        type: 'text',
        index: true,
        label: label('Merged record', '被合并记录'),
        admin: { condition: (data) => Boolean(data?.mergedRecordId) },
      },
      {
        name: 'changes',
        type: 'json',
        label: label('Changes', '变更'),
        admin: { components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } },
      },
    ],
  },
  { systemWritten: true },
)
