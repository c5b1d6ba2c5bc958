import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { build } from 'esbuild'
import { generatedForm } from './generatedForm'

/**
 * A tiny server for the browser benchmark, outside the app: the benchmark page bundled with esbuild
 * (React's production build, CSS modules as the app's), and the one API answer the designer asks for
 * on opening (the entity's latest version) generated in the shape the real endpoint gives. Nothing of
 * it ships: the app has no benchmark route.
 */
export async function startBenchServer(
  fields: number,
  { minify = true }: { minify?: boolean } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'page.tsx')],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.module.css': 'local-css', '.css': 'css' },
    logLevel: 'error',
  })
  const asset = (ext: string) => bundle.outputFiles.find((f) => f.path.endsWith(ext))?.contents ?? new Uint8Array()
  const form = generatedForm(fields)
  const version = { id: 1, version: 1, status: 'published', schema: form.schema, layout: form.layout, listViews: form.listViews }
  const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>Formwork browser benchmark</title>
<link rel="stylesheet" href="/page.css"></head><body style="margin:0;font:14px system-ui,sans-serif">
<script type="module" src="/page.js"></script></body></html>`
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const send = (type: string, body: string | Uint8Array) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
      res.end(body)
    }
    if (url.pathname === '/') return send('text/html; charset=utf-8', html)
    if (url.pathname === '/page.js') return send('text/javascript', asset('.js'))
    if (url.pathname === '/page.css') return send('text/css', asset('.css'))
    if (url.pathname === '/api/entity-schemas') return send('application/json', JSON.stringify({ docs: [version], totalDocs: 1 }))
    if (url.pathname.startsWith('/api/')) return send('application/json', JSON.stringify({ docs: [], totalDocs: 0 }))
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
