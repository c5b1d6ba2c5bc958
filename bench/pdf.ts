/**
 * `npx tsx bench/pdf.ts [--docs 40] [--lines 30] [--concurrency 3]`: PDF pages per second through the
 * shared Chromium (src/pdf), for the default Chinese quote with N lines. Prints the first render
 * (browser launch included) apart from the steady state, sequential and concurrent.
 * HTML rendering alone is measured by bench/templates.ts.
 */

import { closeBrowser } from '../src/pdf/chromium'
import { htmlToPdf } from '../src/pdf/htmlToPdf'
import { DEFAULT_TEMPLATES, renderTemplate, shutdownRenderers } from '../templates'
import { sampleQuote } from '../templates/defaults/sampleData'
import { pdfText } from '../test/helpers/pdfText'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const docs = option('docs', 40)
const lines = option('lines', 30)
const concurrency = option('concurrency', 3)

const template = DEFAULT_TEMPLATES.find((t) => t.entity === 'quotes' && t.language === 'zh')
if (!template) throw new Error('no default Chinese quote template')
const rendered = await renderTemplate({ source: template.source, data: sampleQuote('zh', lines) })
if (!rendered.ok) throw new Error(rendered.error.message)
const html = rendered.html
const page = { size: 'A4' as const, marginsMm: [15, 12, 15, 12] as [number, number, number, number] }

const started = performance.now()
const first = await htmlToPdf(html, page)
const firstMs = performance.now() - started
const pagesPerDoc = (await pdfText(first)).pages

async function run(parallel: number) {
  const t0 = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < docs) {
        next++
        await htmlToPdf(html, page)
      }
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  return { docsPerSecond: docs / seconds, pagesPerSecond: (docs * pagesPerDoc) / seconds }
}

const sequential = await run(1)
const parallel = await run(concurrency)
console.log(`PDF: default Chinese quote, ${lines} lines = ${pagesPerDoc} page(s), ${html.length} bytes of HTML`)
console.log(`first render (launches Chromium): ${firstMs.toFixed(0)} ms, ${first.length} bytes`)
console.log(`sequential     : ${sequential.docsPerSecond.toFixed(1)} docs/s, ${sequential.pagesPerSecond.toFixed(1)} pages/s`)
console.log(
  `concurrency ${concurrency}  : ${parallel.docsPerSecond.toFixed(1)} docs/s, ${parallel.pagesPerSecond.toFixed(1)} pages/s`,
)
await closeBrowser()
await shutdownRenderers()
