import type { PayloadRequest, Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { publishedSchema } from '../../customFields/publishedSchema'
import { hiddenModulesOf } from '../hiddenModules'
import { moduleOf } from '../modules'
import { type SearchPath, searchPaths } from './searchPaths'

export type SearchHit = { id: string | number; title: string; detail: string | null }
export type SearchGroup = { entity: string; hits: SearchHit[]; more: boolean; page?: number; totalPages?: number }

/** What a hit shows under its title: the first of these the record has. */
const DETAIL_FIELDS = ['number', 'code', 'mobile', 'phone', 'email']

type Options = { entity?: string; page?: number; perEntity?: number; pageSize?: number }

const isStatus = (error: unknown, status: number) => (error as { status?: number } | null)?.status === status
const refusedPaths = (error: unknown): string[] =>
  ((error as { data?: { errors?: { path?: string }[] } } | null)?.data?.errors ?? []).flatMap((e) => (e.path ? [e.path] : []))

/**
 * The global search: every business record the user may read whose name, number, phone, email or custom
 * text field holds the query, grouped by entity (a few per entity, or one entity page by page). Reads go
 * through the Local API as the user, so tenancy, scopes, masking and field permissions all apply: a
 * field the user may only look up exactly (a masked phone) is matched exactly, never by part.
 */
export async function searchRecords(req: PayloadRequest, query: string, options: Options = {}): Promise<SearchGroup[]> {
  const q = query.trim().slice(0, 100)
  if (!q) return []
  const tenant = (await getAccessContext(req))?.tenantId ?? null
  const hidden = await hiddenModulesOf(req.payload, tenant)
  const entities = (options.entity ? [options.entity] : [...BUSINESS_COLLECTIONS]).filter(
    (e) => !hidden.includes(moduleOf(e) ?? ''),
  )
  const groups: SearchGroup[] = []
  for (const entity of entities) {
    const collection = req.payload.collections[entity as 'accounts']?.config
    if (!collection || !(BUSINESS_COLLECTIONS as readonly string[]).includes(entity)) continue
    const schema = tenant == null ? null : (await publishedSchema(req, tenant, entity)).schema
    const paths = searchPaths(collection, schema)
    if (paths.length === 0) continue
    const group = await searchEntity(req, entity, collection.admin?.useAsTitle ?? 'id', paths, q, options)
    if (group && group.hits.length > 0) groups.push(group)
  }
  return groups
}

async function searchEntity(
  req: PayloadRequest,
  entity: string,
  titleField: string,
  paths: SearchPath[],
  q: string,
  { entity: single, page = 1, perEntity = 5, pageSize = 20 }: Options,
): Promise<SearchGroup | null> {
  const exact = new Set<string>()
  const dropped = new Set<string>()
  // A field the user may only look up exactly (masked) is asked again with `equals`; one refused even
  // so (hidden from them) is left out.
  for (let attempt = 0; attempt < 3; attempt++) {
    const searched = paths.filter((p) => !dropped.has(p.path))
    if (searched.length === 0) return null
    const where: Where = { or: searched.map((p) => ({ [p.path]: { [exact.has(p.path) ? 'equals' : p.match]: q } })) }
    try {
      const found = await req.payload.find({
        collection: entity as 'accounts',
        where,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        sort: '-updatedAt',
        ...(single ? { limit: pageSize, page } : { limit: perEntity + 1, pagination: false }),
      })
      const docs = found.docs as unknown as Record<string, unknown>[]
      const hits = docs.slice(0, single ? pageSize : perEntity).map((doc) => hitOf(doc, titleField))
      return single
        ? { entity, hits, more: found.hasNextPage, page: found.page, totalPages: found.totalPages }
        : { entity, hits, more: docs.length > perEntity }
    } catch (error) {
      if (isStatus(error, 403)) return null
      const refused = refusedPaths(error).filter((p) => paths.some((s) => s.path === p) && !dropped.has(p))
      if (!isStatus(error, 400) || refused.length === 0) throw error
      for (const path of refused) (exact.has(path) ? dropped : exact).add(path)
    }
  }
  return null
}

function hitOf(doc: Record<string, unknown>, titleField: string): SearchHit {
  const title = doc[titleField]
  const detail = DETAIL_FIELDS.map((f) => doc[f]).find((v) => typeof v === 'string' && v !== '' && v !== title)
  return {
    id: doc.id as string | number,
    title: typeof title === 'string' && title ? title : `#${doc.id}`,
    detail: typeof detail === 'string' ? detail : null,
  }
}
