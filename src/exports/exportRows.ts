import type { PayloadRequest, Sort, Where } from 'payload'
import type { ExportColumn } from './exportColumns'

export const PAGE_SIZE = 500

type Query = { slug: string; where?: Where; sort?: Sort; columns: ExportColumn[] }

/** Only what the columns need: their top-level fields, and titles of related records. */
function selection({ slug, columns }: Query, req: PayloadRequest) {
  const select: Record<string, true> = { id: true }
  const populate: Record<string, Record<string, true>> = {}
  for (const column of columns) {
    select[column.path.split('.')[0]] = true
    const relationTo = column.field && 'relationTo' in column.field ? column.field.relationTo : undefined
    for (const target of relationTo ? (Array.isArray(relationTo) ? relationTo : [relationTo]) : []) {
      const title = req.payload.collections[target]?.config.admin?.useAsTitle ?? 'id'
      populate[target] = { ...populate[target], [title]: true }
    }
  }
  void slug
  return { select, populate }
}

/**
 * The rows of a list, a page at a time, read with the user's own access (the same rows their list
 * shows), so 100,000 rows never sit in memory at once.
 */
export async function* exportRows(req: PayloadRequest, query: Query): AsyncGenerator<Record<string, unknown>[]> {
  const { select, populate } = selection(query, req)
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: query.slug,
      where: query.where,
      sort: query.sort ?? '-createdAt',
      limit: PAGE_SIZE,
      page,
      depth: 1,
      select,
      populate,
      overrideAccess: false,
      user: req.user,
      req,
    })
    yield result.docs as Record<string, unknown>[]
    if (!result.hasNextPage) return
  }
}
