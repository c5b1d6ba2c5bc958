import type { Labels } from '../customFields/layout/types'

/** The workspace's navigation groups, in the order a CRM user works through them. */
export const MODULES: { key: string; label: Labels; entities: string[] }[] = [
  { key: 'customers', label: { zh: '客户管理', en: 'Customers' }, entities: ['accounts', 'contacts', 'leads'] },
  {
    key: 'sales',
    label: { zh: '销售管理', en: 'Sales' },
    entities: ['opportunities', 'quotes', 'sales-orders', 'invoices', 'contracts', 'payments'],
  },
  {
    key: 'products',
    label: { zh: '产品与采购', en: 'Products & purchasing' },
    entities: ['products', 'product-categories', 'price-books', 'vendors', 'purchase-orders'],
  },
  { key: 'service', label: { zh: '服务管理', en: 'Service' }, entities: ['service-requests', 'faqs'] },
  { key: 'marketing', label: { zh: '市场营销', en: 'Marketing' }, entities: ['campaigns'] },
  {
    key: 'office',
    label: { zh: '办公协同', en: 'Office' },
    entities: ['activities', 'tasks', 'notes', 'announcements', 'work-plans', 'documents'],
  },
]

/** The module an entity belongs to (none for an entity no module names). */
export const moduleOf = (slug: string): string | undefined => MODULES.find((m) => m.entities.includes(slug))?.key

/** Entities outside the modules a tenant turned off (an entity of no module always stays). */
export function withoutHiddenModules<T extends { slug: string }>(entities: T[], hidden: readonly string[]): T[] {
  if (hidden.length === 0) return entities
  return entities.filter((e) => {
    const key = moduleOf(e.slug)
    return key === undefined || !hidden.includes(key)
  })
}

/** Entities grouped by module, keeping only those given (what the user may read), empty modules left out. */
export function groupByModule<T extends { slug: string }>(entities: T[]): { key: string; label: Labels; entities: T[] }[] {
  const bySlug = new Map(entities.map((e) => [e.slug, e]))
  const placed = new Set<string>()
  const groups = MODULES.map((m) => ({
    key: m.key,
    label: m.label,
    entities: m.entities.flatMap((slug) => {
      const entity = bySlug.get(slug)
      if (entity) placed.add(slug)
      return entity ? [entity] : []
    }),
  }))
  // An entity no module names still appears, under "Other".
  const rest = entities.filter((e) => !placed.has(e.slug))
  if (rest.length) groups.push({ key: 'other', label: { zh: '其他', en: 'Other' }, entities: rest })
  return groups.filter((g) => g.entities.length > 0)
}
