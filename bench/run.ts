/**
 * `npm run bench [-- --rows 20000 --runs 200 --adapters sqlite,postgres]`: runs each benchmark in its
 * own process per adapter (a Payload config binds one database) and prints the figures with ratios
 * against the raw-driver baseline of the same run.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const rows = option('rows', '20000')
const runs = option('runs', '200')
const adapters = option(
  'adapters',
  process.env.POSTGRES_URL || process.env.FORMWORK_BENCH_POSTGRES !== '0' ? 'sqlite,postgres' : 'sqlite',
).split(',')

console.log(`Scoped list page (50 of ${rows} accounts, rep scope + filter + sort), ${runs} runs each`)
console.log('adapter   | path                     |   p50 ms |   p95 ms | p50 vs raw')
for (const adapter of adapters) {
  const child = spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'bench/runOne.ts', adapter, rows, runs],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    },
  )
  if (child.status !== 0) process.exit(child.status ?? 1)
}
