import { BUSINESS_COLLECTIONS } from '../access/permissionedCollections'

/** The documents numbered out of the box: each has a `number` field unique within its tenant. */
export const NUMBERED_COLLECTIONS = [
  'quotes',
  'sales-orders',
  'purchase-orders',
  'invoices',
  'contracts',
  'service-requests',
] as const

/**
 * What a sequence may number: any business collection. Those without a `number` field get their
 * number in `custom.<key>` (the custom-field engine's auto-number fields). Non-numbered ones first,
 * in the order roles list them, so the list reads like the navigation.
 */
export const SEQUENCE_TARGETS: readonly string[] = BUSINESS_COLLECTIONS

/** Statuses meaning "void": the document keeps its number and the void is recorded. */
export const VOID_STATUSES = new Set(['void'])
