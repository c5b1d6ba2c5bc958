import { fill } from '../../i18n/fill'
import type { Language } from '../../i18n/language'

/** What a user reads when a query on custom fields cannot run. */
const en = {
  unknownField: 'There is no custom field "{{key}}" to filter or sort by.',
  noRange:
    'Range filters and sorting are unavailable for custom.{{key}} (its type has none, or no indexed slot was free for it); filter it by an exact value instead.',
  sortAcrossTenants: 'custom.{{key}} is stored differently in the tenants this query spans: choose one tenant to sort by it.',
  notANumber: 'Not a number: "{{value}}".',
  notADate: 'Not a date: "{{value}}".',
  notABoolean: 'Not true or false: "{{value}}".',
}

export type QueryMessageKey = keyof typeof en

const zh: Record<QueryMessageKey, string> = {
  unknownField: '没有可用于筛选或排序的自定义字段“{{key}}”。',
  noRange: '自定义字段 custom.{{key}} 不支持范围筛选和排序（该类型不支持，或没有空闲的索引槽位），请按确切的值筛选。',
  sortAcrossTenants: '本次查询涉及的多个租户中 custom.{{key}} 的存储位置不同：请先选择一个租户再按它排序。',
  notANumber: '不是数字：“{{value}}”。',
  notADate: '不是日期：“{{value}}”。',
  notABoolean: '不是“是”或“否”：“{{value}}”。',
}

const MESSAGES: Record<Language, Record<QueryMessageKey, string>> = { en, zh }

export function sayQuery(language: Language, key: QueryMessageKey, vars: Record<string, unknown> = {}): string {
  return fill(MESSAGES[language][key], vars)
}
