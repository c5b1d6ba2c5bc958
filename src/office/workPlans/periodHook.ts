import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf } from '../../access/types'
import { dayOf } from '../../calendar/range/zonedTime'
import { message, toLanguage } from '../../i18n'
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../numbering/period'
import { tenantSettings } from '../../tenancy/tenantSettings'
import { type PlanPeriod, periodKey } from './period'

const KIND = { plan: { zh: '计划', en: 'plan' }, summary: { zh: '总结', en: 'summary' } }
const PERIOD = { week: { zh: '周', en: 'weekly' }, month: { zh: '月度', en: 'monthly' } }

/** `2026-W48 周计划` / `2026-11 monthly summary`, in the author's language. */
export function planTitle(key: string, kind: 'plan' | 'summary', period: PlanPeriod, language: 'zh' | 'en'): string {
  return language === 'zh' ? `${key} ${PERIOD[period].zh}${KIND[kind].zh}` : `${key} ${PERIOD[period].en} ${KIND[kind].en}`
}

/**
 * The period key and title follow the chosen day, read in the company's time zone (a day picked in
 * Shanghai is that day, whatever the server's clock says).
 */
export const fillPeriod: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const day = data.periodDate ?? originalDoc?.periodDate
  const period = (data.period ?? originalDoc?.period ?? 'week') as PlanPeriod
  const kind = (data.kind ?? originalDoc?.kind ?? 'plan') as 'plan' | 'summary'
  const tenant = data.tenant ?? originalDoc?.tenant
  if (!day) return data
  const tenantId = idOf(tenant)
  const settings = tenantId != null ? await tenantSettings(req, tenantId) : null
  const zone = settings?.timeZone
  const key = periodKey(dayOf(new Date(day), zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE), period)
  // The author's language; written by the server (a seed, an import), the company's.
  const own = (req.user as { language?: string } | null)?.language
  const language = own === 'en' || own === 'zh' ? own : (settings?.language ?? 'zh')
  const keyChanged = key !== originalDoc?.periodKey || kind !== originalDoc?.kind
  const owner = idOf(data.owner ?? originalDoc?.owner)
  if (keyChanged && owner != null && tenant != null) {
    // Also in the recycle bin: the unique index counts deleted plans too.
    const { totalDocs } = await req.payload.count({
      collection: 'work-plans',
      where: {
        and: [
          { tenant: { equals: idOf(tenant) } },
          { owner: { equals: owner } },
          { kind: { equals: kind } },
          { periodKey: { equals: key } },
          ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      trash: true,
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      const text = message(toLanguage(req.i18n?.language), 'planDuplicate')
      throw new ValidationError({ errors: [{ path: 'periodDate', message: text }] }, req.t)
    }
  }
  return {
    ...data,
    periodKey: key,
    ...(keyChanged || !originalDoc?.title ? { title: planTitle(key, kind, period, language) } : {}),
  }
}
