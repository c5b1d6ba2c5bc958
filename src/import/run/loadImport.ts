import type { Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import type { Mapping } from '../map/suggestMapping'
import { type ImportSettings, readOptions } from '../options'
import type { Encoding } from '../parse/decode'
import { type ParsedFile, readImportFile } from '../parse/readFile'

export type ImportDoc = {
  id: Id
  tenant: Id
  user: Id
  collection: string
  filename: string
  encoding: Encoding
  status: string
  mapping: Mapping
  settings: ImportSettings
}

/** An import record, with its settings read safely. */
export async function loadImport(
  payload: Payload,
  id: Id,
  { withFile = false } = {},
): Promise<ImportDoc & { fileData?: string }> {
  const doc = (await payload.findByID({
    collection: 'imports',
    id,
    depth: 0,
    overrideAccess: true,
    ...(withFile ? {} : { select: { fileData: false } }),
  })) as unknown as Record<string, unknown>
  const mapping = (doc.mapping ?? {}) as Mapping
  return {
    id,
    tenant: idOf(doc.tenant) as Id,
    user: idOf(doc.user) as Id,
    collection: String(doc.collection),
    filename: String(doc.filename),
    encoding: (doc.encoding ?? 'auto') as Encoding,
    status: String(doc.status),
    mapping,
    settings: { collection: String(doc.collection), mapping, options: readOptions(doc.options) },
    ...(withFile ? { fileData: String(doc.fileData ?? '') } : {}),
  }
}

/** The stored file, parsed again exactly as at upload. */
export const parsedFileOf = (doc: ImportDoc & { fileData?: string }): Promise<ParsedFile> =>
  readImportFile(Buffer.from(doc.fileData ?? '', 'base64'), doc.filename, doc.encoding)
