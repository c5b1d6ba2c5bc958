import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { inOwnTransaction } from '../../src/db/ownTransaction'
import { MAX_DELIVERY_ATTEMPTS, runDelivery } from '../../src/webhooks/runDelivery'
import { verifySignature } from '../../src/webhooks/signature'
import { Api } from '../helpers/api'
import { setEffectFlow } from '../helpers/effectFlow'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'
import { startReceiver } from '../helpers/webhookReceiver'

/**
 * Outbound webhook subscriptions: URLs validated; one delivery per subscribed event (created, updated,
 * stage changed), logged with the write, signed with the subscription's secret, retried then failed;
 * a write that does not happen sends nothing.
 */
let payload: Payload
let api: Api
let a: TestTenant
let admin: string
let receiver: Awaited<ReturnType<typeof startReceiver>>

const deliveriesOf = async (record: Id) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { record: { equals: String(record) } },
      sort: 'id',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
const subscribe = async (events: string[]) => {
  const res = await api.rest(
    'POST',
    '/webhook-subscriptions',
    { token: admin },
    { entity: 'service-requests', events, url: receiver.url },
  )
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: Id; secret: string }
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'hooks-a')
  admin = await api.login(a.people.admin.email, PASSWORD)
  receiver = await startReceiver()
  await setEffectFlow(payload, a.id)
})

afterAll(async () => {
  await receiver?.close()
  await shutdownPayload(payload)
})

