import type { PayloadRequest } from 'payload'
import type { Id } from '../../../access/types'
import { compareAndSet } from '../../../concurrency/compareAndSet'

/**
 * The next user in turn. The cursor (`assignment-cursors`) is advanced with a compare-and-set on the
 * turns taken, inside the effect's transaction: concurrent assignments each get their own turn, and
 * the position survives restarts. Turns count modulo the pool, so a pool that changes stays fair.
 */
export async function nextInTurn(req: PayloadRequest, tenant: Id, key: string, pool: Id[]): Promise<Id> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { docs } = await req.payload.find({
      collection: 'assignment-cursors',
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const cursor = docs[0] as { id: Id; turns: number } | undefined
    if (!cursor) {
      // Two first turns at once: one insert wins the unique key, the other's transaction fails and is retried.
      await req.payload.create({ collection: 'assignment-cursors', data: { tenant, key, turns: 1 }, overrideAccess: true, req })
      return pool[0]
    }
    const turns = Number(cursor.turns ?? 0)
    if (await compareAndSet(req, 'assignment-cursors', cursor.id, { turns: { equals: turns } }, { turns: turns + 1 }))
      return pool[turns % pool.length]
  }
  throw new Error(`round robin ${key}: too many concurrent turns`)
}
