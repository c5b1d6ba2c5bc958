import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { isPostgres } from '../concurrency/rawSql'
import { activeSequence, allocateNumber, numberSlot, type SequenceDoc } from '../numbering/allocateNumber'
import { publishedSchema } from './publishedSchema'

/**
 * The sequence an auto-number field names (`x-sequence`: its id or its name), in the record's tenant.
 * It need not be active: `active` marks the one sequence that numbers the record itself.
 */
async function sequenceFor(req: PayloadRequest, tenant: Id, collection: string, named: string): Promise<SequenceDoc | null> {
  const byId = /^\d+$/.test(named) || /^[0-9a-f]{24}$/.test(named)
  const { docs } = await req.payload.find({
    collection: 'number-sequences',
    where: {
      and: [
        { tenant: { equals: tenant } },
        { targetCollection: { equals: collection } },
        byId ? { id: { equals: /^\d+$/.test(named) ? Number(named) : named } } : { name: { equals: named } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as SequenceDoc) ?? null
}

/**
 * On create, every auto-number custom field takes the next number of the sequence it names; what a
 * client sent for it is ignored (the field is read-only). The record's own number sequence, which
 * already writes `custom.<customKey>` on collections without a Number field, is left to numbering.
 */
export const fillAutoNumbers: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  const tenant = idOf(data.tenant)
  if (operation !== 'create' || tenant == null || req.context.customFieldLayer === 'off') return data
  const { schema } = await publishedSchema(req, tenant, collection.slug)
  const fields = Object.entries(schema.properties).filter(([, f]) => f['x-type'] === 'autoNumber' && !f['x-removed'])
  if (fields.length === 0) return data
  const own = await activeSequence(req, tenant, collection.slug)
  const ownSlot = numberSlot(req, collection.slug, own)
  const custom = { ...((data.custom as Record<string, unknown>) ?? {}) }
  for (const [key, field] of fields) {
    delete custom[key]
    const sequence = await sequenceFor(req, tenant, collection.slug, String(field['x-sequence'] ?? ''))
    if (!sequence) continue
    if (ownSlot.kind === 'custom' && ownSlot.key === key && own?.id === sequence.id) continue
    custom[key] = (await allocateNumber(req, sequence, collection.slug, { ...data, custom }, isPostgres(req))).number
  }
  data.custom = custom
  return data
}
