import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { findInTenant } from './findPeople'

type Doc = Record<string, unknown>

/** The addresses of a To/Cc/Bcc line (`"Zhang San" <zs@example.com>, li@example.com`), lower-cased. */
export function addressesOf(line: unknown): string[] {
  if (typeof line !== 'string') return []
  return line
    .split(/[,;]/)
    .map((part) => (part.match(/<([^>]+)>/)?.[1] ?? part).trim().toLowerCase())
    .filter(Boolean)
}

export const RECIPIENT_FIELDS = ['to', 'cc', 'bcc'] as const

/** The tenant's outbox messages addressed to any of these addresses (To, Cc or Bcc), matched exactly. */
export async function emailsToPerson(req: PayloadRequest, tenantId: Id, addresses: string[]): Promise<Doc[]> {
  const wanted = new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))
  if (wanted.size === 0) return []
  // `contains` narrows in the database; the exact match on whole addresses is made here.
  const or = [...wanted].flatMap((address) => RECIPIENT_FIELDS.map((field) => ({ [field]: { contains: address } })))
  const docs = await findInTenant(req, tenantId, 'outbox', { or })
  return docs.filter((doc) => RECIPIENT_FIELDS.some((field) => addressesOf(doc[field]).some((a) => wanted.has(a))))
}
