import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../../access/types'
import { toLanguage } from '../../i18n/language'
import { savedReport } from '../api/savedReport'
import { ReportError } from '../reportError'
import { type ReportResult, runReport } from '../run/runReport'

export type DashboardDoc = {
  id: Id
  name: string
  scope: 'user' | 'role' | 'tenant'
  onHome?: boolean
  widgets?: { id?: string; report: unknown; display?: 'chart' | 'table'; width?: 'half' | 'full' }[]
}

export type WidgetData = {
  id: string
  report: { id: Id; name: string } | null
  display: 'chart' | 'table'
  width: 'half' | 'full'
  result: ReportResult | null
  /** Why the widget shows nothing: the report is gone or not shared, or uses a field the user may not see. */
  error: string | null
}

/**
 * Every widget of a dashboard with its report's first page, each run as the viewer: the same
 * dashboard shows a rep their own figures and a manager the team's. One failing widget does not hide
 * the others.
 */
export async function dashboardData(req: PayloadRequest, dashboard: DashboardDoc) {
  const language = toLanguage(req.i18n?.language)
  const widgets: WidgetData[] = []
  for (const [i, w] of (dashboard.widgets ?? []).entries()) {
    const base = { id: w.id ?? String(i), display: w.display ?? 'chart', width: w.width ?? 'half' } as const
    const reportId = idOf(w.report)
    try {
      if (reportId == null) throw new ReportError('notFound', 'report')
      const report = await savedReport(req, reportId)
      // A table widget is a glance: its first 10 records (the report itself pages and downloads the rest).
      const tabular = (report.definition as { type?: string } | null)?.type === 'tabular'
      const result = await runReport(req, report.definition, { pageSize: tabular ? 10 : 50 })
      widgets.push({ ...base, report: { id: report.id, name: report.name }, result, error: null })
    } catch (error) {
      if (!(error instanceof ReportError)) throw error
      widgets.push({ ...base, report: null, result: null, error: error.messageIn(language) })
    }
  }
  return { id: dashboard.id, name: dashboard.name, widgets }
}

const PREFERENCE = ['user', 'role', 'tenant']

/** The dashboard the workspace home shows: the user's own home dashboard first, then their role's, then the tenant's. */
export async function homeDashboard(req: PayloadRequest): Promise<DashboardDoc | null> {
  const { docs } = await req.payload.find({
    collection: 'dashboards',
    where: { onHome: { equals: true } },
    depth: 0,
    limit: 20,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const list = docs as unknown as DashboardDoc[]
  return list.sort((a, b) => PREFERENCE.indexOf(a.scope) - PREFERENCE.indexOf(b.scope))[0] ?? null
}
