/**
 * `npm run bench [-- --rows 20000 --runs 200 --adapters sqlite,postgres] [--only scoped|custom-fields|templates|browser]`:
 * runs each benchmark in its own process per adapter (a Payload config binds one database) and prints the
 * figures with ratios against a baseline measured in the same run: the scoped list page against the raw
 * driver, custom fields against native columns (`npm run bench:custom-fields` alone, 100,000 rows by
 * default), export templates against a plain Handlebars render (`npm run bench:templates`, no database),
 * the form renderer and the designer in Chromium against plain React (`npm run bench:browser`, no database).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const only = option('only', '')
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const rows = option('rows', '20000')
const runs = option('runs', '200')
const adapters = option(
  'adapters',
  process.env.POSTGRES_URL || process.env.FORMWORK_BENCH_POSTGRES !== '0' ? 'sqlite,postgres' : 'sqlite',
).split(',')

if (only === '' || only === 'scoped') benchScopedList()
if (only === '' || only === 'custom-fields') runScript('bench/custom-fields/index.ts', ['--rows', rows, '--runs', runs])
if (only === '' || only === 'templates') runScript('bench/templates.ts', [])
if (only === '' || only === 'browser') runScript('bench/browser/index.ts', [])

function runScript(script: string, extra: string[]) {
  const child = spawnSync(process.execPath, [tsx, script, ...extra, '--adapters', adapters.join(',')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  })
  if (child.status !== 0) process.exit(child.status ?? 1)
}

function benchScopedList() {
  console.log(`Scoped list page (50 of ${rows} accounts, rep scope + filter + sort), ${runs} runs each`)
  console.log('adapter   | path                     |   p50 ms |   p95 ms | p50 vs raw')
  for (const adapter of adapters) {
    const child = spawnSync(process.execPath, [tsx, 'bench/runOne.ts', adapter, rows, runs], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    })
    if (child.status !== 0) process.exit(child.status ?? 1)
  }
}
