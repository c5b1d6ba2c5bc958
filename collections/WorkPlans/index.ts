import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { workPlanEndpoints } from '../../src/office/workPlans/endpoints'
import { fillPeriod } from '../../src/office/workPlans/periodHook'
import { guardPlanWrites } from '../../src/office/workPlans/planGuard'
import { businessCollection } from '../../src/tenancy/businessCollection'

/**
 * Plans and summaries (工作计划与总结): a member writes what they will do this week or month, and
 * afterwards what they did; their manager reviews it — approves, or returns it with a comment.
 */
export const WorkPlans: CollectionConfig = businessCollection({
  slug: 'work-plans',
  labels: collectionLabels('Plan or summary', 'Plans and summaries', '工作计划与总结'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'owner', 'status', 'submittedAt', 'reviewer'],
    group: label('Office', '办公协同'),
  },
  endpoints: workPlanEndpoints,
  // One plan (and one summary) per person and period; the team overview reads a period's plans.
  indexes: [{ fields: ['tenant', 'owner', 'kind', 'periodKey'], unique: true }, { fields: ['tenant', 'kind', 'periodKey'] }],
  hooks: { beforeChange: [guardPlanWrites, fillPeriod] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'plan',
          label: label('Plan or summary', '类型'),
          options: [option('plan', 'Plan', '计划'), option('summary', 'Summary', '总结')],
        },
        {
          name: 'period',
          type: 'select',
          required: true,
          defaultValue: 'week',
          label: label('Period', '周期'),
          options: [option('week', 'Week', '周'), option('month', 'Month', '月')],
        },
        {
          name: 'periodDate',
          type: 'date',
          required: true,
          label: label('Any day of the period', '所属周期（任选其中一天）'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    { name: 'content', type: 'textarea', required: true, label: label('Content', '内容') },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'draft',
          index: true,
          label: label('Status', '状态'),
          options: [
            option('draft', 'Draft', '草稿'),
            option('submitted', 'Submitted', '已提交'),
            option('approved', 'Approved', '已通过'),
            option('returned', 'Returned', '已退回'),
          ],
          admin: { readOnly: true },
        },
        { name: 'submittedAt', type: 'date', label: label('Submitted at', '提交时间'), admin: { readOnly: true } },
        {
          name: 'reviewer',
          type: 'relationship',
          relationTo: 'users',
          label: label('Reviewer', '点评人'),
          admin: { readOnly: true },
        },
        { name: 'reviewedAt', type: 'date', label: label('Reviewed at', '点评时间'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'reviews',
      type: 'array',
      label: label('Reviews', '点评记录'),
      labels: { singular: label('Review', '点评'), plural: label('Reviews', '点评') },
      // Shown by the plan's review panel in the workspace, not as a form field.
      admin: { readOnly: true, hidden: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'author', type: 'relationship', relationTo: 'users', label: label('By', '点评人') },
            { name: 'at', type: 'date', label: label('At', '时间') },
            {
              name: 'verdict',
              type: 'select',
              label: label('Verdict', '结论'),
              options: [option('approved', 'Approved', '通过'), option('returned', 'Returned', '退回')],
            },
            { name: 'comment', type: 'textarea', label: label('Comment', '点评内容') },
          ],
        },
      ],
    },
    // Derived from the day, kind and period (see fillPeriod): the title and the unique period key.
    { name: 'title', type: 'text', label: label('Title', '标题'), admin: { readOnly: true } },
    { name: 'periodKey', type: 'text', label: label('Period key', '周期编号'), admin: { readOnly: true, hidden: true } },
  ],
})
