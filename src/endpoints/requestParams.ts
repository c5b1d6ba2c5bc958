import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

/** A document id as the adapter stores it: numbers on SQL, strings on MongoDB. */
export const documentId = (req: PayloadRequest, raw: unknown): Id =>
  req.payload.db.defaultIDType === 'number' ? Number(raw) : String(raw ?? '')

/** The `:id` route parameter, as a document id. */
export const routeId = (req: PayloadRequest): Id => documentId(req, req.routeParams?.id ?? '')

/** The request's JSON body, or an empty object when there is none. */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> =>
  req.json ? await req.json().catch(() => ({})) : {}

/**
 * `?page=&limit=` of a paged list endpoint: whole numbers, page from 1, limit 1..100; anything missing
 * or unreadable is the default (so a list is never unbounded, whatever the query says).
 */
export function pageParams(params: URLSearchParams | undefined, defaultLimit = 20): { page: number; limit: number } {
  const whole = (name: string) => Math.trunc(Number(params?.get(name))) || 0
  return { page: Math.max(1, whole('page') || 1), limit: Math.min(100, Math.max(1, whole('limit') || defaultLimit)) }
}
