import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCareRules } from '../../src/care/runCareRules'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { startSmsGateway } from '../helpers/smsGateway'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Customer care: each day the active rules greet the customers whose birthday, founding day or
 * contract anniversary falls `daysBefore` ahead — in the company's time zone, once a year, only with
 * consent and an address (otherwise the reason is recorded) — and remind the record's owner.
 */
let payload: Payload
let api: Api
let t: TestTenant
let adminToken: string
// Dates as the workspace stores a day: at noon UTC.
const day = (d: string) => `${d}T12:00:00.000Z`

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  t = await createTenant(payload, 'care-a')
  await payload.update({ collection: 'tenants', id: t.id, data: { timeZone: 'Asia/Shanghai' }, overrideAccess: true })
  adminToken = await api.login(t.people.admin.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const make = async (collection: string, data: Record<string, unknown>) =>
  (await payload.create({
    collection: collection as 'contacts',
    data: { tenant: t.id, owner: t.people.repRoot.id, department: t.departments.root, ...data },
    overrideAccess: true,
  })) as unknown as { id: number | string }
const rule = async (data: Record<string, unknown>) => {
  const res = await api.rest('POST', '/care-rules', { token: adminToken }, { active: true, notifyOwner: true, ...data })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number | string }
}
const run = async (at: string) => runCareRules(await createLocalReq({}, payload), new Date(at))
const occurrences = async (ruleId: number | string) =>
  (
    await payload.find({
      collection: 'care-occurrences',
      where: { rule: { equals: ruleId } },
      pagination: false,
      overrideAccess: true,
      sort: 'record',
    })
  ).docs as unknown as { record: string; status: string; to?: string; year: number; dueOn: string }[]
const outboxTo = async (address: string) =>
  (await payload.find({ collection: 'outbox', where: { to: { equals: address } }, overrideAccess: true })).docs as unknown as {
    subject: string
    text: string
    tenant: unknown
  }[]

