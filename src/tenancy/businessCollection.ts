import type { CollectionConfig } from 'payload'
import { refuseLockedDelete, refuseLockedUpdate } from '../approvals/server/lockHooks'
import { auditChange, auditPurge } from '../audit/recordAudit'
import { refuseStaleWrite } from '../concurrency/refuseStaleWrite'
import { fillAutoNumbers } from '../customFields/autoNumbers'
import { customValuesHook } from '../customFields/customValuesHook'
import { hideRemovedFields } from '../customFields/evolution/hideRemovedFields'
import { customQueryHook } from '../customFields/query/customQueryHook'
import { slotFields, slotIndexes } from '../customFields/slots/slotColumns'
import { hideSlots, mirrorSlots } from '../customFields/slots/slotHooks'
import { releaseUniqueValues, releaseUniqueValuesOnError, uniqueCustomValues } from '../customFields/unique/uniqueCustomValues'
import { exportEndpoint } from '../exports/exportEndpoint'
import { startExportEndpoint } from '../exports/jobs/endpoints'
import { guardFieldQuery } from '../fieldPermissions/guardFieldQuery'
import { guardFieldWrites } from '../fieldPermissions/guardFieldWrites'
import { restrictFieldsOnRead } from '../fieldPermissions/restrictFieldsOnRead'
import { customField } from '../fields/customField'
import { refuseUnparsableNumbers } from '../fields/refuseUnparsableNumbers'
import { numberNewRecord, numberSavedRecord } from '../numbering/numberingHooks'
import { guardMaskedQuery } from '../privacy/guardMaskedQuery'
import { enqueueDeliveries } from '../webhooks/enqueueDeliveries'
import { claimStage, enforceWorkflow, recordTransition } from '../workflow/server/workflowHooks'
import { tenantCollection } from './tenantCollection'

type Options = { owned?: boolean; shared?: boolean; pool?: boolean }

/**
 * A CRM record: tenant-scoped, owned (unless said otherwise), soft-deleted into the recycle bin,
 * with the admin-defined `custom` values.
 */
export function businessCollection(
  config: CollectionConfig,
  { owned = true, shared = false, pool = false }: Options = {},
): CollectionConfig {
  return tenantCollection(
    {
      trash: true,
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeListTable: [
            ...(config.admin?.components?.beforeListTable ?? []),
            '/src/admin/listExport/ListExportButtons#ListExportButtons',
          ],
        },
      },
      // The slots mirror custom values in typed, indexed columns for range filters and sorting.
      fields: [...config.fields, customField(), ...slotFields()],
      indexes: [...(config.indexes ?? []), ...slotIndexes()],
      // Every list exports to CSV and XLSX: GET /api/<slug>/export.
      endpoints: [...(config.endpoints || []), exportEndpoint(config.slug), startExportEndpoint(config.slug)],
      // Last, so that nothing after the version check can refuse the write it has already claimed.
      hooks: {
        ...config.hooks,
        // Any business record can reach a person's masked fields through a relation (`contact.mobile`).
        // Field permissions see `custom.<key>` before the query translation rewrites it to a slot column.
        beforeOperation: [
          ...(config.hooks?.beforeOperation ?? []),
          refuseUnparsableNumbers,
          guardMaskedQuery,
          guardFieldQuery,
          guardFieldWrites,
          customQueryHook,
        ],
        // Slots and removed fields out of sight first; permissions last, so what other hooks add is restricted too.
        afterRead: [...(config.hooks?.afterRead ?? []), hideSlots, hideRemovedFields, restrictFieldsOnRead],
        // Numbering after the record's own checks, so a refused save takes no number where it can help it.
        beforeChange: [
          ...(config.hooks?.beforeChange ?? []),
          // A record waiting for approval is locked before anything else looks at the write.
          refuseLockedUpdate,
          customValuesHook,
          fillAutoNumbers,
          mirrorSlots,
          uniqueCustomValues,
          enforceWorkflow,
          numberNewRecord,
          refuseStaleWrite,
          claimStage,
        ],
        // Gap-free numbers before the trail, so the trail shows the number the record got.
        afterChange: [
          ...(config.hooks?.afterChange ?? []),
          releaseUniqueValues,
          numberSavedRecord,
          recordTransition,
          auditChange,
          enqueueDeliveries,
        ],
        afterError: [...(config.hooks?.afterError ?? []), releaseUniqueValuesOnError],
        beforeDelete: [...(config.hooks?.beforeDelete ?? []), refuseLockedDelete],
        afterDelete: [...(config.hooks?.afterDelete ?? []), auditPurge],
      },
      custom: { ...config.custom, business: true },
    },
    { owned, shared, pool },
  )
}
