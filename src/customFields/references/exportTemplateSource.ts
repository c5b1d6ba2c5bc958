import { mentions, renameMentions } from './mentions'
import type { ReferenceSource } from './registry'

/**
 * Export templates of the entity whose Handlebars source (or partials) names `custom.<key>`. A text
 * scan: a template that builds the path at run time (`lookup custom name`) is not found.
 */
export const exportTemplateSource: ReferenceSource = {
  name: 'export-templates',
  find: async (req, tenant, entity, key) => {
    const { docs } = await req.payload.find({
      collection: 'export-templates',
      where: { and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return (docs as unknown as { id: number; name: string; source?: string; partials?: unknown }[])
      .filter((t) => mentions(t.source, key) || mentions(JSON.stringify(t.partials ?? ''), key))
      .map((t) => ({ source: 'export-templates', id: t.id, label: t.name, where: 'source' }))
  },
  rename: async (req, tenant, entity, from, to) => {
    const places = await exportTemplateSource.find(req, tenant, entity, from)
    for (const place of places) {
      const template = (await req.payload.findByID({
        collection: 'export-templates',
        id: place.id as number,
        depth: 0,
        overrideAccess: true,
        req,
      })) as {
        source?: string
        partials?: unknown
      }
      await req.payload.update({
        collection: 'export-templates',
        id: place.id as number,
        data: {
          source: renameMentions(template.source ?? '', from, to),
          ...(template.partials ? { partials: JSON.parse(renameMentions(JSON.stringify(template.partials), from, to)) } : {}),
        },
        overrideAccess: true,
        req,
      })
    }
  },
}
