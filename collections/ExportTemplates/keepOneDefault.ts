import type { CollectionAfterChangeHook } from 'payload'

/** One default per tenant, document and language: marking a template default unmarks the previous one. */
export const keepOneDefault: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.isDefault || previousDoc?.isDefault) return doc
  const tenant = typeof doc.tenant === 'object' ? doc.tenant?.id : doc.tenant
  await req.payload.update({
    collection: 'export-templates',
    where: {
      and: [
        { tenant: { equals: tenant } },
        { entity: { equals: doc.entity } },
        { language: { equals: doc.language } },
        { isDefault: { equals: true } },
        { id: { not_equals: doc.id } },
      ],
    },
    data: { isDefault: false },
    overrideAccess: true,
    req,
  })
  return doc
}
