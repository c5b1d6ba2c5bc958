import { type Endpoint, Forbidden, ValidationError } from 'payload'
import type { Id } from '../access/types'
import { toLanguage } from '../i18n/language'
import { DEFAULT_TIME_ZONE, isTimeZone } from '../numbering/period'
import { chartScope } from '../workspace/charts/chartScope'
import { callStats, MAX_STATS_DAYS, STATS_GROUPS, type StatsGroup, statsDays } from './callStats'
import { ctiMessage } from './messages'

/**
 * GET /api/cti/stats?from=YYYY-MM-DD&to=YYYY-MM-DD&groupBy=agent|day — call counts and talk time per
 * agent or per day (days in the tenant's time zone, both ends included), within the viewer's scope
 * of activities. Agents come with their names.
 */
export const ctiStatsEndpoint: Endpoint = {
  path: '/cti/stats',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const scope = await chartScope(req, 'activities')
    if (!scope) throw new Forbidden(req.t)
    const language = toLanguage(req.i18n?.language)
    const groupBy = req.searchParams.get('groupBy') ?? 'agent'
    if (!(STATS_GROUPS as readonly string[]).includes(groupBy))
      throw new ValidationError(
        { errors: [{ path: 'groupBy', message: ctiMessage(language, 'oneOf', { values: STATS_GROUPS.join(', ') }) }] },
        req.t,
      )
    const tenant = (await req.payload.findByID({
      collection: 'tenants',
      id: scope.tenant,
      depth: 0,
      overrideAccess: true,
      req,
      select: { timeZone: true },
    })) as {
      timeZone?: string
    }
    const zone = tenant.timeZone && isTimeZone(tenant.timeZone) ? tenant.timeZone : DEFAULT_TIME_ZONE
    const days = statsDays(req.searchParams.get('from'), req.searchParams.get('to'), zone)
    if (!days)
      throw new ValidationError(
        { errors: [{ path: 'from', message: ctiMessage(language, 'badRange', { days: MAX_STATS_DAYS }) }] },
        req.t,
      )
    const rows = await callStats(req, scope, days, groupBy as StatsGroup)
    const names = new Map<string, string>()
    if (groupBy === 'agent') {
      const ids = rows.map((r) => r.key).filter((k): k is string => k != null)
      const { docs } = await req.payload.find({
        collection: 'users',
        where: { id: { in: ids as unknown as Id[] } },
        limit: ids.length || 1,
        depth: 0,
        overrideAccess: true,
        req,
        select: { name: true },
      })
      for (const u of docs as unknown as { id: Id; name?: string }[]) names.set(String(u.id), u.name ?? String(u.id))
    }
    return Response.json({
      groupBy,
      timeZone: zone,
      rows: rows.map((r) => (groupBy === 'agent' ? { ...r, agentName: r.key == null ? null : (names.get(r.key) ?? null) } : r)),
    })
  },
}
