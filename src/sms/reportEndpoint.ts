import { type Endpoint, Forbidden, type PayloadRequest, ValidationError } from 'payload'
import { runSql, sql, tableOf } from '../concurrency/rawSql'
import { pageParams } from '../endpoints/requestParams'
import { toLanguage } from '../i18n/language'
import { columnOf, scopeConditions } from '../reports/sql/scopeSql'
import { chartScope } from '../workspace/charts/chartScope'
import { smsMessage } from './messages'

const DAY = /^\d{4}-\d{2}-\d{2}$/

export type SmsReportRow = { sender: string | null; senderName: string | null; status: string; count: number }

/** Counts per sender and status from `from` (inclusive) to `to` (exclusive), in the viewer's reach. */
export async function smsReport(req: PayloadRequest, from: string, to: string, page: number, limit: number) {
  const scope = await chartScope(req, 'sms-messages')
  if (!scope) throw new Forbidden(req.t)
  const col = (field: string) => columnOf(req, 'sms-messages', field)
  const where = sql.join(
    [...scopeConditions(req, 'sms-messages', scope), sql`${col('createdAt')} >= ${from} AND ${col('createdAt')} < ${to}`],
    sql` AND `,
  )
  const table = tableOf(req, 'sms-messages')
  const groups = (await runSql(
    req,
    sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 AS "one" FROM ${table} WHERE ${where} GROUP BY ${col('owner')}, ${col('status')}) AS "g"`,
  )) as { n: unknown }[]
  const totalDocs = Number(groups[0]?.n ?? 0)
  const rows = (await runSql(
    req,
    sql`SELECT ${col('owner')} AS "sender", ${col('status')} AS "status", COUNT(*) AS "count" FROM ${table} WHERE ${where}
      GROUP BY ${col('owner')}, ${col('status')} ORDER BY 1, 2 LIMIT ${limit} OFFSET ${(page - 1) * limit}`,
  )) as Record<string, unknown>[]
  // Names for the page's senders only: one read of at most `limit` users, whatever the viewer may read of users.
  const senders = [...new Set(rows.map((r) => r.sender).filter((s) => s != null))]
  const names = new Map<string, string>()
  if (senders.length > 0) {
    const users = await req.payload.find({
      collection: 'users',
      where: { id: { in: senders } },
      limit: senders.length,
      depth: 0,
      overrideAccess: true,
      select: { name: true, email: true },
      req,
    })
    for (const u of users.docs as unknown as { id: unknown; name?: string; email?: string }[])
      names.set(String(u.id), u.name || u.email || String(u.id))
  }
  const docs: SmsReportRow[] = rows.map((r) => ({
    sender: r.sender == null ? null : String(r.sender),
    senderName: r.sender == null ? null : (names.get(String(r.sender)) ?? null),
    status: String(r.status),
    count: Number(r.count),
  }))
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return { docs, page, limit, totalDocs, totalPages, hasNextPage: page < totalPages }
}

/**
 * GET /api/sms/report?from=YYYY-MM-DD&to=YYYY-MM-DD&page=&limit= — what was sent by whom: message
 * counts per sender and status created in the period (UTC days, `to` included), within the viewer's
 * reach of SMS messages (a rep their own, a manager their team, an admin everyone). One GROUP BY, paginated.
 */
export const smsReportEndpoint: Endpoint = {
  path: '/sms/report',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const language = toLanguage(req.i18n?.language)
    const from = req.searchParams.get('from') ?? ''
    const to = req.searchParams.get('to') ?? ''
    for (const [path, value] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!DAY.test(value) || Number.isNaN(Date.parse(value)))
        throw new ValidationError({ errors: [{ path, message: smsMessage(language, 'badDate', { value }) }] }, req.t)
    const end = new Date(Date.parse(to) + 86_400_000).toISOString()
    const { page, limit } = pageParams(req.searchParams, 50)
    return Response.json(await smsReport(req, new Date(from).toISOString(), end, page, limit))
  },
}
