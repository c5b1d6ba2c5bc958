import type { PayloadRequest } from 'payload'

export type TenantSettings = { timeZone: string | null; currency: string | null; language: 'zh' | 'en' | null }

const CACHE_KEY = 'formworkTenantSettings'

/**
 * A tenant's time zone, base currency and language: how its figures are dated and in what money they are written.
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
      select: { timeZone: true, baseCurrency: true, language: true },
    })
    .then(
      (doc) => {
        const found = doc as { timeZone?: string | null; baseCurrency?: string | null; language?: string | null }
        const language = found.language === 'en' || found.language === 'zh' ? found.language : null
        return { timeZone: found.timeZone ?? null, currency: found.baseCurrency ?? null, language }
      },
      () => ({ timeZone: null, currency: null, language: null }),
    )
  return cache[String(tenant)]
}

/** The tenant's time zone (its calendar decides months and days). */
export async function tenantTimeZone(req: PayloadRequest, tenant: string | number): Promise<string | null> {
  return (await tenantSettings(req, tenant)).timeZone
}
