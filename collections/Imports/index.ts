import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { importEndpoints } from '../../src/import/endpoints'
import { ownImports, serverOnly } from '../../src/import/importAccess'
import { importableCollections } from '../../src/import/importableCollections'
import { MAX_FILE_MB } from '../../src/import/parse/readFile'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const count = (name: string, en: string, zh: string) => ({
  name,
  type: 'number' as const,
  defaultValue: 0,
  label: label(en, zh),
  admin: { readOnly: true },
})

/**
 * Imports (数据导入): one uploaded CSV or XLSX file into one collection, with its mapping, options,
 * progress and counts. Written only by the import endpoints and job; read by its importer.
 */
export const Imports: CollectionConfig = tenantCollection(
  {
    slug: 'imports',
    labels: collectionLabels('Import', 'Imports', '数据导入'),
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'collection', 'status', 'created', 'rejected', 'createdAt'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { read: ownImports('user'), create: serverOnly, update: serverOnly, delete: serverOnly },
    endpoints: importEndpoints,
    fields: [
      {
        name: 'collection',
        type: 'select',
        required: true,
        label: label('Into', '导入到'),
        options: importableCollections(),
      },
      { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: label('By', '导入人') },
      { name: 'filename', type: 'text', required: true, label: label('File', '文件') },
      // The uploaded bytes (base64): the job parses them again, so the run sees exactly what was previewed.
      {
        name: 'fileData',
        type: 'textarea',
        required: true,
        admin: { hidden: true },
        label: label('Content', '内容'),
        // The file as base64 (4/3 of its bytes), up to the stated limit: Payload's default cap is 40,000 characters.
        maxLength: Math.ceil((MAX_FILE_MB * 1024 * 1024 * 4) / 3) + 4,
      },
      {
        name: 'encoding',
        type: 'select',
        defaultValue: 'auto',
        label: label('Encoding', '编码'),
        options: [
          option('auto', 'Detect (UTF-8)', '自动（UTF-8）'),
          option('utf-8', 'UTF-8', 'UTF-8'),
          option('gbk', 'GBK', 'GBK'),
        ],
      },
      { name: 'headers', type: 'json', label: label('Columns', '列') },
      { name: 'mapping', type: 'json', label: label('Mapping', '字段映射') },
      { name: 'options', type: 'json', label: label('Options', '选项') },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        index: true,
        label: label('Status', '状态'),
        options: [
          option('draft', 'Draft', '草稿'),
          option('queued', 'Queued', '排队中'),
          option('running', 'Running', '导入中'),
          option('cancelling', 'Cancelling', '正在取消'),
          option('cancelled', 'Cancelled', '已取消'),
          option('done', 'Done', '已完成'),
          option('failed', 'Failed', '失败'),
          option('undone', 'Undone', '已撤销'),
        ],
      },
      count('total', 'Rows', '行数'),
      count('processed', 'Processed', '已处理'),
      count('created', 'Created', '新建'),
      count('updated', 'Updated', '更新'),
      count('skipped', 'Skipped', '跳过'),
      count('rejected', 'Rejected', '拒绝'),
      { name: 'error', type: 'textarea', label: label('Error', '错误'), admin: { readOnly: true } },
      { name: 'heartbeatAt', type: 'date', label: label('Last progress', '最近进度'), admin: { readOnly: true } },
      { name: 'undoReport', type: 'json', label: label('Undo report', '撤销结果'), admin: { readOnly: true } },
    ],
  },
  { systemWritten: true },
)
