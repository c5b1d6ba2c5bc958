import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { signBody } from '../../src/webhooks/signature'
import { Api } from '../helpers/api'
import { openCtiStream, postCtiEvent } from '../helpers/cti'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Telephone integration (CTI): signed events create one call record per call, linked to the customer
 * whose number it is, whatever the order or the number of deliveries; the ringing pops the caller on the
 * agent's open workspace stream (only theirs, only in their tenant); agent status; call statistics.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
let secretA: string
let secretB: string
const tokens: Record<string, string> = {}
let account: { id: Id }
let contact: { id: Id }
let callSeq = 0
const isPostgres = String(process.env.DATABASE_URL).startsWith('postgres')

const newCallId = () => `call-${Date.now()}-${++callSeq}`
const at = (iso: string, seconds = 0) => new Date(new Date(iso).getTime() + seconds * 1000).toISOString()

const secretOf = async (tenant: Id) =>
  String(
    (
      (await payload.findByID({ collection: 'tenants', id: tenant, overrideAccess: true, depth: 0 })) as {
        cti?: { secret?: string }
      }
    ).cti?.secret,
  )

/** Gives a member an extension in a tenant, as an admin does in the user's memberships. */
async function setExtension(user: Id, tenant: Id, extension: string) {
  const doc = (await payload.findByID({ collection: 'users', id: user, depth: 0, overrideAccess: true })) as unknown as {
    memberships: { tenant: Id; [k: string]: unknown }[]
  }
  const memberships = doc.memberships.map((m) => (String(m.tenant) === String(tenant) ? { ...m, extension } : m))
  await payload.update({ collection: 'users', id: user, data: { memberships } as never, overrideAccess: true })
}

const calls = async (tenant: Id, callId?: string) =>
  (
    await payload.find({
      collection: 'activities',
      where: { and: [{ tenant: { equals: tenant } }, callId ? { callId: { equals: callId } } : { callId: { exists: true } }] },
      limit: 1000,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as Record<string, any>[]

const sendA = (event: Record<string, unknown>) => postCtiEvent(payload.config, a.slug, secretA, event)

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'cti-a')
  b = await createTenant(payload, 'cti-b')
  secretA = await secretOf(a.id)
  secretB = await secretOf(b.id)
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin, bRep: b.people.repRoot }))
    tokens[key] = await api.login(person.email, PASSWORD)
  await setExtension(a.people.repRoot.id, a.id, '801')
  await setExtension(a.people.repChild.id, a.id, '802')
  account = await payload.create({
    collection: 'accounts',
    data: { tenant: a.id, name: '华东贸易有限公司', phone: '021-5555 0101', owner: a.people.repRoot.id } as never,
    overrideAccess: true,
  })
  contact = await payload.create({
    collection: 'contacts',
    data: { tenant: a.id, name: '王伟', mobile: '13800138000', account: account.id, owner: a.people.repRoot.id } as never,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('signature', () => {
  const event = () => ({
    event: 'ringing',
    callId: newCallId(),
    direction: 'inbound',
    from: '13800138000',
    to: '4008001',
    agent: '801',
  })

  it('a tenant gets its own secret on creation, and only its admins read it', async () => {
    expect(secretA).toMatch(/^[0-9a-f]{48}$/)
    expect(secretA).not.toBe(secretB)
    const asRep = await api.rest('GET', `/tenants/${a.id}`, { token: tokens.repRoot })
    expect(asRep.status).toBe(200)
    expect(asRep.body.cti?.secret).toBeUndefined()
    const asAdmin = await api.rest('GET', `/tenants/${a.id}`, { token: tokens.admin })
    expect(asAdmin.body.cti.secret).toBe(secretA)
  })

  it.each([
    ['a wrong secret', (body: string) => signBody('not-the-secret', body, Math.floor(Date.now() / 1000)), /does not match/],
    ['another tenant’s secret', (body: string) => signBody(secretB, body, Math.floor(Date.now() / 1000)), /does not match/],
    ['an expired timestamp', (body: string) => signBody(secretA, body, Math.floor(Date.now() / 1000) - 600), /300 s/],
    ['a timestamp from the future', (body: string) => signBody(secretA, body, Math.floor(Date.now() / 1000) + 600), /300 s/],
    ['no signature', () => null, /missing/],
    ['garbage', () => 'v1=abc', /does not match/],
  ])('refuses %s with 401 and stores nothing', async (_name, sign, message) => {
    const before = (await calls(a.id)).length
    const e = event()
    const res = await postCtiEvent(payload.config, a.slug, secretA, e, { signature: sign(JSON.stringify(e)) })
    expect(res.status).toBe(401)
    expect(res.body.errors[0].path).toBe('X-Formwork-Signature')
    expect(res.body.errors[0].message).toMatch(message)
    expect((await calls(a.id)).length).toBe(before)
  })

  it('refuses a body changed after signing', async () => {
    const e = event()
    const signature = signBody(secretA, JSON.stringify(e), Math.floor(Date.now() / 1000))
    const res = await postCtiEvent(payload.config, a.slug, secretA, { ...e, from: '13900000000' }, { signature })
    expect(res.status).toBe(401)
    expect(await calls(a.id, e.callId)).toEqual([])
  })

  it('refuses an unknown tenant, and a missing tenant header names it', async () => {
    expect((await postCtiEvent(payload.config, 'no-such-tenant', secretA, event())).status).toBe(401)
    const res = await postCtiEvent(payload.config, '', secretA, event())
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('X-Tenant')
  })

  it('answers 400 naming each bad field of a well-signed event, storing nothing', async () => {
    const res = await sendA({ event: 'ring', direction: 'sideways', timestamp: 'yesterday', recordingUrl: 'ftp://x' })
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'callId',
      'direction',
      'event',
      'recordingUrl',
      'timestamp',
    ])
  })
})

