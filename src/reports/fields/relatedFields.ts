import type { PayloadRequest } from 'payload'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import type { Id } from '../../access/types'
import { chartScope } from '../../workspace/charts/chartScope'
import { ownFields, type ReportField } from './reportFields'

const BUSINESS = new Set<string>(BUSINESS_COLLECTIONS)

/**
 * The fields of related records, one relationship away: an opportunity's `account.industry`, a
 * contact's `account.custom.tier`. Only into business collections (not people, departments or the
 * tenant), and only when the user may read the related collection at all. A related record the user
 * may not read lends no values (they read as empty), as when a Payload query follows the relationship;
 * its entity's field permissions are checked when a report uses one (planReport).
 */
export async function relatedFields(
  req: PayloadRequest,
  tenant: Id,
  entity: string,
  own: Map<string, ReportField>,
): Promise<ReportField[]> {
  const related: ReportField[] = []
  for (const link of own.values()) {
    if (link.kind !== 'relationship' || !link.relationTo || !BUSINESS.has(link.relationTo)) continue
    const scope = await chartScope(req, link.relationTo)
    if (!scope) continue
    for (const field of (await ownFields(req, tenant, link.relationTo)).values()) {
      related.push({
        ...field,
        path: `${link.path}.${field.path}`,
        label: { en: `${link.label.en} › ${field.label.en}`, zh: `${link.label.zh} › ${field.label.zh}` },
        via: {
          path: link.path,
          column: link.column,
          relationTo: link.relationTo,
          field: field.path,
          from: entity,
          trash: Boolean(req.payload.collections[link.relationTo as 'accounts']?.config.trash),
          scope,
        },
        wherePath: `${link.path}.${field.slot ?? field.path}`,
      })
    }
  }
  return related
}
