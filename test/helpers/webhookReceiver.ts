import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Delivery = { headers: http.IncomingHttpHeaders; body: string }
export type ReceiverMode = 'ok' | 'error' | 'hang'

/** A local HTTP server that records every POST and counts connections; `mode` makes it answer 200, 500, or never. */
export async function startReceiver() {
  const deliveries: Delivery[] = []
  const state = { mode: 'ok' as ReceiverMode }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body })
      if (state.mode === 'hang') return
      res.writeHead(state.mode === 'ok' ? 200 : 500).end(state.mode === 'ok' ? 'ok' : 'boom')
    })
  })
  let connections = 0
  server.on('connection', () => {
    connections++
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hook`,
    deliveries,
    /** TCP connections opened so far: one per delivery unless the sender reuses sockets. */
    connections: () => connections,
    setMode: (mode: ReceiverMode) => {
      state.mode = mode
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
