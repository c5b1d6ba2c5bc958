import type { DefaultTemplate } from '../types'
import { buildDocumentTemplate } from './documentTemplate'

/** The eight templates new tenants start from: quote, sales order, purchase order and invoice, in zh and en. */
export const DEFAULT_TEMPLATES: DefaultTemplate[] = (['quotes', 'sales-orders', 'purchase-orders', 'invoices'] as const).flatMap(
  (entity) => (['zh', 'en'] as const).map((language) => buildDocumentTemplate(entity, language)),
)
