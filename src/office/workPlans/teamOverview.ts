import { APIError, Forbidden, type PayloadRequest, type Where } from 'payload'
import { getAccessContext, grantFor } from '../../access/accessContext'
import { departmentTree } from '../../access/scopeWhere'
import { type Id, idOf } from '../../access/types'
import { pageParams } from '../../endpoints/requestParams'
import { message, toLanguage } from '../../i18n'
import { type PlanPeriod, periodDays, periodKey } from './period'

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
type Member = { id: Id; name?: string | null; email: string }
type PlanRow = { id: Id; owner: unknown; status: string; title?: string; submittedAt?: string | null }

const bad = (req: PayloadRequest, field: string) => {
  const text = message(toLanguage(req.i18n?.language), 'planTeamBadParam', { field })
  return new APIError(text, 400, { errors: [{ path: field, message: text }] }, true)
}

/**
 * Who of the members the user oversees has handed in their plan (or summary) for a period, a page of
 * members at a time, with the whole team's counts by status (and how many have none). A rep sees
 * themselves; a manager their department tree; a tenant admin everyone.
 */
export async function teamOverview(req: PayloadRequest, params: URLSearchParams) {
  const context = await getAccessContext(req)
  const grant = context ? grantFor(context, 'work-plans', 'read') : null
  if (!context || context.tenantId == null || (!grant && !context.tenantAdmin)) throw new Forbidden(req.t)
  const kind = params.get('kind') ?? 'plan'
  const period = (params.get('period') ?? 'week') as PlanPeriod
  const day = params.get('date') ?? new Date().toISOString().slice(0, 10)
  if (!['plan', 'summary'].includes(kind)) throw bad(req, 'kind')
  if (!['week', 'month'].includes(period)) throw bad(req, 'period')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw bad(req, 'date')
  const { page, limit } = pageParams(params)
  const key = periodKey(day, period)

  const scope = context.tenantAdmin || context.superAdmin ? 'all' : (grant?.scope ?? 'own')
  const inTenant: Where = { 'memberships.tenant': { equals: context.tenantId } }
  const reach: Where =
    scope === 'all'
      ? inTenant
      : scope === 'own' || context.departmentId == null
        ? { id: { equals: context.userId } }
        : {
            and: [
              inTenant,
              {
                'memberships.department': {
                  in: scope === 'department' ? [context.departmentId] : await departmentTree(req, context, context.departmentId),
                },
              },
            ],
          }
  const members = await req.payload.find({
    collection: 'users',
    where: { and: [reach, { active: { not_equals: false } }] },
    sort: 'name',
    page,
    limit,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, email: true },
  })
  const ids = (members.docs as Member[]).map((m) => m.id)
  const period_: Where = {
    and: [{ tenant: { equals: context.tenantId } }, { kind: { equals: kind } }, { periodKey: { equals: key } }],
  }
  const plans = ids.length
    ? ((
        await req.payload.find({
          collection: 'work-plans',
          where: { and: [period_, { owner: { in: ids } }] },
          pagination: false,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
          select: { owner: true, status: true, title: true, submittedAt: true },
        })
      ).docs as unknown as PlanRow[])
    : []
  const byOwner = new Map(plans.map((p) => [String(idOf(p.owner)), p]))
  // The team's counts over every member, not just this page: one count per status.
  const everyone = (
    await req.payload.find({
      collection: 'users',
      where: { and: [reach, { active: { not_equals: false } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { email: true },
    })
  ).docs.map((u) => u.id)
  const counts: Record<string, number> = {}
  for (const status of PLAN_STATUSES)
    counts[status] = (
      await req.payload.count({
        collection: 'work-plans',
        where: { and: [period_, { owner: { in: everyone } }, { status: { equals: status } }] },
        overrideAccess: false,
        user: req.user,
        req,
      })
    ).totalDocs
  counts.missing = everyone.length - PLAN_STATUSES.reduce((sum, s) => sum + counts[s], 0)
  return {
    kind,
    period,
    periodKey: key,
    ...periodDays(key),
    counts,
    docs: (members.docs as Member[]).map((m) => {
      const plan = byOwner.get(String(m.id))
      return {
        member: { id: m.id, name: m.name ?? m.email, email: m.email },
        plan: plan ? { id: plan.id, status: plan.status, title: plan.title, submittedAt: plan.submittedAt ?? null } : null,
      }
    }),
    page: members.page,
    totalPages: members.totalPages,
    totalDocs: members.totalDocs,
    hasNextPage: members.hasNextPage,
  }
}
