import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'
import { getAccessContext } from '../../../../access/accessContext'
import { BUSINESS_COLLECTIONS } from '../../../../access/permissionedCollections'
import { tenantBaseCurrency } from '../../../../fields/currencyField'
import { describeEntity, type EntityDescription } from '../../../../workspace/describeEntity'
import { hiddenModulesOf } from '../../../../workspace/hiddenModules'
import { withoutHiddenModules } from '../../../../workspace/modules'
import { managesSharedViews } from '../../../../workspace/savedViews/savedViewsAccess'

export type WorkspaceSession = {
  payload: Payload
  /** A Local API request as the signed-in user (their tenant, roles and language), for server-side reads. */
  req: PayloadRequest
  user: { id: string | number; name: string; email: string; isSuperAdmin: boolean }
  language: 'en' | 'zh'
  /** The business entities the user may read, outside the modules the tenant hides, for the navigation. */
  entities: { slug: string; label: EntityDescription['label'] }[]
  /** May share saved views with a role or the whole tenant. */
  canShareViews: boolean
  titleFields: Record<string, string>
  /** The tenant's base currency: what a new document's currency starts as. */
  baseCurrency: string
}

/**
 * The signed-in user of a workspace page, from Payload's session cookie, with what the page needs to
 * draw the navigation; without a session, the login page (coming back here afterwards).
 */
export async function workspaceSession(returnTo: string): Promise<WorkspaceSession> {
  const payload = await getPayload({ config })
  const requestHeaders = await headers()
  const { user, permissions } = await payload.auth({ headers: requestHeaders })
  if (user?.collection !== 'users') redirect(`/app/login?next=${encodeURIComponent(returnTo)}`)
  const collections = permissions?.collections ?? {}
  const readable = (slug: string) => Boolean((collections[slug]?.read as { permission?: boolean } | undefined)?.permission)
  const u = user as unknown as { id: string | number; name?: string; email: string; isSuperAdmin?: boolean; language?: string }
  // The same access context the API uses (active tenant from the cookie, roles of that tenant).
  const req = await createLocalReq({ user, req: { headers: requestHeaders } }, payload)
  const access = await getAccessContext(req)
  return {
    payload,
    req,
    user: { id: u.id, name: u.name ?? u.email, email: u.email, isSuperAdmin: Boolean(u.isSuperAdmin) },
    language: u.language === 'en' ? 'en' : 'zh',
    entities: withoutHiddenModules(
      payload.config.collections
        .filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.slug) && readable(c.slug))
        .map((c) => ({ slug: c.slug, label: describeEntity(c).label })),
      await hiddenModulesOf(payload, access?.tenantId),
    ),
    canShareViews: access != null && managesSharedViews(access, 'create'),
    titleFields: Object.fromEntries(payload.config.collections.map((c) => [c.slug, c.admin?.useAsTitle ?? 'id'])),
    baseCurrency: await tenantBaseCurrency(req),
  }
}

/** The entity a page names, if the user may read it; otherwise a 404 (no hint that it exists). */
export function entityOf(session: WorkspaceSession, slug: string): EntityDescription {
  if (!session.entities.some((e) => e.slug === slug)) notFound()
  const collection = session.payload.config.collections.find((c) => c.slug === slug)
  if (!collection) notFound()
  const entity = describeEntity(collection)
  // The server fills a missing currency with the tenant's; the form shows it from the start.
  return {
    ...entity,
    fields: entity.fields.map((f) =>
      f.name === 'currency' && f.type === 'select' ? { ...f, defaultValue: session.baseCurrency } : f,
    ),
  }
}
