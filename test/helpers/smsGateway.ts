import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type GatewayRequest = { body: Record<string, string>; raw: string; signed: boolean }

/**
 * A local HTTP server standing in for an SMS gateway: it checks each request's HMAC-SHA256 signature,
 * records what it accepted in order, answers with its own message id, and can be told to fail the next
 * N requests (503) or to be down (the connection is dropped without an answer).
 */
export async function startSmsGateway(secret: string, header = 'x-signature') {
  const state = { failNext: 0, down: false }
  const received: GatewayRequest[] = []
  let refused = 0
  let counter = 0
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (state.down) {
        req.socket.destroy()
        return
      }
      const raw = Buffer.concat(chunks).toString('utf8')
      const signed = req.headers[header] === createHmac('sha256', secret).update(raw).digest('hex')
      if (!signed) {
        refused += 1
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad signature"}')
        return
      }
      if (state.failNext > 0) {
        state.failNext -= 1
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"busy"}')
        return
      }
      counter += 1
      received.push({ body: JSON.parse(raw), raw, signed })
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId: `gw-${counter}` }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/send`,
    state,
    received,
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
