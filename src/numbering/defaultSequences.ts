import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import type { ResetPolicy } from './period'

type Default = { target: string; name: { en: string; zh: string }; pattern: string; resetPolicy: ResetPolicy; gapFree: boolean }

/** What every new tenant numbers with, until an admin changes it. Invoices are gap-free, as tax audits expect. */
export const DEFAULT_SEQUENCES: Default[] = [
  {
    target: 'quotes',
    name: { en: 'Quotes', zh: '报价单' },
    pattern: 'QT-{YYYY}{MM}-{SEQ:4}',
    resetPolicy: 'monthly',
    gapFree: false,
  },
  {
    target: 'sales-orders',
    name: { en: 'Sales orders', zh: '销售订单' },
    pattern: 'SO-{YYYY}{MM}-{SEQ:4}',
    resetPolicy: 'monthly',
    gapFree: false,
  },
  {
    target: 'purchase-orders',
    name: { en: 'Purchase orders', zh: '采购订单' },
    pattern: 'PO-{YYYY}{MM}-{SEQ:4}',
    resetPolicy: 'monthly',
    gapFree: false,
  },
  {
    target: 'invoices',
    name: { en: 'Invoices', zh: '发票' },
    pattern: 'INV-{YYYY}{MM}-{SEQ:4}',
    resetPolicy: 'monthly',
    gapFree: true,
  },
  {
    target: 'contracts',
    name: { en: 'Contracts', zh: '合同' },
    pattern: 'HT-{YYYY}-{SEQ:4}',
    resetPolicy: 'yearly',
    gapFree: false,
  },
  {
    target: 'service-requests',
    name: { en: 'Service requests', zh: '服务工单' },
    pattern: 'SR-{YYYY}{MM}{DD}-{SEQ:3}',
    resetPolicy: 'daily',
    gapFree: false,
  },
]

/** Create the default sequences of a tenant (skipping modules that already have one), in the caller's transaction. */
export async function ensureDefaultSequences(payload: Payload, tenant: Id, language: 'en' | 'zh', req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'number-sequences',
    where: { tenant: { equals: tenant } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { targetCollection: true },
  })
  const existing = new Set(docs.map((d) => (d as { targetCollection?: string }).targetCollection))
  for (const sequence of DEFAULT_SEQUENCES) {
    if (existing.has(sequence.target)) continue
    await payload.create({
      collection: 'number-sequences',
      data: {
        tenant,
        name: sequence.name[language],
        targetCollection: sequence.target,
        pattern: sequence.pattern,
        resetPolicy: sequence.resetPolicy,
        dimension: 'none',
        padding: 4,
        gapFree: sequence.gapFree,
        active: true,
      },
      overrideAccess: true,
      req,
    })
  }
}
