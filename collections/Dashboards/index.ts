import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { dashboardEndpoints } from '../../src/reports/api/dashboardEndpoints'
import { checkSharing } from '../../src/reports/sharing/checkSharing'
import { sharingFields } from '../../src/reports/sharing/sharingFields'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { changeSavedViews, createSavedViews, readSavedViews } from '../../src/workspace/savedViews/savedViewsAccess'

/**
 * Dashboards (仪表盘): a grid of widgets, each a saved report shown as its chart or table, for a user,
 * a role or the whole tenant. One marked `onHome` shows on the workspace home page.
 */
export const Dashboards: CollectionConfig = tenantCollection({
  slug: 'dashboards',
  labels: collectionLabels('Dashboard', 'Dashboards', '仪表盘'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'scope', 'user', 'onHome'], group: label('Sales', '销售管理') },
  access: {
    read: readSavedViews,
    create: createSavedViews,
    update: changeSavedViews('update', 'dashboards'),
    delete: changeSavedViews('delete', 'dashboards'),
  },
  hooks: { beforeValidate: [checkSharing('dashboards')] },
  endpoints: dashboardEndpoints,
  indexes: [{ fields: ['tenant', 'scope'] }],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: label('Name', '名称') },
    ...sharingFields(),
    { name: 'onHome', type: 'checkbox', defaultValue: false, label: label('Show on the home page', '显示在首页') },
    {
      name: 'widgets',
      type: 'array',
      maxRows: 24,
      label: label('Widgets', '组件'),
      fields: [
        { name: 'report', type: 'relationship', relationTo: 'reports', required: true, label: label('Report', '报表') },
        {
          name: 'display',
          type: 'select',
          defaultValue: 'chart',
          label: label('Show as', '显示为'),
          options: [option('chart', 'Chart', '图表'), option('table', 'Table', '表格')],
        },
        {
          name: 'width',
          type: 'select',
          defaultValue: 'half',
          label: label('Width', '宽度'),
          options: [option('half', 'Half', '半宽'), option('full', 'Full', '整行')],
        },
      ],
    },
  ],
})
