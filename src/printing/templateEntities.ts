import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../access/permissionedCollections'

/** Collections a template can print: every business collection (quotes, orders, invoices, service requests, …). */
export const TEMPLATE_ENTITIES: readonly string[] = BUSINESS_COLLECTIONS

export const templateEntityOptions = () =>
  PERMISSIONED_COLLECTIONS.filter((c) => c.business).map((c) => ({ value: c.value, label: c.label }))

export const isTemplateEntity = (value: unknown): value is string =>
  typeof value === 'string' && TEMPLATE_ENTITIES.includes(value)
