import type { PayloadRequest } from 'payload'

export type TenantSettings = { timeZone: string | null; currency: string | null }

const CACHE_KEY = 'formworkTenantSettings'

/**
 * A tenant's time zone and base currency: how its figures are dated and in what money they are written.
 * Read once per request (the promise is kept): a page's session, charts and forms all ask for it.
 */
export function tenantSettings(req: PayloadRequest, tenant: string | number): Promise<TenantSettings> {
  req.context[CACHE_KEY] ??= {}
  const cache = req.context[CACHE_KEY] as Record<string, Promise<TenantSettings>>
  cache[String(tenant)] ??= req.payload
    .findByID({
      collection: 'tenants',
      id: tenant,
      depth: 0,
      overrideAccess: true,
      req,
      select: { timeZone: true, baseCurrency: true },
    })
    .then(
      (doc) => {
        const found = doc as { timeZone?: string | null; baseCurrency?: string | null }
        return { timeZone: found.timeZone ?? null, currency: found.baseCurrency ?? null }
      },
      () => ({ timeZone: null, currency: null }),
    )
  return cache[String(tenant)]
}

/** The tenant's time zone (its calendar decides months and days). */
export async function tenantTimeZone(req: PayloadRequest, tenant: string | number): Promise<string | null> {
  return (await tenantSettings(req, tenant)).timeZone
}
