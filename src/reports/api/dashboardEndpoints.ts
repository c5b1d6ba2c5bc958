import type { Endpoint } from 'payload'
import { routeId } from '../../endpoints/requestParams'
import { type DashboardDoc, dashboardData, homeDashboard } from '../dashboards/dashboardData'
import { ReportError } from '../reportError'
import { answering } from './reportErrors'

/** GET /api/dashboards/home — the user's home dashboard with its widgets' data, or `{ dashboard: null }`. */
const homeEndpoint: Endpoint = {
  path: '/home',
  method: 'get',
  custom: { formwork: true },
  handler: (req) =>
    answering(req, async () => {
      const dashboard = await homeDashboard(req)
      return Response.json({ dashboard: dashboard ? await dashboardData(req, dashboard) : null })
    }),
}

/** GET /api/dashboards/:id/data — a dashboard the user may read, each widget run as the user. */
const dataEndpoint: Endpoint = {
  path: '/:id/data',
  method: 'get',
  custom: { formwork: true },
  handler: (req) =>
    answering(req, async () => {
      const doc = await req.payload
        .findByID({
          collection: 'dashboards',
          id: routeId(req),
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
          disableErrors: true,
        })
        .catch(() => null)
      if (!doc) throw new ReportError('notFound', 'dashboard')
      return Response.json({ dashboard: await dashboardData(req, doc as unknown as DashboardDoc) })
    }),
}

export const dashboardEndpoints: Endpoint[] = [homeEndpoint, dataEndpoint]
