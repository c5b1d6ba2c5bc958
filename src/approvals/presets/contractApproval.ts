import type { Process } from '../engine'

const l = (zh: string, en: string) => ({ zh, en })

/**
 * 合同审批: the department manager (或签), then finance and legal together (会签), then the sales director
 * only for contracts above 100,000. Needs roles keyed `finance`, `legal` and `sales-director`.
 */
export const contractApproval: Process = {
  key: 'contract-approval',
  entity: 'contracts',
  label: l('合同审批', 'Contract approval'),
  steps: [
    { key: 'department', label: l('部门经理审批', 'Department manager'), mode: 'any', approvers: { type: 'departmentManager' } },
    {
      key: 'financeLegal',
      label: l('财务与法务会签', 'Finance and legal'),
      mode: 'all',
      approvers: { type: 'role', roles: ['finance', 'legal'] },
    },
    {
      key: 'director',
      label: l('销售总监审批', 'Sales director'),
      mode: 'any',
      approvers: { type: 'role', roles: ['sales-director'] },
      when: 'amount > 100000',
    },
  ],
}
