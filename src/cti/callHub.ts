import { EventEmitter } from 'node:events'
import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { isPostgres, runSql, sql } from '../concurrency/rawSql'
import type { CallDirection, CallStatus } from './callFields'
import type { CtiEventKind } from './ctiEvent'

/** What the workspace is told about a call: ids only; each tab reads the customer with its own user's access. */
export type CallSignal = {
  tenant: Id
  /** The agent the CTI named; null when the call is for whoever is available. */
  agent: Id | null
  event: CtiEventKind
  callId: string
  activity: Id
  direction: CallDirection
  number: string
  status: CallStatus
  customer: { collection: string; id: Id } | null
}

type Listener = (signal: CallSignal) => void

const CHANNEL = 'formwork_cti'

type PgClient = {
  query: (text: string) => Promise<unknown>
  on: (event: 'notification', fn: (msg: { channel: string; payload?: string }) => void) => void
  release: () => void
}
type Hub = { emitter: EventEmitter; listeners: number; pgClient: Promise<PgClient> | null }

// One hub per Payload instance (tests run several, each on its own database).
const hubs = new WeakMap<Payload, Hub>()
const hubOf = (payload: Payload): Hub => {
  let hub = hubs.get(payload)
  if (!hub) {
    hub = { emitter: new EventEmitter().setMaxListeners(0), listeners: 0, pgClient: null }
    hubs.set(payload, hub)
  }
  return hub
}

/**
 * Within one process an EventEmitter carries signals from the CTI endpoint to the open streams. On
 * PostgreSQL, where several server processes share one database, a signal goes through NOTIFY
 * instead, and each process that has open streams LISTENs on one pooled connection, so an event
 * received by process A reaches an agent connected to process B (and A's own agents the same way).
 */
export async function publishCallSignal(req: PayloadRequest, signal: CallSignal): Promise<void> {
  if (isPostgres(req)) {
    await runSql(req, sql`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(signal)})`)
    return
  }
  hubOf(req.payload).emitter.emit('signal', signal)
}

/** Starts receiving signals; the returned function stops (and frees the LISTEN connection after the last). */
export async function subscribeCallSignals(payload: Payload, listener: Listener): Promise<() => void> {
  const hub = hubOf(payload)
  hub.emitter.on('signal', listener)
  hub.listeners++
  if (payload.db.name === 'postgres' && !hub.pgClient) hub.pgClient = listen(payload, hub)
  if (hub.pgClient) await hub.pgClient
  let stopped = false
  return () => {
    if (stopped) return
    stopped = true
    hub.emitter.off('signal', listener)
    hub.listeners--
    if (hub.listeners === 0 && hub.pgClient) {
      const client = hub.pgClient
      hub.pgClient = null
      void client.then(async (c) => {
        await c.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined)
        c.release()
      })
    }
  }
}

async function listen(payload: Payload, hub: Hub): Promise<PgClient> {
  const pool = (payload.db as unknown as { pool: { connect: () => Promise<PgClient> } }).pool
  const client = await pool.connect()
  client.on('notification', (msg) => {
    if (msg.channel !== CHANNEL || !msg.payload) return
    try {
      hub.emitter.emit('signal', JSON.parse(msg.payload) as CallSignal)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Unreadable CTI notification' })
    }
  })
  await client.query(`LISTEN ${CHANNEL}`)
  return client
}
