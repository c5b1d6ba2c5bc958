import type { CollectionConfig } from 'payload'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * Where each round robin stands (轮询指针): one row per tenant, entity and pool of users, advanced
 * with a compare-and-set, so turns stay fair across restarts and concurrent assignments.
 */
export const AssignmentCursors: CollectionConfig = tenantCollection(
  {
    slug: 'assignment-cursors',
    labels: collectionLabels('Round robin cursor', 'Round robin cursors', '轮询指针'),
    admin: { useAsTitle: 'key', defaultColumns: ['key', 'turns', 'updatedAt'], group: label('System', '系统') },
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, label: label('Pool', '分配池') },
      { name: 'turns', type: 'number', required: true, defaultValue: 0, label: label('Turns taken', '已分配次数') },
    ],
  },
  { systemWritten: true },
)
