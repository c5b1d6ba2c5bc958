import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { readAnnouncements } from '../../src/office/announcements/announcementAccess'
import { markReadEndpoint, receiptsEndpoint } from '../../src/office/announcements/endpoints'
import { businessCollection } from '../../src/tenancy/businessCollection'

/**
 * Announcements (公告): to everyone, some departments or some people, who read them once published
 * whatever their role grants; each reader's receipt is kept in `announcement-reads`.
 */
export const Announcements: CollectionConfig = businessCollection({
  slug: 'announcements',
  labels: collectionLabels('Announcement', 'Announcements', '公告'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'publishedAt', 'owner'],
    group: label('Office', '办公协同'),
  },
  access: { read: readAnnouncements },
  endpoints: [markReadEndpoint, receiptsEndpoint],
  indexes: [{ fields: ['tenant', 'publishedAt'] }],
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Title', '标题') },
    { name: 'body', type: 'textarea', required: true, label: label('Body', '正文') },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'all',
          label: label('Audience', '发布范围'),
          options: [
            option('all', 'Everyone', '全体'),
            option('departments', 'Departments', '指定部门'),
            option('users', 'People', '指定人员'),
          ],
        },
        { name: 'publishedAt', type: 'date', label: label('Published at', '发布时间') },
      ],
    },
    {
      name: 'audienceDepartments',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      label: label('Departments', '部门'),
    },
    { name: 'audienceUsers', type: 'relationship', relationTo: 'users', hasMany: true, label: label('People', '人员') },
  ],
})