describe('birthdays by email, a day ahead', () => {
  it('greets the consenting contact once, and records why the others were not', async () => {
    const allowed = { email: { allowed: true } }
    const adaCo = await make('accounts', { name: 'Ada & Co' })
    const ada = await make('contacts', {
      name: 'Ada',
      email: 'ada@care.test',
      birthday: day('1990-11-30'),
      consent: allowed,
      account: adaCo.id,
    })
    const ben = await make('contacts', { name: 'Ben', email: 'ben@care.test', birthday: day('1985-11-30') })
    const cy = await make('contacts', { name: 'Cy', birthday: day('1970-11-30'), consent: allowed })
    await make('contacts', { name: 'Dee', email: 'dee@care.test', birthday: day('1990-12-01'), consent: allowed })
    const r = await rule({
      name: 'Birthday wishes',
      occasion: 'birthday',
      daysBefore: 1,
      channel: 'email',
      subject: 'Happy birthday, {{name}}',
      body: 'Dear {{name}}, {{company}} wishes you a happy {{years}}th birthday on {{date}}!',
    })
    // 01:00 on 29 November in Shanghai is still the 28th in UTC: the company's day counts.
    expect(await run('2026-11-28T17:00:00.000Z')).toEqual({ sent: 1, reminded: 0, skipped: 2, failed: 0 })
    expect((await occurrences(r.id)).map((o) => [o.record, o.status, o.to ?? null, o.dueOn])).toEqual(
      [
        [String(ada.id), 'sent', 'ada@care.test', '2026-11-30'],
        [String(ben.id), 'skippedNoConsent', 'ben@care.test', '2026-11-30'],
        [String(cy.id), 'skippedNoAddress', null, '2026-11-30'],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    )
    const [mail] = await outboxTo('ada@care.test')
    expect(mail.subject).toBe('Happy birthday, Ada')
    expect(mail.text).toBe(`Dear Ada, Tenant care-a wishes you a happy 36th birthday on 2026-11-30!`)
    expect(String((mail.tenant as { id?: unknown }).id ?? mail.tenant)).toBe(String(t.id))
    expect(await outboxTo('ben@care.test')).toEqual([])

    // The greeting is on Ada's timeline as a mail from her owner, but it is not a follow-up by anyone.
    const logged = await payload.find({
      collection: 'activities',
      where: { and: [{ 'relatedTo.relationTo': { equals: 'contacts' } }, { 'relatedTo.value': { equals: ada.id } }] },
      overrideAccess: true,
      depth: 0,
    })
    expect(logged.docs.map((a) => [a.type, a.status, a.subject, a.outcome, a.owner])).toEqual([
      ['email', 'done', 'Happy birthday, Ada', mail.text, t.people.repRoot.id],
    ])
    // (A mail to a contact counts for their customer: a greeting must not.)
    const customer = await payload.findByID({ collection: 'accounts', id: adaCo.id, depth: 0, overrideAccess: true })
    expect(customer.lastFollowUpAt ?? null).toBeNull()

    // The owner hears of each of them once.
    const reminders = await payload.count({
      collection: 'notifications',
      where: { and: [{ user: { equals: t.people.repRoot.id } }, { dedupeKey: { like: `care:${r.id}:` } }] },
      overrideAccess: true,
    })
    expect(reminders.totalDocs).toBe(3)

    // The hourly reruns of the day send nothing again.
    expect(await run('2026-11-29T03:00:00.000Z')).toEqual({ sent: 0, reminded: 0, skipped: 0, failed: 0 })
    expect(await outboxTo('ada@care.test')).toHaveLength(1)
    expect(await occurrences(r.id)).toHaveLength(3)
  })
})

describe('other occasions', () => {
  it("reminds the owner of an account's founding day, and counts a contract's years", async () => {
    const account = await make('accounts', { name: 'Founders Ltd', email: 'hello@founders.test', foundedOn: day('2016-12-05') })
    const reminder = await rule({ name: 'Founding day', occasion: 'foundingDay', daysBefore: 0, channel: 'reminder' })
    const contract = await make('contracts', {
      name: 'Supply',
      account: account.id,
      amount: '1000.00',
      signedOn: day('2024-12-05'),
    })
    const anniversary = await rule({
      name: 'Anniversary',
      occasion: 'contractAnniversary',
      daysBefore: 0,
      channel: 'email',
      body: '{{years}} years of {{name}} with us',
    })
    const sms = await rule({ name: 'SMS', occasion: 'foundingDay', daysBefore: 0, channel: 'sms', body: 'Happy founding day' })
    await run('2026-12-05T02:00:00.000Z')
    expect((await occurrences(reminder.id)).map((o) => [o.record, o.status])).toEqual([[String(account.id), 'reminded']])
    expect((await occurrences(anniversary.id)).map((o) => [o.record, o.status])).toEqual([[String(contract.id), 'sent']])
    expect((await outboxTo('hello@founders.test')).map((m) => m.text)).toEqual(['2 years of Founders Ltd with us'])
    // An account has no mobile: the company's phone is its number, and there is none here.
    expect((await occurrences(sms.id)).map((o) => o.status)).toEqual(['skippedNoAddress'])
  })

  it('greets a leap-day birthday on 28 February of a common year', async () => {
    const leap = await make('contacts', {
      name: 'Leo',
      email: 'leo@care.test',
      birthday: day('2000-02-29'),
      consent: { email: { allowed: true } },
    })
    const r = await rule({ name: 'Leap', occasion: 'birthday', daysBefore: 0, channel: 'email', body: 'Hi {{name}}' })
    await run('2027-02-28T02:00:00.000Z')
    expect((await occurrences(r.id)).map((o) => o.record)).toContain(String(leap.id))
  })
})

describe('greetings by SMS through the gateway', () => {
  it("sends through a one-record batch as the owner, to a contact and to a contract's account, and says why not", async () => {
    const gateway = await startSmsGateway('care-secret')
    try {
      const r = await rule({
        name: '生日短信',
        occasion: 'birthday',
        daysBefore: 0,
        channel: 'sms',
        body: '{{name}}，{{company}}祝您生日快乐！',
      })
      const fay = await make('contacts', {
        name: '王芳',
        mobile: '139 0000 0101',
        birthday: day('1992-03-15'),
        consent: { sms: { allowed: true } },
      })
      const gus = await make('contacts', { name: '赵刚', mobile: '13900000102', birthday: day('1980-03-15') })
      // No gateway yet: nothing goes out, and the occurrence says why.
      await run('2027-03-15T02:00:00.000Z')
      expect((await occurrences(r.id)).map((o) => [o.record, o.status])).toEqual(
        [
          [String(fay.id), 'skippedNoChannel'],
          [String(gus.id), 'skippedNoConsent'],
        ].sort((x, y) => x[0].localeCompare(y[0])),
      )
      const created = await api.rest(
        'POST',
        '/sms-gateways',
        { token: adminToken },
        { name: '关怀网关', channel: 'sms', url: gateway.url, secret: 'care-secret' },
      )
      expect(created.status, JSON.stringify(created.body)).toBe(201)

      const hal = await make('contacts', {
        name: '孙浩',
        mobile: '13900000103',
        birthday: day('1990-03-16'),
        consent: { sms: { allowed: true } },
      })
      const account = await make('accounts', { name: '周年公司', phone: '021-5555 0100' })
      const contract = await make('contracts', {
        name: '年度合同',
        account: account.id,
        amount: '500.00',
        signedOn: day('2025-03-16'),
      })
      const yearly = await rule({
        name: '合同周年',
        occasion: 'contractAnniversary',
        daysBefore: 0,
        channel: 'sms',
        body: '感谢{{name}}合作{{years}}周年',
      })
      expect(await run('2027-03-16T02:00:00.000Z')).toMatchObject({ sent: 2, failed: 0 })
      expect((await occurrences(r.id)).find((o) => o.record === String(hal.id))).toMatchObject({
        status: 'sent',
        to: '13900000103',
      })
      expect((await occurrences(yearly.id)).map((o) => [o.record, o.status, o.to])).toEqual([
        [String(contract.id), 'sent', '021-5555 0100'],
      ])
      for (let i = 0; i < 40 && gateway.received.length < 2; i++) {
        await payload.jobs.run({ queue: 'interactive', limit: 20, sequential: true })
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(gateway.received.map((g) => [g.body.to, g.body.text]).sort()).toEqual([
        ['02155550100', '感谢周年公司合作2周年'],
        ['13900000103', '孙浩，Tenant care-a祝您生日快乐！'],
      ])
      // Each went as a batch of one of the owner's, marked as customer care, so it is in their SMS list.
      const batches = (
        await payload.find({
          collection: 'sms-batches',
          where: { and: [{ tenant: { equals: t.id } }, { origin: { equals: 'care' } }] },
          depth: 0,
          overrideAccess: true,
        })
      ).docs as unknown as { owner: unknown; entity: string; records: unknown[]; status: string }[]
      // Sorted here: PostgreSQL orders a select by its options, SQLite by its text.
      expect(batches.map((b) => [b.entity, b.records.map(String), b.status]).sort()).toEqual([
        ['accounts', [String(account.id)], 'done'],
        ['contacts', [String(hal.id)], 'done'],
      ])
      expect(batches.every((b) => String(b.owner) === String(t.people.repRoot.id))).toBe(true)
      const rep = await api.login(t.people.repRoot.email, PASSWORD)
      const mine = await api.rest('GET', '/sms-messages?where[text][like]=周年', { token: rep })
      expect(mine.body.totalDocs).toBe(1)
    } finally {
      await gateway.close()
    }
  })
})

describe('bad rules', () => {
  it('refuses a message rule without a message, and a template that does not compile, naming the field', async () => {
    const empty = await api.rest(
      'POST',
      '/care-rules',
      { token: adminToken },
      { name: 'x', occasion: 'birthday', channel: 'email' },
    )
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toContain('"path":"body"')
    const broken = await api.rest(
      'POST',
      '/care-rules',
      { token: adminToken },
      { name: 'x', occasion: 'birthday', channel: 'email', body: 'Hi {{#if name}} there' },
    )
    expect(broken.status).toBe(400)
    expect(JSON.stringify(broken.body)).toContain('"path":"body"')
    const rep = await api.login(t.people.repRoot.email, PASSWORD)
    const notAdmin = await api.rest(
      'POST',
      '/care-rules',
      { token: rep },
      { name: 'x', occasion: 'birthday', channel: 'reminder' },
    )
    expect(notAdmin.status).toBe(403)
  })
})
