import type { CollectionConfig } from 'payload'
import { ownRows } from '../../src/access/ownRows'
import { PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { cancelExportEndpoint, exportFileEndpoint } from '../../src/exports/jobs/endpoints'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * Large list exports (导出任务): asked for from a list, written by the jobs queue page by page with its
 * progress here, then downloaded by whoever asked (`GET /api/export-jobs/:id/file`).
 */
export const ExportJobs: CollectionConfig = tenantCollection(
  {
    slug: 'export-jobs',
    labels: collectionLabels('Export', 'Exports', '导出任务'),
    admin: {
      useAsTitle: 'fileName',
      defaultColumns: ['createdAt', 'entity', 'status', 'done', 'total', 'user'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { read: ownRows, delete: ownRows, create: systemOnly, update: systemOnly },
    endpoints: [exportFileEndpoint, cancelExportEndpoint],
    fields: [
      { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: label('By', '导出人') },
      {
        name: 'entity',
        type: 'select',
        required: true,
        label: label('List', '列表'),
        options: PERMISSIONED_COLLECTIONS.filter((c) => c.business).map((c) => ({ value: c.value, label: c.label })),
      },
      {
        name: 'format',
        type: 'select',
        required: true,
        label: label('Format', '格式'),
        options: [option('csv', 'CSV', 'CSV'), option('xlsx', 'Excel (XLSX)', 'Excel (XLSX)')],
      },
      { name: 'query', type: 'json', label: label('Columns, filters and sort', '列、筛选和排序') },
      {
        name: 'language',
        type: 'select',
        defaultValue: 'zh',
        label: label('Language', '语言'),
        options: [option('zh', 'Chinese', '中文'), option('en', 'English', '英文')],
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        index: true,
        label: label('Status', '状态'),
        options: [
          option('queued', 'Queued', '排队中'),
          option('running', 'Running', '导出中'),
          option('done', 'Ready', '已完成'),
          option('failed', 'Failed', '失败'),
          option('cancelled', 'Cancelled', '已取消'),
        ],
      },
      { name: 'total', type: 'number', label: label('Rows', '行数') },
      { name: 'done', type: 'number', defaultValue: 0, label: label('Rows written', '已写入行数') },
      { name: 'fileName', type: 'text', label: label('File', '文件') },
      { name: 'fileSize', type: 'number', label: label('Size (bytes)', '大小（字节）') },
      { name: 'error', type: 'textarea', label: label('Error', '错误') },
      { name: 'finishedAt', type: 'date', label: label('Finished', '完成时间') },
    ],
  },
  { systemWritten: true },
)
