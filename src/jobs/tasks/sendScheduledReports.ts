import { createLocalReq, type TaskConfig } from 'payload'
import { type Id, idOf } from '../../access/types'
import { toLanguage } from '../../i18n/language'
import { CONTENT_TYPES, type ReportFormat, reportFile } from '../../reports/api/reportFile'
import { ReportError } from '../../reports/reportError'
import { type Frequency, nextRunAfter } from '../../reports/schedule/nextRun'
import { tenantTimeZone } from '../../tenancy/tenantSettings'

const BATCH = 20

type DueReport = {
  id: Id
  name: string
  tenant: unknown
  definition: unknown
  schedule: { frequency: Frequency; recipients: string; format?: ReportFormat; runAs?: unknown; nextRunAt: string }
}

/**
 * Every few minutes: reports whose schedule is due are run as the person who scheduled them and mailed
 * through the outbox with the result attached (CSV or XLSX). The next run is set before sending, so a
 * crash sends at most one report twice rather than every few minutes; the Idempotency-Key makes the
 * outbox keep each run's message once.
 */
export const sendScheduledReports: TaskConfig<'sendScheduledReports'> = {
  slug: 'sendScheduledReports',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => {
    const now = new Date()
    const { docs } = await req.payload.find({
      collection: 'reports',
      where: {
        and: [{ 'schedule.frequency': { not_equals: 'none' } }, { 'schedule.nextRunAt': { less_than_equal: now.toISOString() } }],
      },
      limit: BATCH,
      depth: 0,
      overrideAccess: true,
      req,
    })
    let sent = 0
    for (const report of docs as unknown as DueReport[]) {
      const tenant = idOf(report.tenant)
      const zone = tenant == null ? null : await tenantTimeZone(req, tenant)
      const runKey = `report-${report.id}-${report.schedule.nextRunAt}`
      await req.payload.update({
        collection: 'reports',
        id: report.id,
        data: {
          schedule: {
            ...report.schedule,
            lastRunAt: now.toISOString(),
            nextRunAt: nextRunAfter(report.schedule.frequency, now, zone).toISOString(),
          },
        } as never,
        overrideAccess: true,
        context: { scheduleRun: true },
        req,
      })
      const userId = idOf(report.schedule.runAs)
      const user =
        userId == null
          ? null
          : await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true })
      if (!user) continue
      const runner = await createLocalReq({ user: { ...user, collection: 'users' } as never }, req.payload)
      runner.headers = new Headers({ 'x-tenant': String(tenant) })
      const lang = toLanguage((user as { language?: string }).language)
      const format = report.schedule.format ?? 'xlsx'
      let attachment: Buffer | null = null
      let problem: string | null = null
      try {
        attachment = await reportFile(runner, report.definition, format, lang, now)
      } catch (error) {
        if (!(error instanceof ReportError)) throw error
        problem = error.messageIn(lang)
      }
      const stamp = now.toISOString().slice(0, 10)
      await req.payload.sendEmail({
        to: report.schedule.recipients,
        subject: lang === 'zh' ? `报表：${report.name}（${stamp}）` : `Report: ${report.name} (${stamp})`,
        text: problem ?? (lang === 'zh' ? `附件为报表“${report.name}”的结果。` : `The result of "${report.name}" is attached.`),
        headers: { 'Idempotency-Key': runKey },
        ...(attachment
          ? {
              attachments: [
                { filename: `${report.name}-${stamp}.${format}`, content: attachment, contentType: CONTENT_TYPES[format] },
              ],
            }
          : {}),
      })
      sent++
    }
    return { output: { sent } }
  },
}
