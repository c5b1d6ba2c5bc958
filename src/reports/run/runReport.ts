import type { PayloadRequest } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { isSql } from '../../concurrency/rawSql'
import { tenantTimeZone } from '../../tenancy/tenantSettings'
import { chartScope } from '../../workspace/charts/chartScope'
import { validateDefinition } from '../definition/validateDefinition'
import { ReportError } from '../reportError'
import { planReport } from './planReport'
import { type AggregateResult, runAggregate } from './runAggregate'
import { runTabular, type TabularResult } from './runTabular'

export type ReportResult = (AggregateResult | TabularResult) & { chart: { type: string; aggregate: number } | null }
export type RunOptions = { page?: number; pageSize?: number; now?: Date }

/**
 * Runs a report definition for the user of `req`: checks its shape, resolves its fields in the
 * user's tenant, refuses fields the user may not see, and aggregates only the rows the user's read
 * scope reaches (tenant, then owner/department). Tabular rows come one page at a time.
 */
export async function runReport(req: PayloadRequest, input: unknown, options: RunOptions = {}): Promise<ReportResult> {
  const definition = validateDefinition(input)
  if (!isSql(req)) throw new ReportError('notSupported', 'entity')
  const context = await getAccessContext(req)
  const scope = context?.tenantId == null ? null : await chartScope(req, definition.entity)
  if (!scope) throw new ReportError('notReadable', 'entity', { entity: definition.entity })
  const timeZone = await tenantTimeZone(req, scope.tenant)
  const plan = await planReport(req, definition, scope, timeZone, options.now ?? new Date())
  const result =
    definition.type === 'tabular'
      ? await runTabular(req, plan, options.page, options.pageSize)
      : await runAggregate(req, plan, options.page, options.pageSize)
  return { ...result, chart: definition.chart ?? null }
}
