import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const RELATIVE = path.join('templates', 'worker', 'renderWorker.mjs')

/**
 * Where the worker entry is. Next bundles this module into .next/server, so a path relative to the module
 * only works unbundled (tsx, vitest); the app's root (the working directory of `next start`) works in both.
 * FORMWORK_TEMPLATE_WORKER overrides for unusual layouts.
 */
export function workerFile(): string {
  const candidates = [
    process.env.FORMWORK_TEMPLATE_WORKER,
    besideThisModule(),
    path.join(/* turbopackIgnore: true */ process.cwd(), RELATIVE),
  ]
  for (const candidate of candidates) if (candidate && fs.existsSync(/* turbopackIgnore: true */ candidate)) return candidate
  throw new Error(`template renderer: cannot find ${RELATIVE} (set FORMWORK_TEMPLATE_WORKER to its path)`)
}

function besideThisModule(): string | undefined {
  try {
    const here = fileURLToPath(import.meta.url)
    return path.join(path.dirname(here), '..', 'worker', 'renderWorker.mjs')
  } catch {
    return undefined
  }
}
