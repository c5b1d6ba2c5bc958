import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { toLanguage } from '../i18n'
import { ensureDefaultSequences } from '../numbering/defaultSequences'
import { ensureDefaultTemplates } from '../printing/defaultTemplates'

/**
 * A migration step: tenants created before numbering and printing existed get the default sequences
 * and templates a new tenant gets. Run once, by the migration, so a default an admin deletes later
 * stays deleted.
 */
export async function installDefaultsInExistingTenants(payload: Payload, req?: PayloadRequest) {
  let page = 1
  for (;;) {
    // Only the columns this step needs: columns added by later migrations do not exist yet when it runs.
    const result = await payload.find({
      collection: 'tenants',
      depth: 0,
      limit: 100,
      page,
      overrideAccess: true,
      req,
      select: { language: true },
    })
    for (const tenant of result.docs as { id: Id; language?: string }[]) {
      await ensureDefaultSequences(payload, tenant.id, toLanguage(tenant.language), req)
      await ensureDefaultTemplates(payload, tenant.id, toLanguage(tenant.language), req)
    }
    if (!result.hasNextPage) return
    page++
  }
}
