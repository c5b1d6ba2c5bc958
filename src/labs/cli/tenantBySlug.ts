import type { Payload } from 'payload'
import type { Id } from '../../access/types'
import { UsageError } from './args'

export async function tenantBySlug(payload: Payload, slug: string): Promise<{ id: Id; kind?: string; language?: string }> {
  const found = await payload.find({
    collection: 'tenants',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs.length === 0) throw new UsageError(`no tenant with the slug "${slug}"`)
  return found.docs[0] as unknown as { id: Id; kind?: string; language?: string }
}
