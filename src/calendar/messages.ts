import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import { fill } from '../i18n/fill'
import { type Language, toLanguage } from '../i18n/language'

// The calendar's server messages, kept here so the feature stays in one folder.
const en = {
  endBeforeStart: 'The end must not be before the start.',
  rangeEmpty: 'The end of the range must be after its start.',
  badInstant: 'Not a date and time: "{{value}}".',
  rangeTooLong: 'A calendar range may span at most {{days}} days.',
  required: 'Required.',
  notAPerson: 'Not a person of this company: {{value}}.',
  remindRange: 'Remind between 0 and {{max}} minutes before.',
  reminder: 'Reminder: “{{subject}}” starts at {{time}}.',
}
const zh: typeof en = {
  endBeforeStart: '结束时间不能早于开始时间。',
  rangeEmpty: '查询范围的结束必须晚于开始。',
  badInstant: '不是有效的日期时间：“{{value}}”。',
  rangeTooLong: '日历查询范围最多 {{days}} 天。',
  required: '必填。',
  notAPerson: '不是本公司的人员：{{value}}。',
  remindRange: '提前提醒的分钟数须在 0 到 {{max}} 之间。',
  reminder: '提醒：“{{subject}}”将于 {{time}} 开始。',
}
export type CalendarMessageKey = keyof typeof en

export function calendarMessage(language: Language, key: CalendarMessageKey, vars: Record<string, string | number> = {}) {
  return fill((language === 'zh' ? zh : en)[key], vars)
}

/** 400 naming the field, in the request's language. */
export function calendarFieldError(
  req: PayloadRequest,
  path: string,
  key: CalendarMessageKey,
  vars: Record<string, string | number> = {},
) {
  return new ValidationError({ errors: [{ path, message: calendarMessage(toLanguage(req.i18n?.language), key, vars) }] }, req.t)
}
