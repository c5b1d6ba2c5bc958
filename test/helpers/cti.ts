import { handleEndpoints, type SanitizedConfig } from 'payload'
import { signBody } from '../../src/webhooks/signature'

export type SentEvent = { status: number; body: any }

/** Posts a CTI event as a telephone system does: the raw JSON body signed with the tenant's secret. */
export async function postCtiEvent(
  config: SanitizedConfig,
  tenant: string,
  secret: string,
  event: Record<string, unknown>,
  { timestamp = Math.floor(Date.now() / 1000), signature }: { timestamp?: number; signature?: string | null } = {},
): Promise<SentEvent> {
  const body = JSON.stringify(event)
  const headers = new Headers({ 'content-type': 'application/json', 'x-tenant': tenant })
  const sig = signature === undefined ? signBody(secret, body, timestamp) : signature
  if (sig) headers.set('x-formwork-signature', sig)
  const request = new Request('http://localhost/api/cti/events', { method: 'POST', headers, body })
  const response = await handleEndpoints({ config, request, payloadInstanceCacheKey: process.env.DATABASE_URL })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

export type StreamEvent = { event: string; data: any }

/**
 * Opens `GET /api/cti/stream` as a workspace tab does and collects its events; `next` waits for one
 * that matches. `instanceKey` picks the Payload instance (a second one stands for a second server).
 */
export async function openCtiStream(config: SanitizedConfig, token: string, instanceKey = process.env.DATABASE_URL) {
  const request = new Request('http://localhost/api/cti/stream', { headers: { authorization: `JWT ${token}` } })
  const response = await handleEndpoints({ config, request, payloadInstanceCacheKey: instanceKey })
  if (response.status !== 200 || !response.body) throw new Error(`stream answered ${response.status}: ${await response.text()}`)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const events: StreamEvent[] = []
  const waiters: { match: (e: StreamEvent) => boolean; resolve: (e: StreamEvent) => void }[] = []
  let buffer = ''
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        end = buffer.indexOf('\n\n')
        const lines = block.split('\n')
        const name = lines.find((l) => l.startsWith('event: '))?.slice(7)
        const data = lines.find((l) => l.startsWith('data: '))?.slice(6)
        if (!name) continue
        const event = { event: name, data: data ? JSON.parse(data) : null }
        events.push(event)
        for (const w of [...waiters])
          if (w.match(event)) {
            waiters.splice(waiters.indexOf(w), 1)
            w.resolve(event)
          }
      }
    }
  }
  void pump()
  const next = (match: (e: StreamEvent) => boolean, timeoutMs = 5000) =>
    new Promise<StreamEvent>((resolve, reject) => {
      const seen = events.find(match)
      if (seen) return resolve(seen)
      const timer = setTimeout(() => reject(new Error(`no matching stream event within ${timeoutMs} ms`)), timeoutMs)
      waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer)
          resolve(e)
        },
      })
    })
  await next((e) => e.event === 'ready')
  return { events, next, close: () => reader.cancel().catch(() => undefined) }
}
