/**
 * `npm run bench:import [-- --rows 100000 --adapters sqlite,postgres]`: imports a leads CSV with
 * validation and compares rows per second with creating the same, already-parsed rows one by one
 * through the Local API with every hook on. Target: import time ≤ 1.3× the one-by-one creates.
 * Each adapter runs in its own process (a Payload config binds one database).
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
const adapters = option('adapters', process.env.FORMWORK_BENCH_POSTGRES === '0' ? 'sqlite' : 'sqlite,postgres').split(',')

console.log(`Import: ${rows} leads rows, CSV import (parse, map, convert, lookups, dedupe, per-row outcome) vs Local API creates`)
for (const adapter of adapters) {
  const child = spawnSync(process.execPath, [tsx, 'bench/import/one.ts', adapter, rows], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  })
  if (child.status !== 0) process.exit(child.status ?? 1)
}
