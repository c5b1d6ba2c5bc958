import { Forbidden, type PayloadRequest, type Where } from 'payload'
import { documentId } from '../endpoints/requestParams'
import { message, toLanguage } from '../i18n'
import type { Id } from './types'

export const TENANT_HEADER = 'x-tenant'
export const TENANT_COOKIE = 'formwork-tenant'

export type TenantDoc = { id: Id; slug: string; kind: 'company' | 'class' | 'group'; parent?: Id | { id: Id } | null }

/** What the request asked for: the X-Tenant header wins over the admin's tenant cookie. */
export function requestedTenant(req: PayloadRequest): { value: string; source: 'header' | 'cookie' } | null {
  const header = req.headers?.get(TENANT_HEADER)?.trim()
  if (header) return { value: header, source: 'header' }
  const cookie = req.headers
    ?.get('cookie')
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${TENANT_COOKIE}=`))
  const value = cookie ? decodeURIComponent(cookie.slice(TENANT_COOKIE.length + 1)) : ''
  return value ? { value, source: 'cookie' } : null
}

/** A tenant by id or slug, read past access control (the caller decides whether the user reaches it). */
export async function findTenant(req: PayloadRequest, idOrSlug: string): Promise<TenantDoc | null> {
  const looksLikeId = /^\d+$/.test(idOrSlug) || /^[0-9a-f]{24}$/.test(idOrSlug)
  const where: Where = looksLikeId ? { id: { equals: documentId(req, idOrSlug) } } : { slug: { equals: idOrSlug } }
  const { docs } = await req.payload.find({
    collection: 'tenants',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { slug: true, kind: true, parent: true },
  })
  return (docs[0] as unknown as TenantDoc | undefined) ?? null
}

export function noTenantAccess(req: PayloadRequest, tenant: string): Forbidden {
  const error = new Forbidden(req.t)
  error.message = message(toLanguage(req.i18n?.language), 'noTenantAccess', { tenant })
  return error
}
