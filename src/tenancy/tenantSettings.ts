import type { PayloadRequest } from 'payload'

export type TenantSettings = { timeZone: string | null; currency: string | null }

/** A tenant's time zone and base currency: how its figures are dated and in what money they are written. */
export async function tenantSettings(req: PayloadRequest, tenant: string | number): Promise<TenantSettings> {
  const doc = (await req.payload
    .findByID({
      collection: 'tenants',
      id: tenant,
      depth: 0,
      overrideAccess: true,
      req,
      select: { timeZone: true, baseCurrency: true },
    })
    .catch(() => null)) as { timeZone?: string | null; baseCurrency?: string | null } | null
  return { timeZone: doc?.timeZone ?? null, currency: doc?.baseCurrency ?? null }
}
