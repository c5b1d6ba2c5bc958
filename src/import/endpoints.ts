import { APIError, type Endpoint, Forbidden, NotFound, type PayloadRequest, ValidationError } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import { BUSINESS_COLLECTIONS } from '../access/permissionedCollections'
import type { Id } from '../access/types'
import { jsonBody, routeId } from '../endpoints/requestParams'
import { toLanguage } from '../i18n/language'
import { fileResponse } from '../printing/fileResponse'
import { suggestMapping } from './map/suggestMapping'
import { targetFields } from './map/targetFields'
import { ImportFileError, type ImportMessageKey, importMessage } from './messages'
import { readOptions } from './options'
import { ENCODINGS, type Encoding } from './parse/decode'
import { MAX_FILE_MB, MAX_ROWS, readImportFile } from './parse/readFile'
import { dryRun } from './run/dryRun'
import { loadImport, parsedFileOf } from './run/loadImport'
import { rejectedFile } from './run/rejectedFile'
import { countOutcomes } from './run/rowOutcomes'
import { undoImport } from './run/undoImport'

const PREVIEW_ROWS = 10
const DRY_RUN_PAGE = 100

/** The active tenant, and the user's right to create records of the collection in it. */
async function mayImport(req: PayloadRequest, collection: string) {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null || !(BUSINESS_COLLECTIONS as readonly string[]).includes(collection))
    throw new Forbidden(req.t)
  if (!context.superAdmin && !context.tenantAdmin && !grantFor(context, collection, 'create')) throw new Forbidden(req.t)
  return context.tenantId
}

/** The import of the route, if the user may see it (their own, or any of the tenant's for its admin). */
async function ownImport(req: PayloadRequest) {
  const id = routeId(req)
  const found = await req.payload.find({
    collection: 'imports',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
    select: { id: true },
  })
  if (found.docs.length === 0) throw new NotFound(req.t)
  return loadImport(req.payload, id, { withFile: true })
}

/** A file problem as a 400 naming the file, in the user's language. */
async function withFileErrors<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof ImportFileError)
      throw new ValidationError({ errors: [{ path: 'file', message: error.text(toLanguage(req.i18n?.language)) }] }, req.t)
    throw error
  }
}

/** POST /imports/upload { collection, filename, content (base64), encoding } — stores the file, returns the preview and suggested mapping. */
async function upload(req: PayloadRequest) {
  const body = await jsonBody(req)
  const collection = String(body.collection ?? '')
  const tenant = await mayImport(req, collection)
  const filename = String(body.filename ?? '')
  const encoding = (ENCODINGS as readonly string[]).includes(String(body.encoding)) ? (body.encoding as Encoding) : 'auto'
  const content = String(body.content ?? '')
  const file = await withFileErrors(req, () => readImportFile(Buffer.from(content, 'base64'), filename, encoding))
  const fields = await targetFields(req, collection, tenant)
  const doc = await req.payload.create({
    collection: 'imports',
    data: {
      tenant,
      user: req.user?.id,
      collection,
      filename,
      fileData: content,
      encoding,
      headers: file.headers,
      total: file.rows.length,
      status: 'draft',
    } as never,
    overrideAccess: true,
    depth: 0,
    select: { id: true },
  })
  return {
    id: doc.id,
    headers: file.headers,
    preview: file.rows.slice(0, PREVIEW_ROWS),
    total: file.rows.length,
    encoding: file.encoding,
    fields,
    suggested: suggestMapping(file.headers, fields),
    limits: { megabytes: MAX_FILE_MB, rows: MAX_ROWS },
  }
}

/** Saves the mapping and options sent with a dry run or a start. */
async function saveSettings(req: PayloadRequest, id: Id, body: Record<string, unknown>) {
  const data: Record<string, unknown> = {}
  if (body.mapping && typeof body.mapping === 'object') data.mapping = body.mapping
  if (body.options && typeof body.options === 'object') data.options = readOptions(body.options)
  if (Object.keys(data).length > 0)
    await req.payload.update({ collection: 'imports', id, data, overrideAccess: true, depth: 0, select: { id: true } })
}

const refuse = (req: PayloadRequest, key: ImportMessageKey) =>
  new APIError(importMessage(toLanguage(req.i18n?.language), key), 409, null, true)

export const importEndpoints: Endpoint[] = [
  {
    path: '/upload',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json(await upload(req)),
  },
  {
    path: '/:id/dry-run',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const doc = await ownImport(req)
      await mayImport(req, doc.collection)
      const body = await jsonBody(req)
      await saveSettings(req, doc.id, body)
      const fresh = await loadImport(req.payload, doc.id, { withFile: true })
      const file = await withFileErrors(req, () => parsedFileOf(fresh))
      const result = await withFileErrors(req, () => dryRun(req, fresh.tenant, fresh.settings, file))
      // Every row is reported, a page at a time; `only` narrows to one outcome (the rejected rows, say).
      const only = req.searchParams.get('only')
      const rows = only ? result.rows.filter((r) => r.outcome === only) : result.rows
      const page = Math.max(1, Number(req.searchParams.get('page')) || 1)
      return Response.json({
        counts: result.counts,
        total: file.rows.length,
        rows: rows.slice((page - 1) * DRY_RUN_PAGE, page * DRY_RUN_PAGE),
        page,
        totalPages: Math.max(1, Math.ceil(rows.length / DRY_RUN_PAGE)),
      })
    },
  },
  {
    path: '/:id/start',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const doc = await ownImport(req)
      await mayImport(req, doc.collection)
      if (doc.status !== 'draft') throw refuse(req, 'alreadyStarted')
      await saveSettings(req, doc.id, await jsonBody(req))
      await req.payload.update({ collection: 'imports', id: doc.id, data: { status: 'queued' }, overrideAccess: true, depth: 0 })
      // Its own queue, run every few seconds: the importer is watching the progress bar.
      await req.payload.jobs.queue({ task: 'runImport', queue: 'imports', input: { import: String(doc.id) } })
      return Response.json({ id: doc.id, status: 'queued' })
    },
  },
  {
    path: '/:id/cancel',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const doc = await ownImport(req)
      const status = ['queued', 'running'].includes(doc.status) ? 'cancelling' : doc.status
      if (status === 'cancelling' || doc.status === 'draft')
        await req.payload.update({
          collection: 'imports',
          id: doc.id,
          data: { status: doc.status === 'draft' ? 'cancelled' : status },
          overrideAccess: true,
          depth: 0,
        })
      return Response.json({ id: doc.id, status: doc.status === 'draft' ? 'cancelled' : status })
    },
  },
  {
    path: '/:id/progress',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      const doc = await ownImport(req)
      const stored = await req.payload.findByID({
        collection: 'imports',
        id: doc.id,
        depth: 0,
        overrideAccess: true,
        select: { fileData: false },
      })
      const counts = await countOutcomes(req.payload, doc.id)
      const processed = counts.created + counts.updated + counts.skipped + counts.rejected
      return Response.json({
        id: doc.id,
        status: stored.status,
        total: stored.total,
        processed,
        counts,
        error: stored.error ?? null,
        undoReport: stored.undoReport ?? null,
      })
    },
  },
  {
    path: '/:id/rejected',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      const doc = await ownImport(req)
      const file = await rejectedFile(req.payload, doc.id)
      return fileResponse(file.body, { contentType: 'text/csv; charset=utf-8', fileName: file.name })
    },
  },
  {
    path: '/:id/undo',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const doc = await ownImport(req)
      if (doc.status !== 'done') throw refuse(req, 'notDone')
      return Response.json(await undoImport(req.payload, doc.id))
    },
  },
]