describe('call records', () => {
  it('ringing → answered → hangup makes one completed call on the matched contact, with duration, agent and recording', async () => {
    const callId = newCallId()
    const t0 = '2026-03-02T02:00:00.000Z'
    const base = { callId, direction: 'inbound', from: '+86 138-0013-8000', to: '4008001', agent: '801' }
    const ringing = await sendA({ ...base, event: 'ringing', timestamp: t0 })
    expect(ringing.status, JSON.stringify(ringing.body)).toBe(200)
    expect(ringing.body).toMatchObject({
      duplicate: false,
      status: 'ringing',
      customer: { collection: 'contacts', id: contact.id },
    })
    expect((await sendA({ ...base, event: 'answered', timestamp: at(t0, 5) })).body.status).toBe('answered')
    const hangup = await sendA({
      ...base,
      event: 'hangup',
      timestamp: at(t0, 100),
      recordingUrl: 'https://rec.example.com/1.mp3',
    })
    expect(hangup.body.status).toBe('completed')
    const rows = await calls(a.id, callId)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      type: 'call',
      status: 'done',
      callStatus: 'completed',
      callDirection: 'inbound',
      callNumber: '+86 138-0013-8000',
      callDurationSeconds: 95,
      callRecordingUrl: 'https://rec.example.com/1.mp3',
      callAgentExtension: '801',
      owner: a.people.repRoot.id,
      relatedTo: { relationTo: 'contacts', value: contact.id },
    })
    expect(new Date(rows[0].startAt).toISOString()).toBe(t0)
    // A completed call is a follow-up of the contact's customer.
    const acc = (await payload.findByID({ collection: 'accounts', id: account.id, overrideAccess: true })) as {
      lastFollowUpAt?: string
    }
    expect(new Date(String(acc.lastFollowUpAt)).toISOString()).toBe(t0)
    // And it is on the agent's timeline of the contact, through the ordinary API.
    const timeline = await api.rest(
      'GET',
      `/activities?where[relatedTo.value][equals]=${contact.id}&where[callId][equals]=${callId}`,
      {
        token: tokens.repRoot,
      },
    )
    expect(timeline.body.docs).toHaveLength(1)
  })

  it('matches an account by its switchboard number and an outbound call by the number dialled', async () => {
    const callId = newCallId()
    const res = await sendA({ event: 'ringing', callId, direction: 'outbound', from: '801', to: '(021) 5555-0101', agent: '801' })
    expect(res.body.customer).toEqual({ collection: 'accounts', id: account.id })
    expect((await calls(a.id, callId))[0].subject).toContain('(021) 5555-0101')
  })

  it('a retried event changes nothing and says so; concurrent deliveries make one record', async () => {
    const callId = newCallId()
    const base = { callId, direction: 'inbound', from: '13800138000', to: '4008001', agent: '801' }
    const t0 = '2026-03-03T01:00:00.000Z'
    const first = await Promise.all([1, 2, 3].map(() => sendA({ ...base, event: 'ringing', timestamp: t0 })))
    expect(first.map((r) => r.status)).toEqual([200, 200, 200])
    expect(new Set(first.map((r) => r.body.activity)).size).toBe(1)
    await sendA({ ...base, event: 'answered', timestamp: at(t0, 10) })
    await sendA({ ...base, event: 'hangup', timestamp: at(t0, 70) })
    const again = await sendA({ ...base, event: 'hangup', timestamp: at(t0, 999) })
    expect(again.body).toMatchObject({ duplicate: true, status: 'completed' })
    const again2 = await sendA({ ...base, event: 'answered', timestamp: at(t0, 50) })
    expect(again2.body.duplicate).toBe(true)
    const rows = await calls(a.id, callId)
    expect(rows).toHaveLength(1)
    expect(rows[0].callDurationSeconds).toBe(60)
  })

  it('handles events out of order: a hang-up before the answer is missed until the answer arrives', async () => {
    const callId = newCallId()
    const base = { callId, direction: 'inbound', from: '13800138000', to: '4008001', agent: '801' }
    const t0 = '2026-03-04T01:00:00.000Z'
    const hangup = await sendA({ ...base, event: 'hangup', timestamp: at(t0, 40) })
    expect(hangup.body.status).toBe('missed')
    expect((await calls(a.id, callId))[0]).toMatchObject({ callStatus: 'missed', status: 'cancelled', callDurationSeconds: 0 })
    const answered = await sendA({ ...base, event: 'answered', timestamp: at(t0, 8) })
    expect(answered.body.status).toBe('completed')
    await sendA({ ...base, event: 'ringing', timestamp: t0 })
    const rows = await calls(a.id, callId)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ callStatus: 'completed', status: 'done', callDurationSeconds: 32 })
  })

  it('an unknown number makes a call without a customer; a lead created from it is linked and matches next time', async () => {
    const callId = newCallId()
    const res = await sendA({
      event: 'ringing',
      callId,
      direction: 'inbound',
      from: '139 1234 5678',
      to: '4008001',
      agent: '801',
    })
    expect(res.body.customer).toBeNull()
    const activity = res.body.activity
    // Another company cannot reach the call.
    expect((await api.rest('POST', `/cti/calls/${activity}/lead`, { token: tokens.bAdmin }, { name: 'X' })).status).toBe(404)
    const made = await api.rest(
      'POST',
      `/cti/calls/${activity}/lead`,
      { token: tokens.repRoot },
      { name: '新客户', company: '新公司' },
    )
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const lead = (await payload.findByID({ collection: 'leads', id: made.body.lead.id, depth: 0, overrideAccess: true })) as any
    expect(lead).toMatchObject({ name: '新客户', company: '新公司', mobile: '139 1234 5678', owner: a.people.repRoot.id })
    expect((await calls(a.id, callId))[0].relatedTo).toEqual({ relationTo: 'leads', value: lead.id })
    expect((await api.rest('POST', `/cti/calls/${activity}/lead`, { token: tokens.repRoot }, {})).status).toBe(409)
    const next = await sendA({ event: 'ringing', callId: newCallId(), direction: 'inbound', from: '13912345678', to: '4008001' })
    expect(next.body.customer).toEqual({ collection: 'leads', id: lead.id })
  })

  it('an unknown extension keeps the call, without an agent, and warns', async () => {
    const res = await sendA({
      event: 'ringing',
      callId: newCallId(),
      direction: 'inbound',
      from: '13800138000',
      to: '1',
      agent: '999',
    })
    expect(res.status).toBe(200)
    expect(res.body.agent).toBeNull()
    expect(res.body.warnings[0].path).toBe('agent')
  })

  it('the agent logs the outcome and notes on the call through the ordinary API', async () => {
    const callId = newCallId()
    const res = await sendA({ event: 'hangup', callId, direction: 'inbound', from: '13800138000', to: '1', agent: '801' })
    const saved = await api.rest(
      'PATCH',
      `/activities/${res.body.activity}`,
      { token: tokens.repRoot },
      { callOutcome: 'followUp', outcome: '下周再联系' },
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect((await calls(a.id, callId))[0]).toMatchObject({ callOutcome: 'followUp', outcome: '下周再联系' })
  })
})

