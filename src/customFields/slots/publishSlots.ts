import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { CustomSchema } from '../customSchema'
import { assignSlots, type SlotMap } from './assignSlots'
import { backfillSlots } from './backfillSlots'
import { forgetEveryTenantMapping } from './slotMappings'

type VersionLike = { schema?: unknown; slots?: unknown; entity: string }

/** The slots a draft gets as it is published, kept stable from the version it supersedes. */
export function assignSlotsOnPublish(draft: VersionLike, current: VersionLike | undefined) {
  const { slots, slotless, newlyMapped } = assignSlots(draft.schema as CustomSchema, (current?.slots ?? null) as SlotMap | null)
  return { stored: { slots, slotless }, newlyMapped }
}

/**
 * After a publish: records stored before it get their new slots filled (batched; synchronous for now,
 * a schema-migration job can call backfillSlots the same way). The answer keeps `slotless` so the
 * designer can say which fields have no range filter or sort, and says how many records were backfilled.
 */
export async function backfillAfterPublish<T extends { entity: string; newlyMapped: string[] }>(
  req: PayloadRequest,
  tenant: Id,
  published: T,
): Promise<Omit<T, 'newlyMapped'> & { backfilled: number }> {
  forgetEveryTenantMapping(published.entity)
  const { newlyMapped, ...rest } = published
  const backfilled = newlyMapped.length > 0 ? await backfillSlots(req.payload, req, tenant, published.entity) : 0
  return { ...rest, backfilled }
}
