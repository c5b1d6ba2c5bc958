import { getAccessContext } from '../../../access/accessContext'
import { currencySymbol } from '../../../fields/currencies'
import { dashboardData, homeDashboard } from '../../../reports/dashboards/dashboardData'
import { tenantSettings } from '../../../tenancy/tenantSettings'
import { homeCharts } from '../../../workspace/charts/homeCharts'
import { homeData } from '../../../workspace/home/homeData'
import { HomeView } from './_home/HomeView'
import { DashboardGrid } from './_reports/DashboardGrid'
import { workspaceSession } from './_workspace/session'
import { WorkspaceShell } from './_workspace/WorkspaceShell'

/** /app: the workspace home — today's tasks, approvals, notifications, my opportunities, recent records, charts, the home dashboard. */
export default async function WorkspaceHome() {
  const session = await workspaceSession('/app')
  const tenant = (await getAccessContext(session.req))?.tenantId
  const { timeZone, currency } = tenant == null ? { timeZone: null, currency: null } : await tenantSettings(session.req, tenant)
  const now = new Date()
  const [data, charts] = await Promise.all([homeData(session.req, timeZone, now), homeCharts(session.req, now)])
  // The user's home dashboard (their own, else their role's or the tenant's), below the fixed home cards.
  const board = await homeDashboard(session.req)
  const dashboard = board ? await dashboardData(session.req, board) : null
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="home">
      <HomeView
        name={session.user.name}
        language={session.language}
        data={data}
        charts={charts}
        now={now}
        symbol={currencySymbol(currency)}
      />
      {dashboard ? <DashboardGrid name={dashboard.name} widgets={dashboard.widgets} language={session.language} /> : null}
    </WorkspaceShell>
  )
}
