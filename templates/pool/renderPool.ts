import os from 'node:os'
import type { RenderInput, RenderResult } from '../types'
import { workerFile } from './workerFile'
import { type PoolFailure, WorkerPool } from './workerPool'

let pool: WorkerPool<RenderResult> | null = null

const failure = (reason: PoolFailure, detail: string): RenderResult => {
  if (reason === 'timeout')
    return { ok: false, error: { kind: 'timeout', message: `the template took too long to render (${detail})` } }
  if (reason === 'memory')
    return { ok: false, error: { kind: 'too-large', message: 'the template used too much memory while rendering' } }
  if (reason === 'input')
    return { ok: false, error: { kind: 'render', message: `the data cannot be passed to the renderer: ${detail}` } }
  return { ok: false, error: { kind: 'render', message: `the renderer failed: ${detail}` } }
}

/** The shared pool, started on first use: FORMWORK_TEMPLATE_WORKERS threads (default 2, at most one per core). */
export function renderPool(): WorkerPool<RenderResult> {
  if (!pool) {
    const configured = Number(process.env.FORMWORK_TEMPLATE_WORKERS)
    const size = Number.isInteger(configured) && configured > 0 ? configured : Math.max(1, Math.min(2, os.availableParallelism()))
    pool = new WorkerPool<RenderResult>({
      file: workerFile(),
      size,
      failure,
      // A template that builds a huge document dies here rather than taking the server's memory.
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    })
  }
  return pool
}

export async function shutdownRenderPool(): Promise<void> {
  const current = pool
  pool = null
  await current?.shutdown()
}

export const renderInPool = (input: RenderInput, timeoutMs: number) => renderPool().run(input, timeoutMs)
