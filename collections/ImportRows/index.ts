import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { ownImports, serverOnly } from '../../src/import/importAccess'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

/**
 * One row of an import and what became of it. Unique by import and row number: a resumed run skips
 * rows that have one, which is what keeps a crashed import free of duplicates.
 */
export const ImportRows: CollectionConfig = tenantCollection(
  {
    slug: 'import-rows',
    labels: collectionLabels('Import row', 'Import rows', '导入行'),
    admin: {
      useAsTitle: 'row',
      defaultColumns: ['import', 'row', 'outcome', 'record', 'reason'],
      group: label('System', '系统'),
    },
    access: { read: ownImports('user'), create: serverOnly, update: serverOnly, delete: serverOnly },
    indexes: [{ fields: ['import', 'row'], unique: true }],
    fields: [
      { name: 'import', type: 'relationship', relationTo: 'imports', required: true, label: label('Import', '导入') },
      { name: 'user', type: 'relationship', relationTo: 'users', label: label('By', '导入人') },
      { name: 'row', type: 'number', required: true, label: label('Row', '行号') },
      {
        name: 'outcome',
        type: 'select',
        required: true,
        index: true,
        label: label('Outcome', '结果'),
        options: [
          option('pending', 'Being written', '写入中'),
          option('created', 'Created', '新建'),
          option('updated', 'Updated', '更新'),
          option('skipped', 'Skipped', '跳过'),
          option('rejected', 'Rejected', '拒绝'),
        ],
      },
      { name: 'record', type: 'text', label: label('Record', '记录') },
      { name: 'reason', type: 'textarea', label: label('Reason', '原因') },
      // Undo: the updated fields' values before the import, and the record's updatedAt right after it.
      { name: 'before', type: 'json', label: label('Before', '导入前的值') },
      // SQLite has no transactions: a row being written says what it will create, so a resumed run finds it.
      { name: 'planned', type: 'json', label: label('Planned', '计划写入') },
      { name: 'savedAt', type: 'text', label: label('Saved at', '写入时间') },
      { name: 'undone', type: 'checkbox', defaultValue: false, label: label('Undone', '已撤销') },
    ],
  },
  { systemWritten: true },
)
