import type { CollectionConfig } from 'payload'
import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { reportEndpoints } from '../../src/reports/api/reportEndpoints'
import { checkReportDefinition } from '../../src/reports/definition/checkReportDefinition'
import { checkSchedule } from '../../src/reports/schedule/checkSchedule'
import { checkSharing } from '../../src/reports/sharing/checkSharing'
import { sharingFields } from '../../src/reports/sharing/sharingFields'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { changeSavedViews, createSavedViews, readSavedViews } from '../../src/workspace/savedViews/savedViewsAccess'

/**
 * Saved reports (报表): a definition the engine runs (src/reports), shared with the owner, a role or
 * the tenant, and optionally mailed on a schedule. Running one always applies the runner's own scope.
 */
export const Reports: CollectionConfig = tenantCollection({
  slug: 'reports',
  labels: collectionLabels('Report', 'Reports', '报表'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'entity', 'scope', 'user'], group: label('Sales', '销售管理') },
  access: {
    read: readSavedViews,
    create: createSavedViews,
    update: changeSavedViews('update', 'reports'),
    delete: changeSavedViews('delete', 'reports'),
  },
  hooks: { beforeValidate: [checkSharing('reports'), checkReportDefinition, checkSchedule] },
  endpoints: reportEndpoints,
  indexes: [{ fields: ['tenant', 'scope'] }],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: label('Name', '名称') },
    {
      name: 'entity',
      type: 'select',
      label: label('Entity', '实体'),
      admin: { readOnly: true },
      options: PERMISSIONED_COLLECTIONS.filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.value)).map((c) => ({
        value: c.value,
        label: c.label,
      })),
    },
    { name: 'definition', type: 'json', required: true, label: label('Definition', '报表定义') },
    ...sharingFields(),
    {
      name: 'schedule',
      type: 'group',
      label: label('Email schedule', '定时邮件'),
      fields: [
        {
          name: 'frequency',
          type: 'select',
          defaultValue: 'none',
          label: label('Frequency', '频率'),
          options: [
            option('none', 'Not scheduled', '不发送'),
            option('daily', 'Daily', '每天'),
            option('weekly', 'Weekly', '每周'),
            option('monthly', 'Monthly', '每月'),
          ],
        },
        { name: 'recipients', type: 'text', label: label('Recipients (comma-separated)', '收件人（逗号分隔）') },
        {
          name: 'format',
          type: 'select',
          defaultValue: 'xlsx',
          label: label('Attachment', '附件格式'),
          options: [option('csv', 'CSV', 'CSV'), option('xlsx', 'Excel (XLSX)', 'Excel（XLSX）')],
        },
        {
          name: 'runAs',
          type: 'relationship',
          relationTo: 'users',
          label: label('Runs as', '以此用户身份运行'),
          admin: { readOnly: true },
        },
        { name: 'nextRunAt', type: 'date', index: true, label: label('Next run', '下次发送'), admin: { readOnly: true } },
        { name: 'lastRunAt', type: 'date', label: label('Last run', '上次发送'), admin: { readOnly: true } },
      ],
    },
  ],
})
