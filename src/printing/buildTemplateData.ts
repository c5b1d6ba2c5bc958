import type { PayloadRequest } from 'payload'
import type { TemplateData } from '../../templates'
import { getAccessContext } from '../access/accessContext'
import type { Id } from '../access/types'
import type { Language } from '../i18n'
import { collectionLabelsIn } from './fieldLabels'

type TenantDoc = {
  name: string
  legalName?: string | null
  logoUrl?: string | null
  address?: string | null
  phone?: string | null
  email?: string | null
  bankName?: string | null
  bankAccount?: string | null
  taxNumber?: string | null
  baseCurrency?: string | null
  timeZone?: string | null
}

// What a populated relation of a printed record never needs to carry into a template (or a snapshot).
const INTERNAL_KEYS = new Set(['tenant', 'sessions', 'memberships', 'apiKey', 'loginAttempts', 'lockUntil', 'sharedWith'])

/** A populated document stripped of tenancy internals, at any depth. */
function printable(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => printable(v, depth + 1))
  if (!value || typeof value !== 'object' || depth > 6) return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !INTERNAL_KEYS.has(key))
      .map(([key, v]) => [key, printable(v, depth + 1)]),
  )
}

/** The active tenant's details as documents print them (its legal name, logo, bank, tax number). */
export async function tenantDetails(req: PayloadRequest, tenantId: Id) {
  const tenant = (await req.payload.findByID({
    collection: 'tenants',
    id: tenantId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as TenantDoc
  const text = (v: string | null | undefined) => (v ? v : undefined)
  return {
    details: {
      name: tenant.legalName || tenant.name,
      logoUrl: text(tenant.logoUrl),
      address: text(tenant.address),
      phone: text(tenant.phone),
      email: text(tenant.email),
      bankName: text(tenant.bankName),
      bankAccount: text(tenant.bankAccount),
      taxNumber: text(tenant.taxNumber),
      currency: text(tenant.baseCurrency),
    },
    timeZone: tenant.timeZone || 'Asia/Shanghai',
  }
}

/**
 * What a template sees of a record: the record read with the user's own access (so nobody prints what
 * they may not open), relations populated two levels deep (account, contact, items' products),
 * money as decimal strings, labels in the template's language, and the tenant's details.
 */
export async function buildTemplateData(
  req: PayloadRequest,
  entity: string,
  recordId: Id,
  language: Language,
): Promise<TemplateData> {
  const context = await getAccessContext(req)
  const record = await req.payload.findByID({
    collection: entity,
    id: recordId,
    depth: 2,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const tenantId = (typeof record.tenant === 'object' ? record.tenant?.id : record.tenant) ?? context?.tenantId
  const tenant = await tenantDetails(req, tenantId as Id)
  return {
    language,
    doc: printable(record) as Record<string, unknown>,
    tenant: tenant.details,
    labels: collectionLabelsIn(req.payload.collections[entity].config.flattenedFields, language),
    printedAt: new Date().toISOString(),
    timeZone: tenant.timeZone,
  }
}