describe('webhook subscriptions', () => {
  it('refuses a URL that is not http(s), naming `url`, in the user’s language', async () => {
    for (const [language, message] of [
      ['en', 'The URL must be an absolute http:// or https:// address.'],
      ['zh', '地址必须是以 http:// 或 https:// 开头的完整网址。'],
    ]) {
      const res = await api.rest(
        'POST',
        '/webhook-subscriptions',
        { token: admin, headers: { 'accept-language': language } },
        { entity: 'service-requests', events: ['created'], url: 'ftp://example.test/x' },
      )
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'url', message })
    }
    expect((await payload.count({ collection: 'webhook-subscriptions', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('delivers each subscribed event once, signed with the subscription’s secret and with its own idempotency key', async () => {
    const created = await subscribe(['created'])
    const moves = await subscribe(['updated', 'stageChanged'])
    const rep = await api.login(a.people.repRoot.email, PASSWORD)
    const res = await api.rest('POST', '/service-requests', { token: rep }, { subject: 'hooked' })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    await api.rest('PATCH', `/service-requests/${id}`, { token: rep }, { subject: 'hooked again' })
    await api.rest('PATCH', `/service-requests/${id}`, { token: rep }, { stage: 'working' })
    const rows = await deliveriesOf(id)
    expect(rows.map((r) => [r.event, r.subscription, r.status])).toEqual([
      ['created', created.id, 'pending'],
      ['updated', moves.id, 'pending'],
      ['updated', moves.id, 'pending'],
      ['stageChanged', moves.id, 'pending'],
    ])
    expect(rows[3].payload).toMatchObject({ event: 'stageChanged', from: 'open', to: 'working', id })

    await payload.jobs.run({ limit: 50 })
    const done = await deliveriesOf(id)
    expect(done.map((r) => [r.status, r.responseCode, r.attempts])).toEqual(Array(4).fill(['delivered', 200, 1]))
    expect(receiver.deliveries).toHaveLength(4)
    // Each on its own connection: a pooled socket the receiver closes while idle can never fail a delivery.
    expect(receiver.connections()).toBe(4)
    expect(receiver.deliveries.map((d) => d.headers.connection)).toEqual(Array(4).fill('close'))
    const secrets = new Map([
      [created.id, created.secret],
      [moves.id, moves.secret],
    ])
    for (const row of done) {
      const sent = receiver.deliveries.find((d) => d.headers['idempotency-key'] === row.idempotencyKey)
      expect(sent).toBeDefined()
      const signature = String(sent?.headers['x-formwork-signature'])
      expect(verifySignature(String(secrets.get(row.subscription as Id)), String(sent?.body), signature)).toBe(true)
    }
    expect(new Set(done.map((r) => r.idempotencyKey)).size).toBe(4)
    // A delivery run again (a retried job) sends nothing more.
    expect(await runDelivery(payload, done[0].id as Id)).toBe('skipped')
    expect(receiver.deliveries).toHaveLength(4)
  })

  it('retries a delivery the receiver refuses, then marks it failed with the answer, visible to admins', async () => {
    receiver.setMode('error')
    const doc = await payload.create({
      collection: 'service-requests',
      data: { tenant: a.id, subject: 'refused', owner: a.people.repRoot.id } as never,
      overrideAccess: true,
    })
    const [row] = await deliveriesOf(doc.id as Id)
    const outcomes = []
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS; i++) outcomes.push(await runDelivery(payload, row.id as Id))
    expect(outcomes).toEqual([...Array(MAX_DELIVERY_ATTEMPTS - 1).fill('retry'), 'failed'])
    const listed = await api.rest('GET', `/webhook-deliveries?where[record][equals]=${doc.id}`, { token: admin })
    expect(listed.body.docs[0]).toMatchObject({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
      responseCode: 500,
      lastError: 'HTTP 500',
    })
    receiver.setMode('ok')
  })

  it('names why a delivery never reached its receiver (connection refused), not just "fetch failed"', async () => {
    const closed = await startReceiver()
    const url = closed.url
    await closed.close()
    const res = await api.rest(
      'POST',
      '/webhook-subscriptions',
      { token: admin },
      { entity: 'service-requests', events: ['created'], url },
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await payload.create({
      collection: 'service-requests',
      data: { tenant: a.id, subject: 'nobody listening', owner: a.people.repRoot.id } as never,
      overrideAccess: true,
    })
    const row = (await deliveriesOf(doc.id as Id)).find((r) => r.subscription === res.body.doc.id)
    expect(await runDelivery(payload, row?.id as Id)).toBe('retry')
    const [after] = (await deliveriesOf(doc.id as Id)).filter((r) => r.subscription === res.body.doc.id)
    expect(after).toMatchObject({ status: 'pending', attempts: 1, lastError: 'fetch failed (ECONNREFUSED)' })
    expect(after.responseCode ?? null).toBeNull()
    await api.rest('DELETE', `/webhook-subscriptions/${res.body.doc.id}`, { token: admin })
  })

  it('a write that is rolled back (or refused) logs and sends nothing', async () => {
    const before = (await payload.count({ collection: 'webhook-deliveries', overrideAccess: true })).totalDocs
    const jobs = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'deliverWebhook' } },
          overrideAccess: true,
        })
      ).totalDocs
    const jobsBefore = await jobs()
    const refused = await api.rest('POST', '/service-requests', { token: admin }, { subject: 'x', stage: 'closed' })
    expect(refused.status).toBe(400)
    let created: Id | null = null
    await expect(
      inOwnTransaction(payload, {}, async (req) => {
        const doc = await req.payload.create({
          collection: 'service-requests',
          data: { tenant: a.id, subject: 'rolled back', owner: a.people.repRoot.id } as never,
          overrideAccess: true,
          req,
        })
        created = doc.id as Id
        throw new Error('a later step failed')
      }),
    ).rejects.toThrow('a later step failed')
    const kept = await payload.count({ collection: 'service-requests', where: { id: { equals: created } }, overrideAccess: true })
    const logged = (await payload.count({ collection: 'webhook-deliveries', overrideAccess: true })).totalDocs - before
    // PostgreSQL rolls the record and its delivery back together; SQLite (no transactions) keeps both.
    expect(kept.totalDocs).toBe(payload.db.name === 'sqlite' ? 1 : 0)
    expect(logged).toBe(kept.totalDocs)
    expect((await jobs()) - jobsBefore).toBe(logged)
  })
})
