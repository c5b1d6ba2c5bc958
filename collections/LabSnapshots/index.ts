import type { CollectionConfig } from 'payload'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { labSnapshotRead } from './access'

const readOnly = { readOnly: true }

/**
 * A student group saved as it was (实训快照): its configuration and data as a bundle, which a restore
 * loads back over the group (`POST /api/labs/snapshots/:id/restore`). Written only by the teacher's
 * console (`POST /api/labs/groups/:id/snapshots`); a reset of the group keeps them.
 */
export const LabSnapshots: CollectionConfig = tenantCollection(
  {
    slug: 'lab-snapshots',
    labels: collectionLabels('Lab snapshot', 'Lab snapshots', '实训快照'),
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'tenant', 'records', 'createdBy', 'createdAt'],
      group: label('Organisation', '组织'),
    },
    access: { read: labSnapshotRead, create: () => false, update: () => false, delete: () => false },
    indexes: [{ fields: ['tenant', 'createdAt'] }],
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 200, label: label('Name', '名称'), admin: readOnly },
      { name: 'records', type: 'number', label: label('Records', '记录数'), admin: readOnly },
      {
        // The group's configuration and records (exportBundle with data): what a restore loads.
        name: 'bundle',
        type: 'json',
        required: true,
        label: label('Bundle', '配置包'),
        admin: { readOnly: true, components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } },
      },
      { name: 'createdBy', type: 'relationship', relationTo: 'users', label: label('Taken by', '创建人'), admin: readOnly },
    ],
  },
  { systemWritten: true },
)
