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
