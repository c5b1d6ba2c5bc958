import type { FieldHook, PayloadRequest, SelectField } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { label } from '../i18n/label'
import { tenantSettings } from '../tenancy/tenantSettings'
import { CURRENCIES } from './currencies'

/** Before any company chose otherwise, documents are in yuan (also the column's default in the database). */
export const FALLBACK_CURRENCY = 'CNY'

/** The base currency of the tenant a request acts in (yuan when it acts in none). */
export async function tenantBaseCurrency(req: PayloadRequest): Promise<string> {
  const tenant = (await getAccessContext(req).catch(() => null))?.tenantId
  if (tenant == null) return FALLBACK_CURRENCY
  return (await tenantSettings(req, tenant)).currency ?? FALLBACK_CURRENCY
}

/**
 * A new document created without a currency takes its tenant's base currency, so an English company in
 * dollars does not start every quote in yuan. A hook, not a default function: the hook sees whether
 * the value was given, and the column keeps its plain default (no table rebuild on SQLite).
 */
const fillTenantCurrency: FieldHook = async ({ operation, siblingData, req }) =>
  operation === 'create' && (siblingData as Record<string, unknown>).currency === undefined ? tenantBaseCurrency(req) : undefined

/** A document's currency, one of those the app knows, defaulting to the tenant's base currency. */
export const currencyField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'currency',
    type: 'select',
    defaultValue: FALLBACK_CURRENCY,
    label: label('Currency', '币种'),
    options: CURRENCIES.map((c) => ({ value: c, label: c })),
    hooks: { beforeValidate: [fillTenantCurrency] },
    ...overrides,
  }) as SelectField
