import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toSearchParams } from '../../form-designer/model/list/listQuery'
import { relatedToWhere } from '../../src/fields/relatedToWhere'
import { mentionMarker } from '../../src/followUps/mentions'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Follow-ups: a done activity moves its record's last follow-up time (and its customer's) forward,
 * whatever path created it; colleagues mentioned in it or in a note are notified, only if they belong
 * to the tenant, and only they can read it.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'follow-a')
  b = await createTenant(payload, 'follow-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const create = async (who: string, collection: string, data: Record<string, unknown>) => {
  const res = await api.rest('POST', `/${collection}`, { token: tokens[who] }, data)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number | string; [key: string]: unknown }
}
const read = async (collection: string, id: number | string) =>
  (await payload.findByID({ collection: collection as 'accounts', id, depth: 0, overrideAccess: true })) as unknown as {
    lastFollowUpAt?: string | null
    updatedAt: string
  }
const activity = (relationTo: string, id: number | string, startAt: string, extra: Record<string, unknown> = {}) => ({
  subject: 'Call',
  type: 'call',
  status: 'done',
  startAt,
  relatedTo: { relationTo, value: id },
  ...extra,
})

describe('last follow-up time', () => {
  it('moves forward with a done activity on the record, never back, and not for a planned one', async () => {
    const account = await create('repRoot', 'accounts', { name: 'Follow Co' })
    const before = await read('accounts', account.id)
    expect(before.lastFollowUpAt ?? null).toBeNull()
    await create('repRoot', 'activities', activity('accounts', account.id, '2026-03-02T08:00:00.000Z'))
    const after = await read('accounts', account.id)
    expect(new Date(String(after.lastFollowUpAt)).toISOString()).toBe('2026-03-02T08:00:00.000Z')
    // Not an edit of the record: an open form of it is not made stale.
    expect(after.updatedAt).toBe(before.updatedAt)
    await create('repRoot', 'activities', activity('accounts', account.id, '2026-01-01T08:00:00.000Z'))
    await create('repRoot', 'activities', activity('accounts', account.id, '2026-05-01T08:00:00.000Z', { status: 'planned' }))
    expect(new Date(String((await read('accounts', account.id)).lastFollowUpAt)).toISOString()).toBe('2026-03-02T08:00:00.000Z')
  })

  it('moves when a planned activity is marked done, and for a lead', async () => {
    const lead = await create('repRoot', 'leads', { name: 'Follow Lead', company: 'Lead Co' })
    const planned = await create(
      'repRoot',
      'activities',
      activity('leads', lead.id, '2026-04-01T09:00:00.000Z', { status: 'planned' }),
    )
    expect((await read('leads', lead.id)).lastFollowUpAt ?? null).toBeNull()
    const res = await api.rest('PATCH', `/activities/${planned.id}`, { token: tokens.repRoot }, { status: 'done' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(new Date(String((await read('leads', lead.id)).lastFollowUpAt)).toISOString()).toBe('2026-04-01T09:00:00.000Z')
  })

  it("a follow-up of a customer's opportunity or contact is one of the customer too", async () => {
    const account = await create('repRoot', 'accounts', { name: 'Parent Co' })
    const opportunity = await create('repRoot', 'opportunities', { name: 'Deal', account: account.id })
    await create(
      'repRoot',
      'activities',
      activity('opportunities', opportunity.id, '2026-06-01T10:00:00.000Z', { type: 'visit' }),
    )
    expect(new Date(String((await read('accounts', account.id)).lastFollowUpAt)).toISOString()).toBe('2026-06-01T10:00:00.000Z')
    const contact = await create('repRoot', 'contacts', { name: 'Zhang San', account: account.id })
    await create('repRoot', 'activities', activity('contacts', contact.id, '2026-06-02T10:00:00.000Z', { type: 'note' }))
    expect(new Date(String((await read('accounts', account.id)).lastFollowUpAt)).toISOString()).toBe('2026-06-02T10:00:00.000Z')
  })

  it("is written in the activity's transaction: rolled back with it (PostgreSQL; SQLite has no transactions)", async () => {
    const account = await create('repRoot', 'accounts', { name: 'Atomic Co' })
    const req = await createLocalReq({}, payload)
    const transactionID = await payload.db.beginTransaction()
    // Payload's SQLite adapter runs without transactions here (docs/crm-model.md): nothing to roll back.
    expect(Boolean(transactionID)).toBe(payload.db.name !== 'sqlite')
    if (!transactionID) return
    req.transactionID = transactionID as string
    await payload.create({
      collection: 'activities',
      data: { ...activity('accounts', account.id, '2026-07-01T10:00:00.000Z'), tenant: a.id } as never,
      overrideAccess: true,
      req,
    })
    await payload.db.rollbackTransaction(transactionID as string)
    expect(
      await payload.count({
        collection: 'activities',
        where: { startAt: { equals: '2026-07-01T10:00:00.000Z' } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 0 })
    expect((await read('accounts', account.id)).lastFollowUpAt ?? null).toBeNull()
  })
})

describe('a record page reads', () => {
  it("the record's activities newest first and its attachments, through the relation the page queries", async () => {
    const account = await create('repRoot', 'accounts', { name: 'Page Co' })
    const other = await create('repRoot', 'accounts', { name: 'Other Co' })
    for (const [subject, at] of [
      ['old', '2026-01-01T08:00:00.000Z'],
      ['new', '2026-02-01T08:00:00.000Z'],
    ])
      await create('repRoot', 'activities', activity('accounts', account.id, at, { subject }))
    await create('repRoot', 'activities', activity('accounts', other.id, '2026-03-01T08:00:00.000Z', { subject: 'elsewhere' }))
    // The query the page sends: the polymorphic object form, one indexed column in SQL.
    const on = (id: number | string) => toSearchParams({ where: relatedToWhere('accounts', id) }).toString()
    const timeline = await api.rest('GET', `/activities?${on(account.id)}&sort=-startAt&limit=10&depth=0`, {
      token: tokens.repRoot,
    })
    expect(timeline.body.docs.map((d: { subject: string }) => d.subject)).toEqual(['new', 'old'])
    const upload = await api.restWithFile(
      'POST',
      '/documents',
      { token: tokens.repRoot },
      { title: 'Contract scan', relatedTo: { relationTo: 'accounts', value: account.id } },
      { data: Buffer.from('hello'), name: `scan-${Date.now()}.txt`, mimetype: 'text/plain' },
    )
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)
    const attachments = await api.rest('GET', `/documents?${on(account.id)}&depth=0`, { token: tokens.repRoot })
    expect(attachments.body.docs.map((d: { title: string }) => d.title)).toEqual(['Contract scan'])
    expect((await api.rest('GET', `/documents?${on(other.id)}&depth=0`, { token: tokens.repRoot })).body.totalDocs).toBe(0)
  })

  it('keeps the key the timeline reads in step with relatedTo, whatever the write sends', async () => {
    const first = await create('repRoot', 'accounts', { name: 'Key Co' })
    const second = await create('repRoot', 'accounts', { name: 'Key Two Co' })
    const made = await create('repRoot', 'activities', {
      ...activity('accounts', first.id, '2026-05-01T08:00:00.000Z', { subject: 'moving' }),
      relatedKey: 'accounts:999999',
    })
    const keyOf = async () => (await read('activities', made.id)) as unknown as { relatedKey: string | null }
    expect((await keyOf()).relatedKey).toBe(`accounts:${first.id}`)
    const patch = (data: Record<string, unknown>) => api.rest('PATCH', `/activities/${made.id}`, { token: tokens.repRoot }, data)
    expect((await patch({ subject: 'renamed', relatedKey: 'accounts:1' })).status).toBe(200)
    expect((await keyOf()).relatedKey).toBe(`accounts:${first.id}`)
    expect((await patch({ relatedTo: { relationTo: 'accounts', value: second.id } })).status).toBe(200)
    expect((await keyOf()).relatedKey).toBe(`accounts:${second.id}`)
    expect((await patch({ relatedTo: null })).status).toBe(200)
    expect((await keyOf()).relatedKey ?? null).toBeNull()
  })

  it("leaves out the activities of another collection's record that has the same id", async () => {
    // Create accounts or contacts, whichever lags, until one of each shares an id.
    let account = await create('repRoot', 'accounts', { name: 'Twin Co' })
    let contact = await create('repRoot', 'contacts', { name: 'Twin' })
    for (let i = 0; i < 500 && String(account.id) !== String(contact.id); i++) {
      if (Number(account.id) < Number(contact.id)) account = await create('repRoot', 'accounts', { name: `Twin Co ${i}` })
      else contact = await create('repRoot', 'contacts', { name: `Twin ${i}` })
    }
    expect(String(account.id)).toBe(String(contact.id))
    await create(
      'repRoot',
      'activities',
      activity('accounts', account.id, '2026-04-01T08:00:00.000Z', { subject: 'on the account' }),
    )
    await create(
      'repRoot',
      'activities',
      activity('contacts', contact.id, '2026-04-02T08:00:00.000Z', { subject: 'on the contact' }),
    )
    const query = (entity: string) => toSearchParams({ where: relatedToWhere(entity, account.id), depth: 0 }).toString()
    for (const [entity, subject] of [
      ['accounts', 'on the account'],
      ['contacts', 'on the contact'],
    ]) {
      const res = await api.rest('GET', `/activities?${query(entity)}`, { token: tokens.repRoot })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.docs.map((d: { subject: string }) => d.subject)).toEqual([subject])
    }
  })
})

const notices = async (who: string, record: number | string) =>
  (
    await api.rest('GET', `/notifications?limit=20&depth=0&where[kind][equals]=mention&where[record][equals]=${record}`, {
      token: tokens[who],
    })
  ).body as { docs: { textEn: string; textZh: string; entity: string; record: string }[]; totalDocs: number }

describe('mentions', () => {
  it('notify the colleagues named in an activity, linking to the record; outsiders and the author are ignored', async () => {
    const account = await create('repRoot', 'accounts', { name: 'Mention Co' })
    const outcome = `Asked ${mentionMarker('Child', a.people.repChild.id)} and ${mentionMarker('Outsider', b.people.admin.id)} and ${mentionMarker('Me', a.people.repRoot.id)} to help`
    await create(
      'repRoot',
      'activities',
      activity('accounts', account.id, '2026-03-01T08:00:00.000Z', { subject: 'Pricing call', outcome }),
    )
    const child = await notices('repChild', account.id)
    expect(child.totalDocs).toBe(1)
    expect(child.docs[0]).toMatchObject({ entity: 'accounts', record: String(account.id) })
    expect(child.docs[0].textEn).toContain('mentioned you in "Pricing call"')
    expect(child.docs[0].textZh).toContain('提到了你')
    // Nobody else reads it: not the author, a colleague, the admin or the outsider named in the text.
    for (const other of ['repRoot', 'repOther', 'admin', 'manager', 'bAdmin'])
      expect((await notices(other, account.id)).totalDocs, other).toBe(0)
    expect(
      await payload.count({ collection: 'notifications', where: { user: { equals: b.people.admin.id } }, overrideAccess: true }),
    ).toMatchObject({
      totalDocs: 0,
    })
  })

  it('an edit notifies only the newly mentioned; a note notifies too', async () => {
    const account = await create('repRoot', 'accounts', { name: 'Edit Co' })
    const first = await create(
      'repRoot',
      'activities',
      activity('accounts', account.id, '2026-03-01T08:00:00.000Z', {
        outcome: `cc ${mentionMarker('Child', a.people.repChild.id)}`,
      }),
    )
    const res = await api.rest(
      'PATCH',
      `/activities/${first.id}`,
      { token: tokens.repRoot },
      { outcome: `cc ${mentionMarker('Child', a.people.repChild.id)} ${mentionMarker('Other', a.people.repOther.id)}` },
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await notices('repChild', account.id)).totalDocs).toBe(1)
    expect((await notices('repOther', account.id)).totalDocs).toBe(1)
    await create('repRoot', 'notes', {
      title: 'Memo',
      body: `for ${mentionMarker('Manager', a.people.manager.id)}`,
      relatedTo: { relationTo: 'accounts', value: account.id },
    })
    const manager = await notices('manager', account.id)
    expect(manager.totalDocs).toBe(1)
    expect(manager.docs[0].textEn).toContain('"Memo"')
  })
})
