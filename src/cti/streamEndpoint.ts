import type { Endpoint, PayloadRequest } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { agentStatus } from './agents'
import { callerCard } from './callerCard'
import { type CallSignal, subscribeCallSignals } from './callHub'

/** Often enough that proxies keep the connection open and a dead tab is noticed within a minute. */
const HEARTBEAT_MS = 15_000

/** Whether a signal is for this agent: named for them, or for whoever is available in their tenant. */
async function isFor(req: PayloadRequest, signal: CallSignal, user: string, tenant: string) {
  if (String(signal.tenant) !== tenant) return false
  if (signal.agent != null) return String(signal.agent) === user
  return (await agentStatus(req, user, tenant)) === 'available'
}

/**
 * GET /api/cti/stream — server-sent events for the signed-in user's open workspace tab (session cookie
 * or token): `event: ready` once listening, then `event: call` with the caller's card (read with the
 * user's own access) for every new event of their calls in the active tenant, and a heartbeat comment.
 */
export const ctiStreamEndpoint: Endpoint = {
  path: '/cti/stream',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const context = await getAccessContext(req)
    if (!context || context.tenantId == null) return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
    const user = String(context.userId)
    const tenant = String(context.tenantId)
    const encoder = new TextEncoder()
    let stop: () => void = () => undefined
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let open = true
        const send = (text: string) => {
          if (!open) return
          try {
            controller.enqueue(encoder.encode(text))
          } catch {
            stop()
          }
        }
        const unsubscribe = await subscribeCallSignals(req.payload, (signal) => {
          void (async () => {
            if (!(await isFor(req, signal, user, tenant))) return
            send(`event: call\ndata: ${JSON.stringify(await callerCard(req, signal))}\n\n`)
          })().catch((error) => req.payload.logger.error({ err: error, msg: 'CTI stream delivery failed' }))
        })
        const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS)
        stop = () => {
          open = false
          clearInterval(heartbeat)
          unsubscribe()
        }
        send('retry: 3000\n\nevent: ready\ndata: {}\n\n')
      },
      cancel() {
        stop()
      },
    })
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      },
    })
  },
}
