/**
 * `npm run bench:import [-- --rows 100000 --adapters sqlite,postgres --together]`: imports a leads
 * CSV with validation and compares rows per second with creating the same, already-parsed rows one
 * by one through the Local API with every hook on. Target: import time ≤ 1.3× the one-by-one creates.
 *
 * The two sides run at the same time, each in its own process and database, so whatever else the
 * machine does weighs on both alike (run one after the other, a busy spell during one side skewed
 * the ratio either way). `--together` runs the adapters at the same time too (quicker, lower figures).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const rows = Number(option('rows', '100000'))
const adapters = option('adapters', process.env.FORMWORK_BENCH_POSTGRES === '0' ? 'sqlite' : 'sqlite,postgres').split(',')
const together = args.includes('--together')

type Side = 'import' | 'creates'

/** One side's seconds, from the `{"side","seconds"}` line its process prints; progress goes to stderr. */
function runSide(adapter: string, side: Side): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'bench/import/one.ts', adapter, String(rows), side], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0) return reject(new Error(`${adapter} ${side} exited with ${code}: ${out}`))
      resolve((JSON.parse(line) as { seconds: number }).seconds)
    })
  })
}

async function runAdapter(adapter: string) {
  const [imported, created] = await Promise.all([runSide(adapter, 'import'), runSide(adapter, 'creates')])
  const ratio = imported / created
  console.log(
    `${adapter.padEnd(9)} | import ${(rows / imported).toFixed(0).padStart(6)} rows/s | Local API creates ${(rows / created).toFixed(0).padStart(6)} rows/s | ratio ${ratio.toFixed(2)}× ${ratio <= 1.3 ? '(within 1.3)' : '(over the 1.3 target)'}`,
  )
}

console.log(
  `Import: ${rows} leads rows, CSV import (parse, map, convert, lookups, dedupe, per-row outcome) vs Local API creates, both sides at once`,
)
if (together) await Promise.all(adapters.map(runAdapter))
else for (const adapter of adapters) await runAdapter(adapter)
