/**
 * `npm run bench:custom-fields [-- --rows 100000 --runs 100 --creates 1000 --adapters sqlite,postgres]`:
 * accounts carrying 20 custom fields, per adapter in its own process. Targets: creates with the
 * custom-field layer take ≤ 1.15× the time of the same creates without it; queries on custom fields
 * ≤ 1.5× the p50 of the same queries on native indexed columns.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const rows = option('rows', '100000')
const runs = option('runs', '100')
const creates = option('creates', '1000')
const adapters = option('adapters', process.env.FORMWORK_BENCH_POSTGRES === '0' ? 'sqlite' : 'sqlite,postgres').split(',')

console.log(`Custom fields: ${rows} accounts × 20 custom fields; ${creates} creates each way; ${runs} runs per query`)
for (const adapter of adapters) {
  const child = spawnSync(process.execPath, [tsx, 'bench/custom-fields/one.ts', adapter, rows, runs, creates], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  })
  if (child.status !== 0) process.exit(child.status ?? 1)
}
