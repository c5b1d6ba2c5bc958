import { APIError, type PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { message, toLanguage } from '../../i18n'
import type { CustomSchema } from '../customSchema'
import { type Place, placesInVersion, referenceSources } from '../references'
import { classifyChanges } from './classifyChanges'
import { dryRun, migrationChanges } from './dryRun'

type Draft = { entity: string; schema: CustomSchema }

/**
 * What must hold before a draft replaces the published version: no field it removes is still read by
 * the draft's own rules or by another engine (templates…), and a change to stored values has had its
 * dry run seen (`confirmed`) when it would convert or drop any. Returns the changes the migration will apply.
 */
export async function checkBeforePublish(
  req: PayloadRequest,
  tenant: Id,
  draft: Draft,
  published: CustomSchema | null,
  confirmed: boolean,
): Promise<ReturnType<typeof migrationChanges>> {
  const language = toLanguage(req.i18n?.language)
  const stillUsed: Place[] = []
  for (const { key, kind } of classifyChanges(published, draft.schema)) {
    if (kind !== 'removed') continue
    stillUsed.push(...placesInVersion(draft as never, key))
    for (const source of referenceSources().filter((s) => s.name !== 'entity-schemas'))
      stillUsed.push(...(await source.find(req, tenant, draft.entity, key)))
  }
  if (stillUsed.length > 0) {
    const places = stillUsed.map((p) => `${p.label}: ${p.where}`).join('; ')
    throw new APIError(message(language, 'schemaFieldStillUsed', { places }), 409, { places: stillUsed }, true)
  }
  const changes = migrationChanges(published, draft.schema)
  if (changes.length > 0 && !confirmed) {
    const summary = await dryRun(req, tenant, draft.entity, published, draft.schema)
    // Nothing stored would change (no records yet, or all already fit): nothing to confirm.
    if (summary.converted + summary.failed === 0) return changes
    const text = message(language, 'schemaNeedsDryRun', { converted: summary.converted, failed: summary.failed })
    throw new APIError(text, 409, { dryRun: summary }, true)
  }
  return changes
}
