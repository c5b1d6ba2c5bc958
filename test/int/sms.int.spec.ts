import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { unseal } from '../../src/email/mailboxes/secretBox'
import { MAX_SMS_ATTEMPTS } from '../../src/sms/statuses'
import { Api, type Caller } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { startSmsGateway } from '../helpers/smsGateway'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * SMS through a real local HTTP gateway: a batch to a saved view expands as its sender (their scope),
 * lists those without a number or consent, waits for its time, goes by priority, retries an unreachable
 * gateway then fails visibly, and takes signed delivery receipts; the report counts what a plain count does.
 */
// The dispatch job's backoff is read per attempt: keep the waits short here.
process.env.FORMWORK_SMS_RETRY_DELAY_MS = '1'

const SECRET = 'gateway-secret-1'

let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
let gateway: Awaited<ReturnType<typeof startSmsGateway>>
const tokens: Record<string, string> = {}
const contacts: Record<string, Id> = {}
let viewId: Id

const as = (who: string): Caller => ({ token: tokens[who] })
type Row = Record<string, any>

async function runJobsUntil(done: () => Promise<boolean>, rounds = 60) {
  for (let i = 0; i < rounds; i++) {
    await payload.jobs.run({ queue: 'interactive', limit: 20, sequential: true })
    if (await done()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const jobs = await payload.find({ collection: 'payload-jobs', limit: 5, depth: 0, overrideAccess: true, sort: '-id' })
  const left = jobs.docs.map((j: Row) => ({ task: j.taskSlug, error: j.error, log: j.log?.slice(-1) }))
  throw new Error(`jobs did not finish: ${JSON.stringify(left).slice(0, 1500)}`)
}

const batchRow = async (id: Id) =>
  (await payload.findByID({ collection: 'sms-batches', id, depth: 0, overrideAccess: true })) as Row
const messagesOf = async (batch: Id) =>
  (
    await payload.find({
      collection: 'sms-messages',
      where: { batch: { equals: batch } },
      sort: 'id',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as Row[]
const batchSettled = (id: Id) => async () => ['done', 'failed'].includes((await batchRow(id)).status)

async function createBatch(who: string, data: Record<string, unknown>): Promise<Id> {
  const res = await api.rest('POST', '/sms-batches', as(who), { channel: 'sms', entity: 'contacts', ...data })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id
}
async function send(who: string, id: Id) {
  const res = await api.rest('POST', `/sms-batches/${id}/send`, as(who), {})
  expect(res.status, JSON.stringify(res.body)).toBe(202)
}

const contact = async (key: string, tenant: TestTenant, owner: Id, data: Record<string, unknown>) => {
  const doc = await payload.create({
    collection: 'contacts',
    data: { tenant: tenant.id, owner, ...data } as never,
    overrideAccess: true,
  })
  contacts[key] = doc.id
}
const consent = (allowed: boolean) => ({ sms: { allowed } })

beforeAll(async () => {
  gateway = await startSmsGateway(SECRET)
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'sms-a')
  b = await createTenant(payload, 'sms-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
  const rep = a.people.repRoot.id
  await contact('vip', a, rep, { name: '王伟', title: 'VIP', mobile: '138 0000 0001', consent: consent(true) })
  await contact('noNumber', a, rep, { name: '李娜', title: 'VIP', consent: consent(true) })
  await contact('noConsent', a, rep, { name: '张敏', title: 'VIP', mobile: '13800000003', consent: consent(false) })
  await contact('colleagues', a, a.people.repChild.id, {
    name: '刘洋',
    title: 'VIP',
    mobile: '13800000004',
    consent: consent(true),
  })
  await contact('notVip', a, rep, { name: '陈静', title: 'Buyer', mobile: '13800000005', consent: consent(true) })
  await contact('otherCompany', b, b.people.repRoot.id, {
    name: '杨帆',
    title: 'VIP',
    mobile: '13800000006',
    consent: consent(true),
  })
})

afterAll(async () => {
  await shutdownPayload(payload)
  await gateway?.close()
})

describe('gateway settings', () => {
  it('stores the signing secret sealed and never returns it', async () => {
    const created = await api.rest('POST', '/sms-gateways', as('admin'), {
      name: '短信网关',
      channel: 'sms',
      url: gateway.url,
      signatureHeader: 'X-Signature',
      secret: SECRET,
      senderId: 'FORMWORK',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(JSON.stringify(created.body)).not.toMatch(/gateway-secret|enc:v1/)
    expect(created.body.doc.secretSet).toBe(true)
    const read = await api.rest('GET', `/sms-gateways/${created.body.doc.id}`, as('admin'))
    expect(read.body).not.toHaveProperty('secret')
    const stored = (await payload.findByID({ collection: 'sms-gateways', id: created.body.doc.id, overrideAccess: true })) as Row
    expect(stored.secret).toMatch(/^enc:v1:/)
    expect(unseal(stored.secret)).toBe(SECRET)
    // A rep does not manage gateways.
    expect((await api.rest('POST', '/sms-gateways', as('repRoot'), { name: 'x', url: gateway.url })).status).toBe(403)
  })
})

describe('a batch to a saved view', () => {
  let batch: Id
  it('expands as the sender: their own VIP contacts only, the unreachable ones listed with the reason', async () => {
    const saved = await api.rest('POST', '/saved-views', as('repRoot'), {
      entity: 'contacts',
      label: 'VIP',
      view: {
        id: 'vip',
        label: { en: 'VIP' },
        kind: 'table',
        columns: [{ field: 'name' }],
        pageSize: 20,
        filters: [{ field: 'title', operator: 'equals', value: 'VIP' }],
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    viewId = saved.body.doc.id
    batch = await createBatch('repRoot', {
      text: '{{name}}，您好：VIP 活动本周开始。',
      source: 'savedView',
      savedView: viewId,
      priority: 5,
    })
    await send('repRoot', batch)
    await runJobsUntil(batchSettled(batch))
    const messages = await messagesOf(batch)
    const byRecord = Object.fromEntries(messages.map((m) => [m.recordId, m]))
    expect(Object.keys(byRecord).sort()).toEqual([contacts.vip, contacts.noNumber, contacts.noConsent].map(String).sort())
    expect(byRecord[contacts.vip]).toMatchObject({
      status: 'sent',
      number: '13800000001',
      text: '王伟，您好：VIP 活动本周开始。',
      attempts: 1,
    })
    expect(byRecord[contacts.noNumber].status).toBe('skipped_no_number')
    expect(byRecord[contacts.noConsent].status).toBe('skipped_no_consent')
    expect(await batchRow(batch)).toMatchObject({ status: 'done', total: 3, prepared: 3, skipped: 2 })
    // The gateway got one signed request, with the number and the text filled in.
    const got = gateway.received.filter((r) => r.body.to === '13800000001')
    expect(got).toHaveLength(1)
    expect(got[0].body).toMatchObject({ text: '王伟，您好：VIP 活动本周开始。', from: 'FORMWORK' })
    expect(gateway.refused()).toBe(0)
  })

  it('lists the skipped recipients as CSV', async () => {
    const res = await api.restRaw('GET', `/sms-batches/${batch}/skipped`, as('repRoot'))
    expect(res.status).toBe(200)
    const csv = res.bytes.toString('utf8')
    expect(csv).toContain('李娜')
    expect(csv).toContain('skipped_no_number')
    expect(csv).toContain('张敏')
    expect(csv).toContain('skipped_no_consent')
    expect(csv).not.toContain('王伟')
  })

  it('is out of reach of another company', async () => {
    expect((await api.rest('POST', `/sms-batches/${batch}/send`, as('bAdmin'), {})).status).toBe(404)
    expect((await api.restRaw('GET', `/sms-batches/${batch}/skipped`, as('bAdmin'))).status).toBe(404)
    expect((await api.rest('GET', '/sms-messages?limit=100', as('bAdmin'))).body.docs).toHaveLength(0)
  })

  it('cannot be sent twice', async () => {
    const res = await api.rest('POST', `/sms-batches/${batch}/send`, as('repRoot'), {})
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('status')
  })
})

describe('scheduling and priority', () => {
  it('waits for dueAt', async () => {
    const before = gateway.received.length
    const dueAt = new Date(Date.now() + 2500).toISOString()
    const batch = await createBatch('repRoot', { text: 'later', source: 'records', records: [contacts.vip], dueAt })
    await send('repRoot', batch)
    await payload.jobs.run({ queue: 'interactive', limit: 20, sequential: true })
    await payload.jobs.run({ queue: 'interactive', limit: 20, sequential: true })
    expect((await messagesOf(batch))[0].status).toBe('queued')
    expect(gateway.received.length).toBe(before)
    await runJobsUntil(batchSettled(batch))
    const [message] = await messagesOf(batch)
    expect(message.status).toBe('sent')
    expect(Date.parse(message.sentAt)).toBeGreaterThanOrEqual(Date.parse(dueAt))
  })

  it('sends the higher priority first', async () => {
    const dueAt = new Date(Date.now() + 1500).toISOString()
    const low = await createBatch('repRoot', { text: 'low', source: 'records', records: [contacts.vip], dueAt, priority: 1 })
    const high = await createBatch('repRoot', { text: 'high', source: 'records', records: [contacts.vip], dueAt, priority: 9 })
    await send('repRoot', low)
    await send('repRoot', high)
    const before = gateway.received.length
    await runJobsUntil(async () => (await batchSettled(low)()) && (await batchSettled(high)()))
    expect(gateway.received.slice(before).map((r) => r.body.text)).toEqual(['high', 'low'])
  })
})

describe('an unreachable gateway', () => {
  it('is retried with backoff and then the message is sent', async () => {
    gateway.state.failNext = 2
    const batch = await createBatch('repRoot', { text: 'retry me', source: 'records', records: [contacts.vip] })
    await send('repRoot', batch)
    await runJobsUntil(batchSettled(batch))
    const [message] = await messagesOf(batch)
    expect(message).toMatchObject({ status: 'sent', attempts: 3 })
    expect(gateway.received.filter((r) => r.body.text === 'retry me')).toHaveLength(1)
  })

  it('that stays down leaves the message failed with the error, visible', async () => {
    gateway.state.down = true
    try {
      const batch = await createBatch('repRoot', { text: 'never arrives', source: 'records', records: [contacts.vip] })
      await send('repRoot', batch)
      await runJobsUntil(batchSettled(batch))
      const [message] = await messagesOf(batch)
      expect(message).toMatchObject({ status: 'failed', attempts: MAX_SMS_ATTEMPTS })
      expect(message.error).toMatch(new RegExp(`failed after ${MAX_SMS_ATTEMPTS} attempts`))
      const listed = await api.rest('GET', `/sms-messages?where[batch][equals]=${batch}`, as('repRoot'))
      expect(listed.body.docs[0]).toMatchObject({ status: 'failed' })
      const csv = (await api.restRaw('GET', `/sms-batches/${batch}/skipped`, as('repRoot'))).bytes.toString('utf8')
      expect(csv).toContain('failed')
    } finally {
      gateway.state.down = false
    }
  })
})

describe('delivery receipts', () => {
  const post = (body: object, signature: string) =>
    api.rest('POST', `/sms/callback/${a.slug}`, { headers: { 'x-signature': signature } }, body)
  const sign = (body: object, secret = SECRET) => createHmac('sha256', secret).update(JSON.stringify(body)).digest('hex')

  it('a signed receipt marks the message delivered; a bad signature is refused and changes nothing', async () => {
    const sent = (
      await payload.find({
        collection: 'sms-messages',
        where: { and: [{ tenant: { equals: a.id } }, { status: { equals: 'sent' } }] },
        limit: 2,
        depth: 0,
        overrideAccess: true,
      })
    ).docs as Row[]
    expect(sent.length).toBe(2)
    const bad = { messageId: sent[1].providerMessageId, status: 'delivered' }
    const refused = await post(bad, sign(bad, 'wrong-secret'))
    expect(refused.status).toBe(401)
    expect((await payload.findByID({ collection: 'sms-messages', id: sent[1].id, overrideAccess: true })).status).toBe('sent')
    const good = { messageId: sent[0].providerMessageId, status: 'delivered' }
    expect(sent[0].providerMessageId).toMatch(/^gw-/)
    const accepted = await post(good, sign(good))
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect((await payload.findByID({ collection: 'sms-messages', id: sent[0].id, overrideAccess: true })).status).toBe(
      'delivered',
    )
    const failed = { messageId: sent[1].providerMessageId, status: 'failed', error: '空号' }
    expect((await post(failed, sign(failed))).status).toBe(200)
    expect((await payload.findByID({ collection: 'sms-messages', id: sent[1].id, overrideAccess: true })) as Row).toMatchObject({
      status: 'failed',
      error: '空号',
    })
    // Another company's gateway secret does not sign for this one.
    expect((await api.rest('POST', `/sms/callback/${b.slug}`, { headers: { 'x-signature': sign(good) } }, good)).status).toBe(401)
  })
})

describe('cancelling a batch', () => {
  const cancel = (who: string, id: Id) => api.rest('POST', `/sms-batches/${id}/cancel`, as(who), {})

  it('stops a scheduled batch: its queued messages are cancelled and never reach the gateway', async () => {
    const dueAt = new Date(Date.now() + 1500).toISOString()
    const batch = await createBatch('repRoot', { text: 'cancel me', source: 'records', records: [contacts.vip], dueAt })
    await send('repRoot', batch)
    await payload.jobs.run({ queue: 'interactive', limit: 20, sequential: true })
    expect((await messagesOf(batch)).map((m) => m.status)).toEqual(['queued'])
    // Another company cannot see it, let alone stop it.
    expect((await cancel('bAdmin', batch)).status).toBe(404)
    const res = await cancel('repRoot', batch)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ status: 'cancelled', cancelled: 1 })
    await new Promise((resolve) => setTimeout(resolve, 1600))
    for (let i = 0; i < 3; i++) await payload.jobs.run({ queue: 'interactive', limit: 20, sequential: true })
    expect((await messagesOf(batch)).map((m) => m.status)).toEqual(['cancelled'])
    expect((await batchRow(batch)).status).toBe('cancelled')
    expect(gateway.received.filter((r) => r.body.text === 'cancel me')).toHaveLength(0)
    // Twice is refused, naming the status.
    const again = await cancel('repRoot', batch)
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('"path":"status"')
  })

  it('stops a batch before its recipients are expanded: no message is ever created', async () => {
    const batch = await createBatch('repRoot', { text: 'never prepared', source: 'records', records: [contacts.vip] })
    await send('repRoot', batch)
    expect((await cancel('repRoot', batch)).status).toBe(200)
    for (let i = 0; i < 3; i++) await payload.jobs.run({ queue: 'interactive', limit: 20, sequential: true })
    expect(await messagesOf(batch)).toEqual([])
    expect((await batchRow(batch)).status).toBe('cancelled')
  })

  it('a finished batch cannot be cancelled', async () => {
    const batch = await createBatch('repRoot', { text: 'already out', source: 'records', records: [contacts.vip] })
    await send('repRoot', batch)
    await runJobsUntil(batchSettled(batch))
    const res = await cancel('repRoot', batch)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('已完成')
    expect((await messagesOf(batch)).map((m) => m.status)).toEqual(['sent'])
  })
})

describe('report', () => {
  const today = new Date().toISOString().slice(0, 10)
  it('counts per sender and status what a plain count finds, page by page', async () => {
    // One batch by the admin too, so there are two senders.
    const batch = await createBatch('admin', {
      text: 'from admin',
      source: 'records',
      records: [contacts.colleagues, contacts.noNumber],
    })
    await send('admin', batch)
    await runJobsUntil(batchSettled(batch))
    const all = (
      await payload.find({
        collection: 'sms-messages',
        where: { tenant: { equals: a.id } },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs as Row[]
    const expected: Record<string, number> = {}
    for (const m of all) expected[`${m.owner}|${m.status}`] = (expected[`${m.owner}|${m.status}`] ?? 0) + 1
    const res = await api.rest('GET', `/sms/report?from=${today}&to=${today}&limit=100`, as('admin'))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const got = Object.fromEntries((res.body.docs as Row[]).map((r) => [`${r.sender}|${r.status}`, r.count]))
    expect(got).toEqual(expected)
    expect(Object.keys(expected).some((k) => k.startsWith(`${a.people.admin.id}|`))).toBe(true)
    const pageTwo = await api.rest('GET', `/sms/report?from=${today}&to=${today}&limit=1&page=2`, as('admin'))
    expect(pageTwo.body).toMatchObject({ totalDocs: Object.keys(expected).length, page: 2 })
    expect(pageTwo.body.docs).toHaveLength(1)
    // A rep sees their own; another company sees none; a bad date names the field.
    const rep = await api.rest('GET', `/sms/report?from=${today}&to=${today}&limit=100`, as('repRoot'))
    expect((rep.body.docs as Row[]).every((r) => r.sender === String(a.people.repRoot.id))).toBe(true)
    expect((await api.rest('GET', `/sms/report?from=${today}&to=${today}`, as('bAdmin'))).body.docs).toEqual([])
    const bad = await api.rest('GET', '/sms/report?from=yesterday&to=2026-01-01', as('admin'))
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('from')
  })
})
