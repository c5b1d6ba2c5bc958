import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

const en = {
  shape: 'The report definition is not valid: {{detail}}.',
  notReadable: 'You may not read {{entity}}.',
  unknownField: 'There is no field "{{field}}" to report on.',
  hiddenField: 'You may not see "{{field}}", so a report cannot use it.',
  notAggregable: '"{{field}}" is not a number or an amount: it cannot be added up.',
  fieldNeeded: 'Choose a field for {{fn}}.',
  groupsNeeded: 'A summary groups by one or two fields, a matrix by exactly two.',
  columnsNeeded: 'Choose at least one column.',
  notGroupable: '"{{field}}" cannot be grouped by (long text or a list).',
  dateUnitOnDate: 'Only date fields group by month, quarter or year.',
  dateUnitNeeded: 'Choose month, quarter or year to group "{{field}}" by.',
  filterValue: 'The filter on "{{field}}" needs {{what}}.',
  periodOnDate: 'Relative periods apply to date fields only.',
  aggregateIndex: 'There is no aggregate number {{index}}.',
  tooManyGroups: 'More than {{limit}} groups: add a filter or group by a coarser field.',
  tooManyPeriods: 'The dates span more than {{limit}} periods: add a date filter or a coarser unit.',
  notFound: 'The report does not exist or is not shared with you.',
  notSupported: 'Reports need an SQL database (SQLite or PostgreSQL).',
}
export type ReportErrorCode = keyof typeof en

const zh: Record<ReportErrorCode, string> = {
  shape: '报表定义无效：{{detail}}。',
  notReadable: '您无权查看{{entity}}。',
  unknownField: '没有可用于报表的字段“{{field}}”。',
  hiddenField: '您无权查看“{{field}}”，报表不能使用该字段。',
  notAggregable: '“{{field}}”不是数字或金额，不能汇总。',
  fieldNeeded: '请为{{fn}}选择字段。',
  groupsNeeded: '汇总报表按一个或两个字段分组，矩阵报表必须按两个字段分组。',
  columnsNeeded: '请至少选择一列。',
  notGroupable: '“{{field}}”不能用于分组（长文本或列表）。',
  dateUnitOnDate: '只有日期字段可以按月、季度或年分组。',
  dateUnitNeeded: '请选择按月、季度或年对“{{field}}”分组。',
  filterValue: '“{{field}}”的筛选条件需要{{what}}。',
  periodOnDate: '相对时间段只适用于日期字段。',
  aggregateIndex: '没有第 {{index}} 个汇总项。',
  tooManyGroups: '分组超过 {{limit}} 个：请添加筛选条件或改用更粗的分组字段。',
  tooManyPeriods: '日期跨度超过 {{limit}} 个时间段：请添加日期筛选或改用更大的单位。',
  notFound: '报表不存在或未共享给您。',
  notSupported: '报表需要 SQL 数据库（SQLite 或 PostgreSQL）。',
}

/**
 * A report the engine refuses: a code, the path in the definition it concerns (`groups.0.field`), and
 * what to tell the user in their language. The API turns it into HTTP 400 (403 for `notReadable`).
 */
export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    readonly path: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(fill(en[code], params))
    this.name = 'ReportError'
  }

  messageIn(language: Language): string {
    return fill((language === 'zh' ? zh : en)[this.code], this.params)
  }
}
