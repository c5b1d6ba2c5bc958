/**
 * `npm run bench:labs [-- --groups 40 --preset seeds/labs/sales-lab.json --adapters sqlite,postgres]`:
 * creates a class of N groups from a preset and resets one group, on each database in its own process.
 * Targets: the class under 60 s on SQLite, a reset under 5 s. The baseline, measured in the same run, is
 * the same preset loaded into one fresh company (what one group costs at the least).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const groups = option('groups', '40')
const preset = option('preset', 'seeds/labs/sales-lab.json')
const adapters = option('adapters', process.env.FORMWORK_BENCH_POSTGRES === '0' ? 'sqlite' : 'sqlite,postgres').split(',')

console.log(`Labs: a class of ${groups} groups from ${preset}, then one group reset`)
for (const adapter of adapters) {
  const child = spawnSync(process.execPath, [tsx, 'bench/labs/one.ts', adapter, groups, preset], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  })
  if (child.status !== 0) process.exit(child.status ?? 1)
}
