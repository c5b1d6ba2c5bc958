import type { PayloadRequest } from 'payload'
import type { ReportField } from '../fields/reportFields'

type Doc = Record<string, unknown>

const valueAt = (doc: Doc, path: string) =>
  path.startsWith('custom.') ? (doc.custom as Doc | undefined)?.[path.slice(7)] : doc[path]

/**
 * The related records a page of rows points at, read in one query per relationship with the user's
 * own access: the values a tabular report's related columns show (`account.industry`). A record the
 * user may not read, or one in the recycle bin, shows as empty, as in aggregates (fieldSql).
 */
export async function relatedCells(req: PayloadRequest, columns: ReportField[], docs: Doc[], tenant: unknown) {
  const byLink = new Map<string, ReportField[]>()
  for (const c of columns) if (c.via) byLink.set(c.via.path, [...(byLink.get(c.via.path) ?? []), c])
  const records = new Map<string, Map<string, Doc>>()
  for (const [link, fields] of byLink) {
    const relationTo = fields[0].via?.relationTo as string
    const ids = [...new Set(docs.map((d) => d[link]).filter((v) => v != null))]
    const select: Record<string, true> = {}
    for (const f of fields) select[f.via?.field.startsWith('custom.') ? 'custom' : (f.via?.field as string)] = true
    const found = ids.length
      ? await req.payload.find({
          collection: relationTo as 'accounts',
          where: { and: [{ id: { in: ids } }, { tenant: { equals: tenant } }] },
          select: select as never,
          depth: 0,
          limit: ids.length,
          pagination: false,
          overrideAccess: false,
          user: req.user,
          req,
        })
      : { docs: [] }
    records.set(link, new Map((found.docs as unknown as Doc[]).map((d) => [String(d.id), d])))
  }
  /** A related column's value in one row, or null when the row has no related record (or it was deleted). */
  return (doc: Doc, column: ReportField) => {
    const via = column.via
    if (!via) return valueAt(doc, column.path)
    const related = records.get(via.path)?.get(String(doc[via.path]))
    return related ? valueAt(related, via.field) : null
  }
}
