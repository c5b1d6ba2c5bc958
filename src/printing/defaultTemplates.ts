import type { Payload, PayloadRequest } from 'payload'
import { DEFAULT_TEMPLATES } from '../../templates'
import type { Id } from '../access/types'

/**
 * Install the built-in templates (quote, sales order, purchase order, invoice; 中文 and English) in a
 * tenant, skipping any it already has by name. Those in the tenant's language are its defaults.
 */
export async function ensureDefaultTemplates(payload: Payload, tenantId: Id, language: 'zh' | 'en', req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'export-templates',
    where: { tenant: { equals: tenantId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, entity: true, language: true },
  })
  const existing = new Set(docs.map((d) => `${d.entity}|${d.language}|${d.name}`))
  for (const template of DEFAULT_TEMPLATES) {
    if (existing.has(`${template.entity}|${template.language}|${template.name}`)) continue
    await payload.create({
      collection: 'export-templates',
      data: {
        tenant: tenantId,
        name: template.name,
        entity: template.entity,
        language: template.language,
        format: 'pdf',
        isDefault: template.language === language,
        source: template.source,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}
