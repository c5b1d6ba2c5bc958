/** Ready-to-use approval processes (seeded into the demo companies). */
export { contractApproval } from './contractApproval'
export { quoteDiscount } from './quoteDiscount'

/** Roles the presets route to, created where they are missing (read access to the records they approve). */
export const APPROVER_ROLES = [
  { key: 'finance', name: { zh: '财务', en: 'Finance' } },
  { key: 'legal', name: { zh: '法务', en: 'Legal' } },
  { key: 'sales-director', name: { zh: '销售总监', en: 'Sales director' } },
] as const