describe('agent status', () => {
  it('is one’s own, per tenant, checked, and busy while on a call', async () => {
    const token = tokens.repRoot
    expect((await api.rest('GET', '/cti/agent-status', { token })).body.status).toBe('offline')
    const bad = await api.rest('POST', '/cti/agent-status', { token }, { status: 'asleep' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('status')
    expect((await api.rest('POST', '/cti/agent-status', { token }, { status: 'available' })).status).toBe(200)
    expect((await api.rest('GET', '/cti/agent-status', { token })).body.status).toBe('available')
    const callId = newCallId()
    const base = { callId, direction: 'inbound', from: '13800138000', to: '1', agent: '801' }
    await sendA({ ...base, event: 'ringing' })
    await sendA({ ...base, event: 'answered' })
    expect((await api.rest('GET', '/cti/agent-status', { token })).body.status).toBe('busy')
    // Another call's hang-up does not free them.
    await sendA({ ...base, callId: newCallId(), event: 'hangup' })
    expect((await api.rest('GET', '/cti/agent-status', { token })).body.status).toBe('busy')
    await sendA({ ...base, event: 'hangup' })
    expect((await api.rest('GET', '/cti/agent-status', { token })).body.status).toBe('available')
    // A colleague's status is not touched; without a session there is no status.
    expect((await api.rest('GET', '/cti/agent-status', { token: tokens.repChild })).body.status).toBe('offline')
    expect((await api.rest('GET', '/cti/agent-status')).status).toBe(401)
  })
})

describe('screen pop stream', () => {
  it('pops the caller’s card on the named agent’s stream only, read with their access', async () => {
    const mine = await openCtiStream(payload.config, tokens.repRoot)
    const colleague = await openCtiStream(payload.config, tokens.repChild)
    const otherTenant = await openCtiStream(payload.config, tokens.bRep)
    try {
      const callId = newCallId()
      await sendA({ event: 'ringing', callId, direction: 'inbound', from: '13800138000', to: '1', agent: '801' })
      const pop = await mine.next((e) => e.event === 'call' && e.data.callId === callId)
      expect(pop.data).toMatchObject({
        event: 'ringing',
        status: 'ringing',
        customerHidden: false,
        customerCard: {
          collection: 'contacts',
          id: contact.id,
          name: '王伟',
          company: '华东贸易有限公司',
          href: `/app/contacts/${contact.id}`,
        },
      })
      await new Promise((r) => setTimeout(r, 300))
      expect(colleague.events.filter((e) => e.event === 'call')).toEqual([])
      expect(otherTenant.events.filter((e) => e.event === 'call')).toEqual([])
      // The colleague's own call from a customer they may not read: told there is one, not who.
      const theirs = newCallId()
      await sendA({ event: 'ringing', callId: theirs, direction: 'inbound', from: '13800138000', to: '1', agent: '802' })
      const hidden = await colleague.next((e) => e.event === 'call' && e.data.callId === theirs)
      expect(hidden.data).toMatchObject({ customerHidden: true, customerCard: null })
      // A call for nobody in particular reaches the available agents.
      await api.rest('POST', '/cti/agent-status', { token: tokens.repChild }, { status: 'offline' })
      await api.rest('POST', '/cti/agent-status', { token: tokens.repRoot }, { status: 'available' })
      const queued = newCallId()
      await sendA({ event: 'ringing', callId: queued, direction: 'inbound', from: '13700000000', to: '1' })
      const unknown = await mine.next((e) => e.event === 'call' && e.data.callId === queued)
      expect(unknown.data).toMatchObject({ customer: null, customerCard: null, customerHidden: false, number: '13700000000' })
      await new Promise((r) => setTimeout(r, 300))
      expect(colleague.events.some((e) => e.event === 'call' && e.data.callId === queued)).toBe(false)
      // A retried ringing does not pop twice.
      await sendA({ event: 'ringing', callId, direction: 'inbound', from: '13800138000', to: '1', agent: '801' })
      await new Promise((r) => setTimeout(r, 300))
      expect(mine.events.filter((e) => e.event === 'call' && e.data.callId === callId)).toHaveLength(1)
    } finally {
      await Promise.all([mine.close(), colleague.close(), otherTenant.close()])
    }
  })

  it('refuses a stream without a session', async () => {
    await expect(openCtiStream(payload.config, 'not-a-token')).rejects.toThrow(/401/)
  })

  // Several server processes share a database only on PostgreSQL (SQLite serves one process).
  if (isPostgres)
    it('PostgreSQL: an event received by one server reaches an agent connected to another', async () => {
      // A second Payload instance on the same database: its own connection pool and LISTEN connection,
      // as a second server process has.
      const second = await openCtiStream(payload.config, tokens.repRoot, `${process.env.DATABASE_URL}#second-server`)
      try {
        const callId = newCallId()
        await sendA({ event: 'ringing', callId, direction: 'inbound', from: '13800138000', to: '1', agent: '801' })
        const pop = await second.next((e) => e.event === 'call' && e.data.callId === callId)
        expect(pop.data.customerCard.name).toBe('王伟')
      } finally {
        await second.close()
      }
    })
})

describe('call statistics', () => {
  // Tenant A's time zone is Asia/Shanghai: 16:30 UTC on 1 March is already 2 March there.
  const plan = Array.from({ length: 14 }, (_, i) => ({
    callId: `stats-${i}`,
    direction: i % 3 === 0 ? 'outbound' : 'inbound',
    agent: i % 2 === 0 ? '801' : '802',
    ringing: at('2026-02-01T14:30:00.000Z', i * 3 * 3600),
    answerAfter: i % 4 === 3 ? null : 5 + i,
    talk: 30 + i * 7,
  }))

  const localDay = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

  beforeAll(async () => {
    for (const c of plan) {
      const base = { callId: c.callId, direction: c.direction, from: '13800138000', to: '13800138000', agent: c.agent }
      await sendA({ ...base, event: 'ringing', timestamp: c.ringing })
      if (c.answerAfter != null) await sendA({ ...base, event: 'answered', timestamp: at(c.ringing, c.answerAfter) })
      await sendA({ ...base, event: 'hangup', timestamp: at(c.ringing, (c.answerAfter ?? 0) + c.talk) })
    }
  })

  /** The same figures computed here from what was sent, without the database. */
  function expected(keyOf: (c: (typeof plan)[number]) => string) {
    const rows = new Map<string, { inbound: number; outbound: number; missed: number; answered: number; talkSeconds: number }>()
    for (const c of plan) {
      const row = rows.get(keyOf(c)) ?? { inbound: 0, outbound: 0, missed: 0, answered: 0, talkSeconds: 0 }
      row[c.direction as 'inbound' | 'outbound']++
      if (c.answerAfter == null) row.missed++
      else {
        row.answered++
        row.talkSeconds += c.talk
      }
      rows.set(keyOf(c), row)
    }
    return [...rows]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([key, r]) => ({ key, ...r, averageTalkSeconds: r.answered ? Math.round(r.talkSeconds / r.answered) : 0 }))
  }

  it('per day in the tenant’s time zone equals the plain computation', async () => {
    const res = await api.rest('GET', '/cti/stats?from=2026-02-01&to=2026-02-03&groupBy=day', { token: tokens.admin })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.rows).toEqual(expected((c) => localDay(c.ringing)))
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual(['2026-02-01', '2026-02-02', '2026-02-03'])
  })

  it('per agent equals the plain computation, with names; a rep sees only their own', async () => {
    const idOf = { '801': String(a.people.repRoot.id), '802': String(a.people.repChild.id) } as Record<string, string>
    const res = await api.rest('GET', '/cti/stats?from=2026-02-01&to=2026-02-03&groupBy=agent', { token: tokens.admin })
    expect(res.body.rows.map(({ agentName: _, ...r }: Record<string, unknown>) => r)).toEqual(
      expected((c) => idOf[c.agent]).sort((x, y) => x.key.localeCompare(y.key)),
    )
    expect(res.body.rows.find((r: { key: string }) => r.key === idOf['801']).agentName).toBe('rep-root cti-a')
    const mine = await api.rest('GET', '/cti/stats?from=2026-02-01&to=2026-02-03&groupBy=agent', { token: tokens.repRoot })
    expect(mine.body.rows.map((r: { key: string }) => r.key)).toEqual([idOf['801']])
    // Another company sees none of it.
    const theirs = await api.rest('GET', '/cti/stats?from=2026-02-01&to=2026-02-03&groupBy=agent', { token: tokens.bAdmin })
    expect(theirs.body.rows).toEqual([])
  })

  it('refuses a bad period or grouping naming the parameter', async () => {
    for (const query of ['from=2026-02-03&to=2026-02-01', 'from=yesterday&to=2026-02-01', 'from=2020-01-01&to=2026-02-01']) {
      const res = await api.rest('GET', `/cti/stats?${query}&groupBy=day`, { token: tokens.admin })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0].path).toBe('from')
    }
    const res = await api.rest('GET', '/cti/stats?from=2026-02-01&to=2026-02-02&groupBy=planet', { token: tokens.admin })
    expect(res.body.errors[0].data.errors[0].path).toBe('groupBy')
  })
})
