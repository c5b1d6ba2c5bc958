import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { idOf } from '../../access/types'
import { toLanguage } from '../../i18n'
import { tenantTimeZone } from '../../tenancy/tenantSettings'
import { type Frequency, nextRunAfter } from './nextRun'

const texts = {
  en: { recipients: 'Give one or more email addresses, separated by commas.' },
  zh: { recipients: '请填写一个或多个邮箱地址，用逗号分隔。' },
}
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/

type Schedule = { frequency?: string; recipients?: string | null; nextRunAt?: string | null; runAs?: unknown }

/**
 * A scheduled report is mailed as the person who scheduled it (`runAs`): the figures are theirs, in
 * their scope, never more. Setting or changing the frequency sets the next run in the tenant's calendar.
 */
export const checkSchedule: CollectionBeforeValidateHook = async ({ data, req, originalDoc }) => {
  const schedule = data?.schedule as Schedule | undefined
  if (!data || !schedule) return data
  const frequency = schedule.frequency ?? 'none'
  if (frequency === 'none') {
    data.schedule = { ...schedule, nextRunAt: null }
    return data
  }
  const recipients = String(schedule.recipients ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
  if (recipients.length === 0 || !recipients.every((r) => EMAIL.test(r)))
    throw new ValidationError(
      {
        collection: 'reports',
        errors: [{ path: 'schedule.recipients', message: texts[toLanguage(req.i18n?.language)].recipients }],
      },
      req.t,
    )
  const before = (originalDoc?.schedule ?? {}) as Schedule
  const changed = before.frequency !== frequency || !before.nextRunAt
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  const zone = tenant == null ? null : await tenantTimeZone(req, tenant)
  data.schedule = {
    ...schedule,
    recipients: recipients.join(', '),
    runAs: req.user ? req.user.id : (schedule.runAs ?? before.runAs ?? null),
    nextRunAt: changed
      ? nextRunAfter(frequency as Frequency, new Date(), zone).toISOString()
      : (schedule.nextRunAt ?? before.nextRunAt),
  }
  return data
}
