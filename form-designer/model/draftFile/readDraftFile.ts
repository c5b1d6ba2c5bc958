import { checkSchema } from '../../../src/customFields/checkSchema'
import type { CustomSchema } from '../../../src/customFields/customSchema'
import { checkLayout } from '../../../src/customFields/layout/checkLayout'
import { checkListViews } from '../../../src/customFields/layout/checkListViews'
import { fieldCatalog } from '../../../src/customFields/layout/fieldCatalog'
import type { BaseField, Layout, ListViews } from '../../../src/customFields/layout/types'
import type { DesignProblem } from '../designer/problems'
import { duplicateKeys } from './duplicateKeys'
import { sayDraftFile } from './messages'

/** What a design file says it is: how Export writes it and Import recognises it. */
export const DRAFT_FILE_FORMAT = 'formwork/entity-design'
export const DRAFT_FILE_LIMIT_KB = 2048

export type DraftContent = { schema: CustomSchema; layout: Layout; listViews: ListViews }

/** A design file: one entity's schema, layout and list views, as the designer had them. */
export type DraftFile = { format: typeof DRAFT_FILE_FORMAT; version: 1; entity: string; exportedAt: string } & DraftContent

type Context = {
  /** The entity the designer is editing: a file of another entity is refused. */
  entity: string
  baseFields: readonly BaseField[]
  /** Collections a lookup may point to. */
  lookupTargets: readonly string[]
  language: 'en' | 'zh'
}

export type ReadResult = { ok: true; content: DraftContent } | { ok: false; problems: DesignProblem[] }

/** The file Export downloads: the current design of an entity, whatever it is (it may not be publishable yet). */
export function draftFile(entity: string, content: DraftContent, now: Date): DraftFile {
  const { schema, layout, listViews } = content
  return { format: DRAFT_FILE_FORMAT, version: 1, entity, exportedAt: now.toISOString(), schema, layout, listViews }
}

const PARTS = ['schema', 'layout', 'listViews'] as const
const isObject = (value: unknown): value is Record<string, unknown> =>
  value != null && typeof value === 'object' && !Array.isArray(value)

/** `/schema/properties/a` → the schema part, pointer `/properties/a`: where the designer can point. */
function inPart(pointer: string): Pick<DesignProblem, 'part' | 'pointer'> {
  const part = PARTS.find((p) => pointer === `/${p}` || pointer.startsWith(`/${p}/`))
  return part ? { part, pointer: pointer.slice(part.length + 1) } : { part: '', pointer }
}

/**
 * Reads an uploaded design file, or says why not: not JSON, a key written twice, not a design file,
 * another entity's, a part missing, or a schema, layout or list views that the engine's own checks
 * refuse (the checks a save runs, so what is imported can be saved). Pure: the designer applies the
 * content only when it is accepted, so a refused file changes nothing.
 */
export function readDraftFile(text: string, context: Context): ReadResult {
  const say = (key: Parameters<typeof sayDraftFile>[1], vars?: Record<string, unknown>) =>
    sayDraftFile(context.language, key, vars)
  const refuse = (...problems: DesignProblem[]): ReadResult => ({ ok: false, problems })
  const kilobytes = Math.ceil(new TextEncoder().encode(text).length / 1024)
  if (kilobytes > DRAFT_FILE_LIMIT_KB)
    return refuse({ part: '', pointer: '', message: say('tooLarge', { size: kilobytes, limit: DRAFT_FILE_LIMIT_KB }) })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return refuse({ part: '', pointer: '', message: say('notJson', { detail: (error as Error).message }) })
  }
  const twice = duplicateKeys(text)
  if (twice.length > 0)
    return refuse(
      ...twice.map(({ pointer, key }) => ({
        ...inPart(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
        message: say('duplicateKey', { key, where: pointer || say('top') }),
      })),
    )
  if (!isObject(data) || data.format !== DRAFT_FILE_FORMAT)
    return refuse({ part: '', pointer: '', message: say('notDraft', { format: DRAFT_FILE_FORMAT }) })
  if (data.version !== 1)
    return refuse({ part: '', pointer: '/version', message: say('fileVersion', { version: String(data.version) }) })
  if (data.entity !== context.entity)
    return refuse({
      part: '',
      pointer: '/entity',
      message: say('otherEntity', { file: String(data.entity), entity: context.entity }),
    })
  const missing = PARTS.filter((part) => data[part] == null)
  if (missing.length > 0) return refuse(...missing.map((part) => ({ part, pointer: '', message: say('missingPart', { part }) })))
  const schemaProblems = checkSchema(data.schema, {
    lookupTargets: context.lookupTargets,
    baseFields: context.baseFields.map((f) => f.name),
    language: context.language,
  })
  if (schemaProblems.length > 0) return refuse(...schemaProblems.map((p) => ({ part: 'schema', ...p })))
  const fields = fieldCatalog(context.baseFields, data.schema as CustomSchema)
  const problems: DesignProblem[] = [
    ...checkLayout(data.layout, fields, context.language).map((p) => ({ part: 'layout', ...p })),
    ...checkListViews(data.listViews, fields, context.language).map((p) => ({ part: 'listViews', ...p })),
  ]
  if (problems.length > 0) return refuse(...problems)
  return {
    ok: true,
    content: { schema: data.schema as CustomSchema, layout: data.layout as Layout, listViews: data.listViews as ListViews },
  }
}
