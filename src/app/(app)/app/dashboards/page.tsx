import { type DashboardDoc, dashboardData, homeDashboard } from '../../../../reports/dashboards/dashboardData'
import { DashboardGrid } from '../_reports/DashboardGrid'
import styles from '../_reports/reports.module.css'
import { REPORT_TEXTS } from '../_reports/reportTexts'
import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'

type Props = { searchParams: Promise<{ id?: string }> }

/** /app/dashboards: the dashboards the user may read; the chosen one (else the home one) as a grid of widgets. */
export default async function DashboardsPage({ searchParams }: Props) {
  const { id } = await searchParams
  const session = await workspaceSession('/app/dashboards')
  const t = REPORT_TEXTS[session.language]
  const { docs } = await session.payload.find({
    collection: 'dashboards',
    sort: 'name',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    user: session.req.user,
    req: session.req,
  })
  const list = docs as unknown as DashboardDoc[]
  const chosen = list.find((d) => String(d.id) === id) ?? (await homeDashboard(session.req)) ?? list[0] ?? null
  const data = chosen ? await dashboardData(session.req, chosen) : null
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="dashboards">
      <div className={styles.page}>
        <h1>{t.dashboards}</h1>
        {list.length > 1 ? (
          <nav className={styles.actions} aria-label={t.dashboards}>
            {list.map((d) => (
              <a key={d.id} href={`/app/dashboards?id=${d.id}`} aria-current={d.id === chosen?.id ? 'page' : undefined}>
                {d.name}
              </a>
            ))}
          </nav>
        ) : null}
        {data ? <DashboardGrid name={data.name} widgets={data.widgets} language={session.language} /> : <p>{t.noDashboard}</p>}
      </div>
    </WorkspaceShell>
  )
}
