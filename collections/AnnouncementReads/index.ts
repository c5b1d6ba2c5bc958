import type { CollectionConfig } from 'payload'
import { ownRows } from '../../src/access/ownRows'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * Read receipts of announcements (已读回执): one row per person and announcement, written by
 * `POST /api/announcements/:id/read` (a second read keeps the first time). Each person reads their own
 * rows; the receipts endpoint shows an announcement's to those who may edit it.
 */
export const AnnouncementReads: CollectionConfig = tenantCollection(
  {
    slug: 'announcement-reads',
    labels: collectionLabels('Read receipt', 'Read receipts', '已读回执'),
    admin: { defaultColumns: ['announcement', 'user', 'readAt'], group: label('Office', '办公协同') },
    access: { read: ownRows, create: systemOnly, update: systemOnly, delete: systemOnly },
    indexes: [{ fields: ['announcement', 'user'], unique: true }],
    fields: [
      {
        name: 'announcement',
        type: 'relationship',
        relationTo: 'announcements',
        required: true,
        index: true,
        label: label('Announcement', '公告'),
      },
      { name: 'user', type: 'relationship', relationTo: 'users', required: true, label: label('Reader', '阅读人') },
      { name: 'readAt', type: 'date', required: true, label: label('Read at', '阅读时间') },
    ],
  },
  { systemWritten: true },
)
