import fs from 'node:fs'
import path from 'node:path'
import type { Id } from '../../access/types'

/**
 * Where finished exports wait for their download: `data/exports` beside the uploads (or
 * `FORMWORK_EXPORTS_DIR`), one file per export job, named by the job so no user input reaches the path.
 */
export function exportFilePath(job: Id, format: string): string {
  const dir = process.env.FORMWORK_EXPORTS_DIR || path.resolve(process.cwd(), 'data/exports')
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `export-${String(job).replace(/[^A-Za-z0-9_-]/g, '')}.${format === 'xlsx' ? 'xlsx' : 'csv'}`)
}
