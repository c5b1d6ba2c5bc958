import fs from 'node:fs'
import { Readable } from 'node:stream'
import { APIError, type Endpoint, type PayloadRequest, type Sort, type Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import type { Id } from '../../access/types'
import { jsonBody, routeId } from '../../endpoints/requestParams'
import { requestLanguage } from '../../printing/errors'
import { fileResponse } from '../../printing/fileResponse'
import { exportColumns } from '../exportColumns'
import { EXPORT_TYPES, exportFormatOf } from '../listExport'
import { exportFilePath } from './exportFiles'

type Job = { id: Id; status: string; format: 'csv' | 'xlsx'; fileName?: string | null }

/** The caller's own job, or 404 (another user's job is not theirs to see or stop). */
async function ownJob(req: PayloadRequest): Promise<Job> {
  const job = await req.payload.findByID({
    collection: 'export-jobs',
    id: routeId(req),
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!job) throw new APIError('Not Found', 404)
  return job as unknown as Job
}

/**
 * POST /api/<collection>/export-jobs { format, columns?, where?, sort? } → 201 the job: the list is
 * written in the background (the `exports` queue) with progress on the job. The rows are counted
 * now, with the user's access, so the progress bar knows its end and a refused read fails here.
 */
export const startExportEndpoint = (slug: string): Endpoint => ({
  path: '/export-jobs',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const context = await getAccessContext(req)
    if (!req.user || !context || context.tenantId == null) throw new APIError('Forbidden', 403)
    const body = await jsonBody(req)
    const format = exportFormatOf(req, body.format)
    const columns = typeof body.columns === 'string' ? body.columns : undefined
    exportColumns(req, slug, columns, requestLanguage(req)) // an unknown column is refused now, not in the job
    const where = (body.where ?? undefined) as Where | undefined
    const { totalDocs } = await req.payload.count({
      collection: slug as 'accounts',
      where,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const job = await req.payload.create({
      collection: 'export-jobs',
      data: {
        tenant: context.tenantId,
        user: req.user.id,
        entity: slug,
        format,
        query: { columns, where, sort: body.sort as Sort },
        language: requestLanguage(req),
        status: 'queued',
        total: totalDocs,
        done: 0,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    await req.payload.jobs.queue({ task: 'runListExport', queue: 'exports', input: { exportJob: String(job.id) }, req })
    return Response.json({ doc: job }, { status: 201 })
  },
})

/** GET /api/export-jobs/:id/file → the finished file, for the user who asked for it. */
export const exportFileEndpoint: Endpoint = {
  path: '/:id/file',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const job = await ownJob(req)
    const file = exportFilePath(job.id, job.format)
    if (job.status !== 'done' || !fs.existsSync(file)) throw new APIError('The export is not ready.', 409)
    const response = fileResponse('', { contentType: EXPORT_TYPES[job.format], fileName: job.fileName ?? `export.${job.format}` })
    const headers = new Headers(response.headers)
    headers.set('content-length', String(fs.statSync(file).size))
    return new Response(Readable.toWeb(fs.createReadStream(file)) as unknown as ReadableStream, { status: 200, headers })
  },
}

/** POST /api/export-jobs/:id/cancel → the job, cancelled (a running one stops at its next page). */
export const cancelExportEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const job = await ownJob(req)
    if (job.status === 'done' || job.status === 'failed') throw new APIError('The export has already finished.', 409)
    const doc = await req.payload.update({
      collection: 'export-jobs',
      id: job.id,
      data: { status: 'cancelled', finishedAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
      req,
    })
    fs.rmSync(exportFilePath(job.id, job.format), { force: true })
    return Response.json({ doc })
  },
}
