import fs from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createLocalReq, getLocalI18n, type Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import { listExport } from '../listExport'
import { exportFilePath } from './exportFiles'

type ExportJob = {
  id: Id
  tenant: unknown
  user: unknown
  entity: string
  format: 'csv' | 'xlsx'
  query?: Record<string, unknown> | null
  language?: 'zh' | 'en' | null
  status: string
}

class Cancelled extends Error {}

const update = (payload: Payload, id: Id, data: Record<string, unknown>) =>
  payload.update({ collection: 'export-jobs', id, data, overrideAccess: true, depth: 0 })

/**
 * Write one export job's file, as the user who asked for it (their tenant, roles, masking and hidden
 * fields, their language), counting rows into the job after every page so the list shows progress.
 * A job cancelled meanwhile stops at the next page and leaves no file. Run again (a retry after a
 * crash), it starts the file over: an export changes nothing, so redoing it is safe.
 */
export async function runExportJob(
  payload: Payload,
  id: Id,
  /** Heard after each page's progress is stored (tests cancel here, between two pages). */
  afterPage?: (done: number) => Promise<void>,
): Promise<string> {
  const job = (await payload.findByID({
    collection: 'export-jobs',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as ExportJob | null
  if (!job || job.status === 'done' || job.status === 'cancelled') return job?.status ?? 'missing'
  const user = await payload.findByID({ collection: 'users', id: idOf(job.user) as Id, depth: 0, overrideAccess: true })
  const language = job.language === 'en' ? 'en' : 'zh'
  const i18n = await getLocalI18n({ config: payload.config, language })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never, req: { i18n } as never }, payload)
  req.headers = new Headers({ 'x-tenant': String(idOf(job.tenant)), 'accept-language': language === 'zh' ? 'zh-CN' : 'en' })
  const file = exportFilePath(job.id, job.format)
  await update(payload, job.id, { status: 'running', done: 0, error: null })
  let done = 0
  // Known here, not from the error: the writer's stream may hand the cancellation back wrapped.
  let cancelled = false
  try {
    const query = job.query ?? {}
    const exported = await listExport(req, job.entity, { ...query, format: job.format }, async (rows) => {
      done += rows
      const current = await update(payload, job.id, { done })
      if ((current as { status?: string }).status === 'cancelled') {
        cancelled = true
        throw new Cancelled()
      }
      await afterPage?.(done)
    })
    await pipeline(Readable.fromWeb(exported.stream as never), fs.createWriteStream(file))
    // Cancelled while the last page was written: no file, whatever the writer managed.
    if (
      ((await payload.findByID({ collection: 'export-jobs', id, depth: 0, overrideAccess: true })) as { status?: string })
        .status === 'cancelled'
    )
      throw new Cancelled()
    await update(payload, job.id, {
      status: 'done',
      done,
      fileName: exported.fileName,
      fileSize: fs.statSync(file).size,
      finishedAt: new Date().toISOString(),
    })
    return 'done'
  } catch (error) {
    fs.rmSync(file, { force: true })
    if (cancelled || error instanceof Cancelled) return 'cancelled'
    await update(payload, job.id, {
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      finishedAt: new Date().toISOString(),
    })
    return 'failed'
  }
}
