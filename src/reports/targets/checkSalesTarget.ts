import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { toLanguage } from '../../i18n'

const texts = {
  en: {
    user: 'A target for a person names the person.',
    department: 'A target for a department names the department.',
    index: 'A month is 1–12, a quarter 1–4.',
    target: 'The target must be zero or more.',
    onlyUser: 'A target for a person names no department.',
    onlyDepartment: 'A target for a department names no person.',
  },
  zh: {
    user: '个人目标必须指定人员。',
    department: '部门目标必须指定部门。',
    index: '月份为 1–12，季度为 1–4。',
    target: '目标值不能为负数。',
    onlyUser: '个人目标不能指定部门。',
    onlyDepartment: '部门目标不能指定人员。',
  },
}

/** A target names its person or department (and only that one) and a month 1–12 or quarter 1–4. */
export const checkSalesTarget: CollectionBeforeValidateHook = ({ data, req, originalDoc }) => {
  if (!data) return data
  const t = texts[toLanguage(req.i18n?.language)]
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  if (merged.subject === 'department') {
    if (!merged.department) errors.push({ path: 'department', message: t.department })
    if (merged.user) errors.push({ path: 'user', message: t.onlyDepartment })
  } else {
    if (!merged.user) errors.push({ path: 'user', message: t.user })
    if (merged.department) errors.push({ path: 'department', message: t.onlyUser })
  }
  const index = Number(merged.index)
  if (!Number.isInteger(index) || index < 1 || index > (merged.period === 'quarter' ? 4 : 12))
    errors.push({ path: 'index', message: t.index })
  if (merged.target != null && String(merged.target).trim().startsWith('-')) errors.push({ path: 'target', message: t.target })
  if (errors.length > 0) throw new ValidationError({ collection: 'sales-targets', errors }, req.t)
  return data
}
