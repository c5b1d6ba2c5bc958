import type { Process } from '../engine'

const l = (zh: string, en: string) => ({ zh, en })

/**
 * 报价折扣审批: a quote with any line discounted above 10 % needs the submitter's department manager;
 * above 20 % the sales director as well.
 */
export const quoteDiscount: Process = {
  key: 'quote-discount',
  entity: 'quotes',
  label: l('报价折扣审批', 'Quote discount approval'),
  appliesWhen: 'max(items.discount) > 10',
  steps: [
    { key: 'department', label: l('部门经理审批', 'Department manager'), mode: 'any', approvers: { type: 'departmentManager' } },
    {
      key: 'director',
      label: l('销售总监审批', 'Sales director'),
      mode: 'any',
      approvers: { type: 'role', roles: ['sales-director'] },
      when: 'max(items.discount) > 20',
    },
  ],
}
