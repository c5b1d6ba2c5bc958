import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { refName, rowsOf, type Section } from './sections'

/** A tenant's records of some sections by reference name (`roles/sales`, `records/accounts/C00001`) → id. */
export async function tenantIds(payload: Payload, tenant: Id, sections: Section[], req?: PayloadRequest) {
  const ids = new Map<string, Id>()
  for (const section of sections) {
    const docs = (
      await payload.find({
        collection: section.collection as 'roles',
        where: rowsOf(section, tenant),
        sort: 'id',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs as unknown as (Record<string, unknown> & { id: Id })[]
    const keys = section.keys(docs)
    docs.forEach((doc, i) => {
      ids.set(refName(section, keys[i]), doc.id)
    })
  }
  return ids
}
