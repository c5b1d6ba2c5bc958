import { sql } from '@payloadcms/db-postgres'
import { Types } from 'mongoose'
import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

export type CounterRef = { tenant: Id; sequence: Id; dimensionKey: string; periodKey: string }

type Drizzle = {
  execute?: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
  all?: (query: unknown) => Promise<Record<string, unknown>[]>
}
type PgPool = {
  query: (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
  on: (event: string, listener: () => void) => void
}
type DrizzleAdapter = {
  name: string
  drizzle: Drizzle
  sessions?: Record<string, { db?: Drizzle }>
  pg?: { Pool: new (options: object) => PgPool }
  poolOptions?: object
}
type MongoCounters = {
  findOneAndUpdate: (
    filter: object,
    update: object,
    options: object,
  ) => { lean: () => Promise<{ lastValue?: number } | null> } | Promise<{ lastValue?: number } | null>
}
type MongoAdapter = { name: string; collections: Record<string, MongoCounters>; sessions?: Record<string, unknown> }

/**
 * The request's transaction connection when `inTransaction` and it has one (PostgreSQL), so the
 * increment commits or rolls back with the document; otherwise the adapter's own connection.
 */
async function drizzleFor(req: PayloadRequest, inTransaction: boolean): Promise<Drizzle> {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const transactionID = inTransaction ? await req.transactionID : null
  return (transactionID != null && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
}

const counterPools = new WeakMap<object, PgPool>()

/**
 * Numbers taken outside the document's transaction on PostgreSQL go through a small pool of their
 * own. Borrowing from the adapter's pool while the request already holds one of its connections
 * would deadlock once every connection is held by a request waiting for a second one; a counter
 * connection is only ever held for one statement, so this pool always drains.
 */
function counterPool(adapter: DrizzleAdapter): PgPool | null {
  if (!adapter.pg || !adapter.poolOptions) return null
  let pool = counterPools.get(adapter)
  if (!pool) {
    pool = new adapter.pg.Pool({ ...adapter.poolOptions, max: 3, idleTimeoutMillis: 1_000, allowExitOnIdle: true })
    pool.on('error', () => undefined)
    counterPools.set(adapter, pool)
  }
  return pool
}

const UPSERT_PG = `
  INSERT INTO number_counters (tenant_id, sequence_id, dimension_key, period_key, last_value, updated_at, created_at)
  VALUES ($1, $2, $3, $4, 1, now(), now())
  ON CONFLICT (sequence_id, dimension_key, period_key)
  DO UPDATE SET last_value = number_counters.last_value + 1, updated_at = now()
  RETURNING last_value`

/**
 * Take the next value of a counter in ONE statement: an insert of 1 that, when the counter exists,
 * becomes `last_value = last_value + 1`, returning the new value. The database serialises it (a row
 * lock on PostgreSQL, the single writer on SQLite), so concurrent callers, in one process or many,
 * never get the same value and skip none. MongoDB: findOneAndUpdate with $inc and upsert.
 */
export async function incrementCounter(req: PayloadRequest, ref: CounterRef, inTransaction: boolean): Promise<number> {
  const name = req.payload.db.name
  if (name === 'mongoose') return incrementMongo(req, ref, inTransaction)
  const transactionID = inTransaction ? await req.transactionID : null
  const pool = name === 'postgres' && transactionID == null ? counterPool(req.payload.db as unknown as DrizzleAdapter) : null
  if (pool) {
    const { rows } = await pool.query(UPSERT_PG, [ref.tenant, ref.sequence, ref.dimensionKey, ref.periodKey])
    return Number(rows[0]?.last_value)
  }
  const now = new Date().toISOString()
  const statement = sql`
    INSERT INTO number_counters (tenant_id, sequence_id, dimension_key, period_key, last_value, updated_at, created_at)
    VALUES (${ref.tenant}, ${ref.sequence}, ${ref.dimensionKey}, ${ref.periodKey}, 1, ${now}, ${now})
    ON CONFLICT (sequence_id, dimension_key, period_key)
    DO UPDATE SET last_value = number_counters.last_value + 1, updated_at = ${now}
    RETURNING last_value`
  const db = await drizzleFor(req, inTransaction)
  const rows = db.execute ? (await db.execute(statement)).rows : await (db.all as NonNullable<Drizzle['all']>)(statement)
  return Number(rows[0]?.last_value)
}

/**
 * Give a value back: `last_value = value - 1` only while the counter still stands at `value`, i.e.
 * nobody took a number after it. Returns whether it was given back.
 */
export async function giveBack(req: PayloadRequest, ref: CounterRef, value: number): Promise<boolean> {
  if (req.payload.db.name === 'mongoose') {
    const counters = (req.payload.db as unknown as MongoAdapter).collections['number-counters']
    const filter = {
      sequence: objectId(ref.sequence),
      dimensionKey: ref.dimensionKey,
      periodKey: ref.periodKey,
      lastValue: value,
    }
    const result = await counters.findOneAndUpdate(filter, { $inc: { lastValue: -1 } }, { new: true })
    return Boolean(result)
  }
  const statement = sql`
    UPDATE number_counters SET last_value = last_value - 1
    WHERE sequence_id = ${ref.sequence} AND dimension_key = ${ref.dimensionKey} AND period_key = ${ref.periodKey}
      AND last_value = ${value}
    RETURNING last_value`
  const db = await drizzleFor(req, false)
  const rows = db.execute ? (await db.execute(statement)).rows : await (db.all as NonNullable<Drizzle['all']>)(statement)
  return rows.length > 0
}

/** The counter's current value (0 before the first number of a period), for previews. */
export async function currentValue(req: PayloadRequest, ref: Omit<CounterRef, 'tenant'>): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'number-counters',
    where: {
      and: [
        { sequence: { equals: ref.sequence } },
        { dimensionKey: { equals: ref.dimensionKey } },
        { periodKey: { equals: ref.periodKey } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return Number(docs[0]?.lastValue ?? 0)
}

/** Relationship ids are ObjectIds in MongoDB documents. */
const objectId = (id: Id) => (typeof id === 'string' && Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : id)

async function incrementMongo(req: PayloadRequest, ref: CounterRef, inTransaction: boolean): Promise<number> {
  const adapter = req.payload.db as unknown as MongoAdapter
  const transactionID = inTransaction ? await req.transactionID : null
  const session = transactionID != null ? adapter.sessions?.[String(transactionID)] : undefined
  const now = new Date()
  const run = async () => {
    const query = adapter.collections['number-counters'].findOneAndUpdate(
      { sequence: objectId(ref.sequence), dimensionKey: ref.dimensionKey, periodKey: ref.periodKey },
      { $inc: { lastValue: 1 }, $set: { updatedAt: now }, $setOnInsert: { tenant: objectId(ref.tenant), createdAt: now } },
      { upsert: true, new: true, session },
    )
    const doc = 'lean' in query ? await query.lean() : await query
    return Number(doc?.lastValue)
  }
  try {
    return await run()
  } catch (error) {
    // Two first upserts of one counter race on the unique index; the loser increments the winner's row.
    if ((error as { code?: number }).code === 11000) return run()
    throw error
  }
}
