/**
 * `npm run bench:reports [-- --rows 1000000 --runs 5 --adapters sqlite,postgres]`: a summary report
 * over bulk-inserted activities, per adapter in its own process, timed against the raw SQL GROUP BY
 * that answers the same question (the baseline, measured in the same run).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const rows = option('rows', '1000000')
const runs = option('runs', '5')
const adapters = option('adapters', process.env.FORMWORK_BENCH_POSTGRES === '0' ? 'sqlite' : 'sqlite,postgres').split(',')

console.log(`Reports: summary reports over ${rows} activities; ${runs} runs each (p50 shown)`)
for (const adapter of adapters) {
  const child = spawnSync(process.execPath, [tsx, 'bench/reports/one.ts', adapter, rows, runs], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  })
  if (child.status !== 0) process.exit(child.status ?? 1)
}
