import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { CustomSchema } from '../../customFields/customSchema'
import { publishedSchema } from '../../customFields/publishedSchema'
import { isDuplicateCollection } from '../../duplicates/matchKeys'
import { duplicateSettings } from '../../duplicates/settings'
import { type Language, toLanguage } from '../../i18n/language'
import type { LookupResult } from '../convert/resolveLookup'
import { type TargetField, targetFields } from '../map/targetFields'
import { ImportFileError } from '../messages'
import type { ImportSettings } from '../options'

/** What planning a row needs, read once per run: fields, schema, duplicate keys, caches. */
export type PlanContext = ImportSettings & {
  req: PayloadRequest
  tenant: Id
  language: Language
  /** Column index → the field it fills. */
  columns: { index: number; header: string; field: TargetField }[]
  fields: TargetField[]
  schema: CustomSchema
  duplicateKeys: string[]
  lookupCache: Map<string, LookupResult>
  /** Dry runs only: match keys of rows planned for creation → their row number (the run finds their records). */
  plannedKeys: Map<string, number> | null
}

/** The context of one run; a column mapped to a field the collection does not have refuses the whole file. */
export async function planContext(
  req: PayloadRequest,
  tenant: Id,
  settings: ImportSettings,
  headers: string[],
  { dryRun }: { dryRun: boolean },
): Promise<PlanContext> {
  const fields = await targetFields(req, settings.collection, tenant)
  const byPath = new Map(fields.map((f) => [f.path, f]))
  const columns: PlanContext['columns'] = []
  for (const [header, path] of Object.entries(settings.mapping)) {
    if (!path) continue
    const index = headers.indexOf(header)
    const field = byPath.get(path)
    if (index < 0) continue
    if (!field) throw new ImportFileError('unknownField', { column: header, field: path })
    columns.push({ index, header, field })
  }
  const duplicateKeys = isDuplicateCollection(settings.collection)
    ? (await duplicateSettings(req, tenant, settings.collection)).keys
    : []
  return {
    ...settings,
    req,
    tenant,
    language: toLanguage((req.user as { language?: string } | null)?.language),
    columns,
    fields,
    schema: (await publishedSchema(req, tenant, settings.collection)).schema,
    duplicateKeys,
    lookupCache: new Map(),
    plannedKeys: dryRun ? new Map() : null,
  }
}
