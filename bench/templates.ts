/**
 * `npm run bench:templates [-- --quotes 1000 --lines 20 --rounds 5]`: renders N quotes of L lines with the
 * default English quote template through renderTemplate (worker threads, limits, sandbox) and through raw
 * Handlebars compiled once in this process with the same helpers, and prints throughput and the ratio.
 */
import os from 'node:os'
import Handlebars from 'handlebars'
import { DEFAULT_TEMPLATES, renderTemplate, shutdownRenderers } from '../templates'
import { DEFAULT_PARTIALS } from '../templates/defaults/partials'
import { sampleQuote } from '../templates/defaults/sampleData'
import { resolvePage } from '../templates/engine/settings'
import { HELPERS } from '../templates/helpers'
import type { TemplateData } from '../templates/types'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const quotes = option('quotes', 1000)
const lines = option('lines', 20)
const rounds = option('rounds', 5)

const found = DEFAULT_TEMPLATES.find((t) => t.entity === 'quotes' && t.language === 'en')
if (!found) throw new Error('no default quote template')
const template = found

// 1,000 different quotes (numbers differ, so nothing is cached but the compiled template).
const data: TemplateData[] = Array.from({ length: quotes }, (_, i) => {
  const quote = sampleQuote(i % 2 ? 'en' : 'zh', lines)
  quote.doc = { ...quote.doc, number: `QT-2026-${String(i).padStart(5, '0')}` }
  return quote
})

// Baseline: a plain Handlebars environment, our helpers, Handlebars' own each, compiled once, same thread.
const raw = Handlebars.create()
for (const [name, helper] of Object.entries(HELPERS)) raw.registerHelper(name, helper)
for (const [name, source] of Object.entries(DEFAULT_PARTIALS)) raw.registerPartial(name, source)
const compiled = raw.compile(template.source)
const page = resolvePage()

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

type Round = { wall: number; cpu: number }

/** Wall time, and CPU time of the whole process (every thread): the machine may be busy with others. */
async function measure(work: () => unknown): Promise<Round> {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  await work()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 }
}

const rawRound = () =>
  measure(() => {
    let bytes = 0
    for (const d of data) bytes += compiled({ ...d, page }).length
    if (bytes === 0) throw new Error('nothing rendered')
  })

const engineRound = () =>
  measure(async () => {
    const results = await Promise.all(data.map((d) => renderTemplate({ source: template.source, data: d })))
    const failed = results.find((r) => !r.ok)
    if (failed && !failed.ok) throw new Error(failed.error.message)
  })

/** One request at a time: the latency a single export sees. */
async function latencies(count: number): Promise<{ raw: number; engine: number }> {
  const rawTimes: number[] = []
  const engineTimes: number[] = []
  for (let i = 0; i < count; i++) {
    const d = data[i % data.length]
    let t = performance.now()
    compiled({ ...d, page })
    rawTimes.push(performance.now() - t)
    t = performance.now()
    await renderTemplate({ source: template.source, data: d })
    engineTimes.push(performance.now() - t)
  }
  return { raw: median(rawTimes), engine: median(engineTimes) }
}

await engineRound() // workers up, template compiled in each
await rawRound()
const rawRounds: Round[] = []
const engineRounds: Round[] = []
for (let i = 0; i < rounds; i++) {
  rawRounds.push(await rawRound())
  engineRounds.push(await engineRound())
}
const single = await latencies(200)
await shutdownRenderers()

const rawWall = median(rawRounds.map((r) => r.wall))
const rawCpu = median(rawRounds.map((r) => r.cpu))
const engineWall = median(engineRounds.map((r) => r.wall))
const engineCpu = median(engineRounds.map((r) => r.cpu))
const [load1] = os.loadavg()
console.log(
  `Templates: ${quotes} quotes × ${lines} lines to HTML, median of ${rounds} rounds (${os.availableParallelism()} cores, load ${load1.toFixed(1)})`,
)
console.log('path                                   | wall ms | quotes/s | wall vs raw | CPU ms, all threads | CPU vs raw')
const row = (name: string, wall: number, cpu: number) =>
  [
    name.padEnd(38),
    wall.toFixed(0).padStart(7),
    String(Math.round((quotes / wall) * 1000)).padStart(8),
    `${(wall / rawWall).toFixed(2)}×`.padStart(11),
    cpu.toFixed(0).padStart(19),
    `${(cpu / rawCpu).toFixed(2)}×`,
  ].join(' | ')
console.log(row('raw Handlebars, compiled once (base)', rawWall, rawCpu))
console.log(row('renderTemplate, all submitted at once', engineWall, engineCpu))
console.log(
  `one at a time (p50 of 200): raw ${single.raw.toFixed(3)} ms, renderTemplate ${single.engine.toFixed(3)} ms (${(single.engine / single.raw).toFixed(2)}×: thread hand-off and copying the data)`,
)
process.exit(0)
