import type { PayloadRequest } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { departmentTree } from '../../access/scopeWhere'
import { type Id, idOf } from '../../access/types'
import { runSql, sql, tableOf } from '../../concurrency/rawSql'
import { Decimal } from '../../money/decimal'
import { activeWorkflows } from '../../workflow/server/activeWorkflows'
import { chartScope } from '../../workspace/charts/chartScope'
import { calendarPeriod, type Period } from '../dates/periods'
import { column, inList, scopeConditions } from '../sql/scopeSql'

export type SalesTargetDoc = {
  id: Id
  tenant: unknown
  subject: 'user' | 'department'
  user?: unknown
  department?: unknown
  year: number
  period: 'month' | 'quarter'
  index: number
  measure: 'amount' | 'count'
  basis: 'opportunities' | 'invoices'
  target: string
}

/** How far a target is: what counts so far, and the share of the target (percent, one place; null for a zero target). */
export type TargetProgress = { id: Id; period: Period; target: string; actual: string; percent: string | null }

/** Invoices that count as sales: issued and not void. */
export const INVOICED_STATUSES = ['issued', 'partially-paid', 'paid']

/** Stage keys that mean won: `won`, and every final stage with the won outcome in the tenant's workflows. */
export async function wonStages(req: PayloadRequest, tenant: Id): Promise<string[]> {
  const keys = new Set(['won'])
  for (const workflow of await activeWorkflows(req, tenant, 'opportunities'))
    for (const stage of workflow.stages) if (stage.final && stage.outcome === 'won') keys.add(stage.key)
  return [...keys]
}

/**
 * A target's completion from one aggregate query: won opportunities by expected close date, or issued
 * invoices by issue date, in the target's month or quarter of the tenant's calendar, for the person
 * (owner) or the department with its sub-departments. Counted within the reader's own scope, like every
 * report: a rep reading the department's target sees what they may read of it.
 */
export async function targetCompletion(
  req: PayloadRequest,
  target: SalesTargetDoc,
  timeZone: string | null,
): Promise<TargetProgress | null> {
  const collection = target.basis
  const scope = await chartScope(req, collection)
  const context = await getAccessContext(req)
  if (!scope || !context || String(scope.tenant) !== String(idOf(target.tenant))) return null
  const period = calendarPeriod(target.year, target.period, target.index, timeZone)
  const col = column
  const conditions = scopeConditions(req, collection, scope)
  const date = col(collection === 'opportunities' ? 'expected_close_date' : 'issued_on')
  conditions.push(sql`${date} >= ${period.from.toISOString()} AND ${date} < ${period.to.toISOString()}`)
  conditions.push(
    collection === 'opportunities'
      ? inList(col('stage'), await wonStages(req, scope.tenant))
      : inList(col('status'), INVOICED_STATUSES),
  )
  if (target.subject === 'user') conditions.push(sql`${col('owner_id')} = ${idOf(target.user)}`)
  else {
    const department = idOf(target.department)
    const departments = department == null ? [] : await departmentTree(req, context, department)
    conditions.push(inList(col('department_id'), departments))
  }
  const measured =
    target.measure === 'count' ? sql`COUNT(*)` : sql`SUM(${col(collection === 'opportunities' ? 'amount_minor' : 'total_minor')})`
  const [row] = (await runSql(
    req,
    sql`SELECT ${measured} AS "actual" FROM ${tableOf(req, collection)} WHERE ${sql.join(conditions, sql` AND `)}`,
  )) as { actual: unknown }[]
  const raw = new Decimal(String(row?.actual ?? 0))
  const actual = target.measure === 'count' ? raw : raw.dividedBy(100)
  const goal = new Decimal(target.target)
  return {
    id: target.id,
    period,
    target: goal.toFixed(2),
    actual: actual.toFixed(target.measure === 'count' ? 0 : 2),
    percent: goal.isZero() ? null : actual.dividedBy(goal).times(100).toDecimalPlaces(1).toFixed(1),
  }
}
