import type { CollectionConfig } from 'payload'
import { moneyField } from '../../src/fields/money'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { targetEndpoints } from '../../src/reports/api/targetEndpoints'
import { checkSalesTarget } from '../../src/reports/targets/checkSalesTarget'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

/**
 * Sales targets (销售目标): an amount or a count for one person or one department (with its
 * sub-departments) in one month or quarter, measured on won opportunities or issued invoices.
 * Completion is computed when read (src/reports/targets), never stored.
 */
export const SalesTargets: CollectionConfig = tenantCollection({
  slug: 'sales-targets',
  labels: collectionLabels('Sales target', 'Sales targets', '销售目标'),
  admin: {
    defaultColumns: ['subject', 'user', 'department', 'year', 'period', 'index', 'measure', 'target'],
    group: label('Sales', '销售管理'),
  },
  hooks: { beforeValidate: [checkSalesTarget] },
  endpoints: targetEndpoints,
  indexes: [{ fields: ['tenant', 'year', 'period', 'index'] }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'subject',
          type: 'select',
          required: true,
          defaultValue: 'user',
          label: label('For', '对象'),
          options: [option('user', 'A person', '个人'), option('department', 'A department', '部门')],
        },
        { name: 'user', type: 'relationship', relationTo: 'users', label: label('Person', '人员') },
        { name: 'department', type: 'relationship', relationTo: 'departments', label: label('Department', '部门') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: label('Year', '年份') },
        {
          name: 'period',
          type: 'select',
          required: true,
          defaultValue: 'month',
          label: label('Period', '周期'),
          options: [option('month', 'Month', '月'), option('quarter', 'Quarter', '季度')],
        },
        { name: 'index', type: 'number', required: true, min: 1, max: 12, label: label('Month or quarter', '月份或季度') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'measure',
          type: 'select',
          required: true,
          defaultValue: 'amount',
          label: label('Measure', '指标'),
          options: [option('amount', 'Amount', '金额'), option('count', 'Count', '数量')],
        },
        {
          name: 'basis',
          type: 'select',
          required: true,
          defaultValue: 'opportunities',
          label: label('Counted from', '统计来源'),
          options: [
            option('opportunities', 'Won opportunities', '赢单的销售机会'),
            option('invoices', 'Issued invoices', '已开具的发票'),
          ],
        },
        ...moneyField({ name: 'target', label: label('Target', '目标值'), required: true }),
      ],
    },
  ],
})
