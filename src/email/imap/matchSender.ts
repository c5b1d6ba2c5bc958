import type { Payload } from 'payload'
import type { Id } from '../../access/types'

export type Match = { relationTo: 'contacts' | 'leads' | 'accounts'; value: Id }

/**
 * The tenant's record an address belongs to: a contact first (a person), then a lead, then an account
 * (its company address); the most recently updated wins among several.
 */
export async function matchAddress(payload: Payload, tenant: Id, addresses: string[]): Promise<Match | null> {
  const wanted = [...new Set(addresses.flatMap((a) => [a, a.toLowerCase()]).filter(Boolean))]
  if (wanted.length === 0) return null
  for (const collection of ['contacts', 'leads', 'accounts'] as const) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ tenant: { equals: tenant } }, { email: { in: wanted } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { id: true },
    })
    if (docs[0]) return { relationTo: collection, value: docs[0].id }
  }
  return null
}
