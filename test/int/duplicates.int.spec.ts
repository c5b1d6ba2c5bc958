import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { backfillMatchKeys } from '../../src/duplicates/backfillMatchKeys'
import { referencesTo } from '../../src/duplicates/references'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createSuperAdmin, createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}
let rootToken: string

type Who = 'admin' | 'manager' | 'repRoot' | 'repChild' | 'repOther'

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  a = await createTenant(payload, 'dupa')
  b = await createTenant(payload, 'dupb')
  for (const who of ['admin', 'manager', 'repRoot', 'repChild', 'repOther'] as const)
    tokens[who] = await api.login(a.people[who].email, PASSWORD)
  tokens.bAdmin = await api.login(b.people.admin.email, PASSWORD)
  rootToken = await api.login((await createSuperAdmin(payload, 'root@dup.test')).email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const as = (who: Who | 'bAdmin') => ({ token: tokens[who], headers: { 'accept-language': 'en' } })

/** A record of tenant `t` through the Local API, owned by repRoot unless said otherwise. */
async function make(slug: string, data: Record<string, unknown>, t: TestTenant = a) {
  const doc = await payload.create({
    collection: slug,
    data: { ...(await sampleData(payload, slug, t)), ...data },
    overrideAccess: true,
    context: { confirmDuplicate: true },
  })
  return doc as unknown as Record<string, unknown> & { id: Id }
}

const stored = async (slug: string, id: Id) =>
  (await payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, trash: true })) as unknown as Record<
    string,
    unknown
  >
const ids = (list: { id: Id }[]) => list.map((m) => String(m.id))
const check = (who: Who | 'bAdmin', slug: string, draft: Record<string, unknown>) =>
  api.rest('POST', `/${slug}/duplicates/check`, as(who), draft)
const setPolicy = (t: TestTenant, slug: string, settings: Record<string, unknown>) =>
  payload.update({ collection: 'tenants', id: t.id, data: { duplicates: { [slug]: settings } }, overrideAccess: true })

describe('duplicate check', () => {
  it('finds an account by each key, however it is spelled, and says which key matched', async () => {
    const existing = await make('accounts', {
      name: '上海华东贸易有限公司',
      phone: '+86 138 0013 8000',
      email: 'Sales@HuaDong.example',
      taxNumber: '91310000MA1K4ABC1X',
    })
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '上海华东贸易股份有限公司' }, 'name'],
      [{ name: 'x', phone: '138-0013-8000' }, 'phone'],
      [{ name: 'x', email: ' sales@huadong.EXAMPLE ' }, 'email'],
      [{ name: 'x', taxNumber: '91310000 ma1k 4abc1x' }, 'taxNumber'],
    ]
    for (const [draft, key] of cases) {
      const res = await check('repRoot', 'accounts', draft)
      expect(res.status).toBe(200)
      const match = res.body.matches.find((m: { id: Id }) => String(m.id) === String(existing.id))
      expect(match, key).toBeTruthy()
      expect(match.keys).toEqual([key])
      expect(match.title).toBe('上海华东贸易有限公司')
    }
    // The record being edited is not its own duplicate.
    const self = await check('repRoot', 'accounts', { id: existing.id, name: '上海华东贸易有限公司' })
    expect(ids(self.body.matches)).not.toContain(String(existing.id))
    // Nothing in common: nothing found.
    expect((await check('repRoot', 'accounts', { name: 'Completely Different GmbH' })).body.matches).toEqual([])
  })

  it('English company names match without their legal form', async () => {
    const existing = await make('accounts', { name: 'Acme Trading Co., Ltd.' })
    const res = await check('repRoot', 'accounts', { name: 'ACME TRADING LIMITED' })
    expect(ids(res.body.matches)).toContain(String(existing.id))
  })

  it('never looks into another tenant', async () => {
    const inA = await make('accounts', { name: '北方物流有限公司', phone: '13900001111' })
    const res = await check('bAdmin', 'accounts', { name: '北方物流有限公司', phone: '13900001111' })
    expect(res.status).toBe(200)
    expect(ids(res.body.matches)).not.toContain(String(inA.id))
    expect(res.body.hidden.count).toBe(0)
  })

  it('contacts: the same name counts only at the same account; mobile and email count anywhere', async () => {
    const acme = await make('accounts', { name: '联系人测试一' })
    const other = await make('accounts', { name: '联系人测试二' })
    const wang = await make('contacts', {
      name: '王 伟',
      account: acme.id,
      mobile: '13700007777',
      email: 'wang.wei@acme.example',
    })
    const sameAccount = await check('repRoot', 'contacts', { name: '王伟', account: acme.id })
    expect(sameAccount.body.matches.map((m: { keys: string[] }) => m.keys)).toEqual([['name']])
    expect((await check('repRoot', 'contacts', { name: '王伟', account: other.id })).body.matches).toEqual([])
    const byMobile = await check('repRoot', 'contacts', { name: 'W. Wang', account: other.id, mobile: '+86 137 0000 7777' })
    expect(ids(byMobile.body.matches)).toEqual([String(wang.id)])
    const byEmail = await check('repRoot', 'contacts', { name: 'Wei', email: 'WANG.WEI@acme.example' })
    expect(byEmail.body.matches[0].keys).toEqual(['email'])
  })

  it('leads: a mobile matches a phone, and a person counts within their company', async () => {
    const lead = await make('leads', { name: 'Li Na', company: 'Globex Ltd', mobile: '15000001234' })
    expect(ids((await check('repRoot', 'leads', { name: 'x', phone: '0086-150-0000-1234' })).body.matches)).toEqual([
      String(lead.id),
    ])
    expect((await check('repRoot', 'leads', { name: 'li na', company: 'GLOBEX' })).body.matches[0].keys).toEqual(['name'])
    expect((await check('repRoot', 'leads', { name: 'li na', company: 'Initech' })).body.matches).toEqual([])
  })

  it('a colleague’s record is counted, never shown; a pool record is shown as in the pool', async () => {
    const theirs = await make('accounts', { name: '同事的客户', phone: '13600006666', owner: a.people.repOther.id })
    const res = await check('repChild', 'accounts', { name: 'x', phone: '136 0000 6666' })
    expect(ids(res.body.matches)).not.toContain(String(theirs.id))
    expect(res.body.hidden).toEqual({ count: 1, keys: ['phone'] })
    expect(JSON.stringify(res.body)).not.toContain('同事的客户')
    // Their manager reaches the department below them, the admin everything.
    expect(ids((await check('admin', 'accounts', { phone: '13600006666' })).body.matches)).toContain(String(theirs.id))
    const pool = await make('accounts', { name: '公海重复客户', owner: null, department: null })
    const inPool = await check('repChild', 'accounts', { name: '公海重复客户' })
    expect(inPool.body.matches.find((m: { id: Id }) => String(m.id) === String(pool.id))?.inPool).toBe(true)
  })

  it('records stored before the keys existed get them from the backfill the migration runs', async () => {
    const old = await make('accounts', { name: 'Legacy Import Co., Ltd.', phone: '13300003333' })
    await payload.db.updateOne({
      collection: 'accounts',
      id: old.id,
      data: { dupKeyName: null, dupKeyPhone: null },
      returning: false,
    })
    expect(ids((await check('repRoot', 'accounts', { name: 'Legacy Import' })).body.matches)).not.toContain(String(old.id))
    expect(await backfillMatchKeys(payload)).toBeGreaterThanOrEqual(1)
    const found = await check('repRoot', 'accounts', { name: 'Legacy Import', phone: '133 0000 3333' })
    expect(found.body.matches.find((m: { id: Id }) => String(m.id) === String(old.id))?.keys).toEqual(['name', 'phone'])
    expect(await backfillMatchKeys(payload)).toBe(0) // nothing left to do: safe to run again
  })

  it('the keys are storage: API readers never see them, yet they stay queryable', async () => {
    const doc = await make('accounts', { name: 'Hidden Keys Ltd', phone: '13200002222' })
    const res = await api.rest('GET', `/accounts/${doc.id}`, as('repRoot'))
    expect(res.status).toBe(200)
    expect(Object.keys(res.body).filter((k) => k.startsWith('dupKey'))).toEqual([])
    // Still queryable with access applied (admin.hidden, not hidden).
    const list = await api.rest('GET', '/accounts?where[dupKeyPhone][equals]=13200002222', as('repRoot'))
    expect(ids(list.body.docs)).toEqual([String(doc.id)])
  })

  it('policy off checks nothing; a key turned off is not compared', async () => {
    const c = await createTenant(payload, 'dupc')
    const token = await api.login(c.people.admin.email, PASSWORD)
    await make('accounts', { name: 'Policy Test Ltd', phone: '13500005555' }, c)
    const run = async () =>
      (await api.rest('POST', '/accounts/duplicates/check', { token }, { name: 'Policy Test', phone: '13500005555' })).body
    expect((await run()).matches[0].keys).toEqual(['name', 'phone'])
    await setPolicy(c, 'accounts', { policy: 'warn', phone: false })
    expect((await run()).matches[0].keys).toEqual(['name'])
    await setPolicy(c, 'accounts', { policy: 'off' })
    expect(await run()).toEqual({ policy: 'off', matches: [], hidden: { count: 0, keys: [] } })
  })
})

describe('block policy', () => {
  let d: TestTenant
  let token: string
  beforeAll(async () => {
    d = await createTenant(payload, 'dupd')
    token = await api.login(d.people.repRoot.email, PASSWORD)
    await setPolicy(d, 'accounts', { policy: 'block', name: true, phone: true, email: true, taxNumber: true })
    await make('accounts', { name: '拦截测试有限公司', email: 'block@example.test' }, d)
  })

  it('refuses a likely duplicate with 409 and the matches, and creates nothing', async () => {
    const before = await payload.count({ collection: 'accounts', where: { tenant: { equals: d.id } }, overrideAccess: true })
    const res = await api.rest('POST', '/accounts', { token, headers: { 'accept-language': 'en' } }, { name: '拦截测试' })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/duplicate of 1 existing record/)
    expect(res.body.errors[0].data.duplicates.matches[0].title).toBe('拦截测试有限公司')
    const after = await payload.count({ collection: 'accounts', where: { tenant: { equals: d.id } }, overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
    const zh = await api.rest('POST', '/accounts', { token, headers: { 'accept-language': 'zh' } }, { name: '拦截测试' })
    expect(zh.body.errors[0].message).toContain('疑似与已有的 1 条记录重复')
  })

  it('passes when the client confirms: header, form flag or Local API context', async () => {
    const header = await api.rest('POST', '/accounts', { token, headers: { 'x-confirm-duplicate': '1' } }, { name: '拦截测试' })
    expect(header.status).toBe(201)
    const flag = await api.rest('POST', '/accounts', { token }, { name: '拦截测试 有限公司', confirmDuplicate: true })
    expect(flag.status).toBe(201)
    expect(flag.body.doc.confirmDuplicate).toBeUndefined()
    await expect(
      payload.create({ collection: 'accounts', data: { tenant: d.id, name: '拦截测试集团' }, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 409 })
    const local = await payload.create({
      collection: 'accounts',
      data: { tenant: d.id, name: '拦截测试集团' },
      overrideAccess: true,
      context: { confirmDuplicate: true },
    })
    expect(local.id).toBeTruthy()
  })

  it('only creates are refused: editing a record that matches others is allowed', async () => {
    const other = await make('accounts', { name: 'Unrelated Block Co' }, d)
    const res = await api.rest('PATCH', `/accounts/${other.id}`, { token }, { email: 'block@example.test' })
    expect(res.status).toBe(200)
  })
})

describe('duplicate groups', () => {
  it('lists groups of records sharing a key, a page at a time, only among what the user may read', async () => {
    const e = await createTenant(payload, 'dupe')
    const admin = await api.login(e.people.admin.email, PASSWORD)
    const rep = await api.login(e.people.repRoot.email, PASSWORD)
    const mine = { owner: e.people.repRoot.id, department: e.departments.root }
    const theirs = { owner: e.people.repOther.id, department: e.departments.other }
    await make('accounts', { name: 'Group One Ltd', ...mine }, e)
    await make('accounts', { name: 'GROUP ONE LLC', ...mine }, e)
    await make('accounts', { name: 'Group Two', phone: '13100001111', ...mine }, e)
    await make('accounts', { name: 'Another Two', phone: '+86 131 0000 1111', ...theirs }, e)
    await make('accounts', { name: 'Group Three', email: 'three@example.test', ...theirs }, e)
    await make('accounts', { name: 'Other Three', email: 'THREE@example.test', ...theirs }, e)
    await make('accounts', { name: 'Alone', ...mine }, e)

    const first = await api.rest('GET', '/accounts/duplicates?limit=2&page=1', { token: admin })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ totalDocs: 3, totalPages: 2, page: 1, limit: 2 })
    expect(first.body.docs).toHaveLength(2)
    const second = await api.rest('GET', '/accounts/duplicates?limit=2&page=2', { token: admin })
    expect(second.body.docs).toHaveLength(1)
    const all = [...first.body.docs, ...second.body.docs]
    expect(all.map((g: { key: string }) => g.key).sort()).toEqual(['email', 'name', 'phone'])
    for (const group of all) expect(group.size).toBe(2)
    const names = all.find((g: { key: string }) => g.key === 'name').records.map((r: { title: string }) => r.title)
    expect(names.sort()).toEqual(['GROUP ONE LLC', 'Group One Ltd'])

    // The rep reads only their own two: one group, nothing of the colleague's.
    const repGroups = await api.rest('GET', '/accounts/duplicates', { token: rep })
    expect(repGroups.body.totalDocs).toBe(1)
    expect(repGroups.body.docs[0].key).toBe('name')
  })
})

describe('merge', () => {
  const merge = (who: Who, slug: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api.rest('POST', `/${slug}/merge`, { token: tokens[who], headers: { 'accept-language': 'en', ...headers } }, body)

  async function accountWithEverything(name: string) {
    const account = await make('accounts', { name, phone: '010-1000 2000', email: `merge-${Date.now()}@example.test` })
    const contact = await make('contacts', { name: `${name} 联系人`, account: account.id })
    const opportunity = await make('opportunities', { name: `${name} 机会`, account: account.id, contact: contact.id })
    const quote = await make('quotes', { account: account.id, contact: contact.id, items: [] })
    const activity = await make('activities', {
      subject: `${name} 拜访`,
      relatedTo: { relationTo: 'accounts', value: account.id },
    })
    const note = await make('notes', { title: `${name} 备忘`, relatedTo: { relationTo: 'accounts', value: account.id } })
    const lead = await make('leads', { name: `${name} 线索`, convertedAccount: account.id })
    const service = await make('service-requests', { account: account.id, contact: contact.id })
    return { account, contact, opportunity, quote, activity, note, lead, service }
  }

  it('moves every related record to the survivor, keeps the chosen values, trashes the duplicate, audits', async () => {
    const survivor = await make('accounts', {
      name: '合并保留有限公司',
      phone: '021-5555 0000',
      sharedWith: [a.people.repChild.id],
    })
    const dup = await accountWithEverything('合并重复公司')
    await payload.update({
      collection: 'accounts',
      id: dup.account.id,
      data: { sharedWith: [a.people.manager.id] },
      overrideAccess: true,
    })
    const res = await merge('repRoot', 'accounts', {
      survivor: survivor.id,
      duplicate: dup.account.id,
      values: { phone: 'duplicate', sharedWith: 'duplicate', name: 'survivor' },
    })
    expect(res.status).toBe(200)
    expect(res.body.moved).toMatchObject({
      contacts: 1,
      opportunities: 1,
      quotes: 1,
      activities: 1,
      notes: 1,
      leads: 1,
      'service-requests': 1,
    })
    const kept = await stored('accounts', survivor.id)
    expect(kept.name).toBe('合并保留有限公司')
    expect(kept.phone).toBe('010-1000 2000')
    expect((kept.sharedWith as Id[]).map(String)).toEqual([String(a.people.manager.id)])
    expect(res.body.survivor.phone).toBe('010-1000 2000')

    expect(String((await stored('contacts', dup.contact.id)).account)).toBe(String(survivor.id))
    expect(String((await stored('opportunities', dup.opportunity.id)).account)).toBe(String(survivor.id))
    expect(String((await stored('quotes', dup.quote.id)).account)).toBe(String(survivor.id))
    expect(String((await stored('service-requests', dup.service.id)).account)).toBe(String(survivor.id))
    expect(String((await stored('leads', dup.lead.id)).convertedAccount)).toBe(String(survivor.id))
    for (const [slug, doc] of [
      ['activities', dup.activity],
      ['notes', dup.note],
    ] as const) {
      const relatedTo = (await stored(slug, doc.id)).relatedTo as { relationTo: string; value: Id }
      expect(relatedTo.relationTo).toBe('accounts')
      expect(String(relatedTo.value)).toBe(String(survivor.id))
    }

    const gone = await stored('accounts', dup.account.id)
    expect(gone.deletedAt).toBeTruthy()
    expect(String(gone.mergedInto)).toBe(String(survivor.id))
    expect((await api.rest('GET', `/accounts/${dup.account.id}`, as('repRoot'))).status).toBe(404)

    const { docs: entries } = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'merge' } }, { recordId: { equals: String(survivor.id) } }] },
      overrideAccess: true,
    })
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ entity: 'accounts', mergedRecordId: String(dup.account.id) })
    expect(String((entries[0].user as { id: Id }).id ?? entries[0].user)).toBe(String(a.people.repRoot.id))
    expect(entries[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'phone', from: 'duplicate', before: '021-5555 0000', after: '010-1000 2000' },
        { field: 'name', from: 'survivor', before: '合并保留有限公司', after: '合并保留有限公司' },
      ]),
    )
    // The survivor's history shows the duplicate's too (created, shared, moved to the bin).
    const history = await api.rest('GET', `/audit-log/record/accounts/${survivor.id}?limit=100`, as('repRoot'))
    expect(history.status).toBe(200)
    const fromDuplicate = history.body.docs.filter((e: { recordId: string }) => e.recordId === String(dup.account.id))
    expect(fromDuplicate.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete', 'update'])
    expect(history.body.docs.map((e: { action: string }) => e.action)).toContain('merge')
  })

  it('merging contacts moves hasMany memberships (campaigns, activities) without naming the survivor twice', async () => {
    const account = await make('accounts', { name: '联系人合并客户' })
    const keep = await make('contacts', { name: '李雷', account: account.id, mobile: '13811112222' })
    const dup = await make('contacts', { name: '李 雷', account: account.id, email: 'lilei@example.test' })
    const campaign = await make('campaigns', { contacts: [keep.id, dup.id] })
    const activity = await make('activities', { subject: '电话', contacts: [dup.id] })
    const quote = await make('quotes', { account: account.id, contact: dup.id, items: [] })
    const res = await merge('repRoot', 'contacts', { survivor: keep.id, duplicate: dup.id, values: { email: 'duplicate' } })
    expect(res.status).toBe(200)
    expect(((await stored('campaigns', campaign.id)).contacts as Id[]).map(String)).toEqual([String(keep.id)])
    expect(((await stored('activities', activity.id)).contacts as Id[]).map(String)).toEqual([String(keep.id)])
    expect(String((await stored('quotes', quote.id)).contact)).toBe(String(keep.id))
    const kept = await stored('contacts', keep.id)
    expect(kept).toMatchObject({ mobile: '13811112222', email: 'lilei@example.test' })
  })

  it('finds links from the config itself: nested, hasMany and polymorphic fields of every collection', () => {
    const paths = (target: string) => referencesTo(payload, target).map((r) => `${r.collection}.${r.path}`)
    expect(paths('accounts')).toEqual(
      expect.arrayContaining([
        'contacts.account',
        'opportunities.account',
        'quotes.account',
        'invoices.account',
        'contracts.account',
        'service-requests.account',
        'leads.convertedAccount',
        'activities.relatedTo',
        'notes.relatedTo',
        'tasks.relatedTo',
        'accounts.mergedInto',
      ]),
    )
    expect(paths('contacts')).toEqual(
      expect.arrayContaining(['campaigns.contacts', 'activities.contacts', 'quotes.contact', 'leads.convertedContact']),
    )
    expect(paths('leads')).toEqual(expect.arrayContaining(['campaigns.leads', 'activities.relatedTo']))
  })

  it('merging leads moves campaign memberships and follow-ups; a chain of merges keeps every history', async () => {
    const keep = await make('leads', { name: '韩梅梅', company: '星光科技', mobile: '18800001111' })
    const middle = await make('leads', { name: '韩 梅梅', company: '星光科技有限公司' })
    const first = await make('leads', { name: 'Han Meimei', mobile: '+86 188 0000 1111' })
    const campaign = await make('campaigns', { leads: [first.id] })
    const task = await make('tasks', { subject: '回访', relatedTo: { relationTo: 'leads', value: first.id } })
    expect((await merge('repRoot', 'leads', { survivor: middle.id, duplicate: first.id })).status).toBe(200)
    expect((await merge('repRoot', 'leads', { survivor: keep.id, duplicate: middle.id })).status).toBe(200)
    expect(((await stored('campaigns', campaign.id)).leads as Id[]).map(String)).toEqual([String(keep.id)])
    expect(String(((await stored('tasks', task.id)).relatedTo as { value: Id }).value)).toBe(String(keep.id))
    // The record merged first now points at the final survivor too.
    expect(String((await stored('leads', first.id)).mergedInto)).toBe(String(keep.id))
    const history = await api.rest('GET', `/audit-log/record/leads/${keep.id}?limit=100`, as('repRoot'))
    const records = new Set(history.body.docs.map((e: { recordId: string }) => e.recordId))
    expect(records).toEqual(new Set([String(keep.id), String(middle.id), String(first.id)]))
  })

  it('a failure halfway leaves every record as it was', async () => {
    const survivor = await make('accounts', { name: '失败合并保留' })
    const dup = await accountWithEverything('失败合并重复')
    // An opportunity whose contact works elsewhere cannot follow the account: the merge must fail on it,
    // after the contacts, the duplicate and the survivor were already written.
    const elsewhere = await make('accounts', { name: '别处客户' })
    const stranger = await make('contacts', { name: '别处联系人', account: elsewhere.id })
    const broken = await make('opportunities', { name: '坏机会', account: dup.account.id })
    await payload.db.updateOne({ collection: 'opportunities', id: broken.id, data: { contact: stranger.id }, returning: false })
    const auditBefore = await payload.count({ collection: 'audit-log', overrideAccess: true })
    const res = await merge('repRoot', 'accounts', {
      survivor: survivor.id,
      duplicate: dup.account.id,
      values: { phone: 'duplicate' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('contact')
    const gone = await stored('accounts', dup.account.id)
    expect(gone.deletedAt ?? null).toBeNull()
    expect(gone.mergedInto ?? null).toBeNull()
    expect((await stored('accounts', survivor.id)).phone ?? null).toBeNull()
    expect(String((await stored('contacts', dup.contact.id)).account)).toBe(String(dup.account.id))
    expect(String((await stored('quotes', dup.quote.id)).account)).toBe(String(dup.account.id))
    const relatedTo = (await stored('activities', dup.activity.id)).relatedTo as { value: Id }
    expect(String(relatedTo.value)).toBe(String(dup.account.id))
    expect((await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs).toBe(auditBefore.totalDocs)
  })

  it('a stale version of either record is refused with 409 and nothing moves', async () => {
    const survivor = await make('accounts', { name: '版本保留' })
    const dup = await make('accounts', { name: '版本重复' })
    const contact = await make('contacts', { name: '版本联系人', account: dup.id })
    const old = '2000-01-01T00:00:00.000Z'
    const bySurvivor = await merge(
      'repRoot',
      'accounts',
      { survivor: survivor.id, duplicate: dup.id },
      { 'if-match': `"${old}"` },
    )
    expect(bySurvivor.status).toBe(409)
    const byDuplicate = await merge('repRoot', 'accounts', { survivor: survivor.id, duplicate: dup.id, duplicateVersion: old })
    expect(byDuplicate.status).toBe(409)
    expect((await stored('accounts', dup.id)).deletedAt ?? null).toBeNull()
    expect(String((await stored('contacts', contact.id)).account)).toBe(String(dup.id))
    const current = await stored('accounts', survivor.id)
    const fresh = await merge('repRoot', 'accounts', {
      survivor: survivor.id,
      duplicate: dup.id,
      survivorVersion: current.updatedAt,
      duplicateVersion: (await stored('accounts', dup.id)).updatedAt,
    })
    expect(fresh.status).toBe(200)
  })

  it('refuses clearly: itself, unknown fields, bad choices, contacts of two accounts, two tenants', async () => {
    const one = await make('accounts', { name: '拒绝一' })
    const two = await make('accounts', { name: '拒绝二' })
    const self = await merge('repRoot', 'accounts', { survivor: one.id, duplicate: one.id })
    expect(self.status).toBe(400)
    expect(self.body.errors[0].data.errors[0]).toMatchObject({
      path: 'duplicate',
      message: 'A record cannot be merged with itself.',
    })
    const unknown = await merge('repRoot', 'accounts', { survivor: one.id, duplicate: two.id, values: { nope: 'duplicate' } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors[0].path).toBe('values.nope')
    const tenant = await merge('repRoot', 'accounts', { survivor: one.id, duplicate: two.id, values: { tenant: 'duplicate' } })
    expect(tenant.body.errors[0].data.errors[0].path).toBe('values.tenant')
    const choice = await merge('repRoot', 'accounts', { survivor: one.id, duplicate: two.id, values: { phone: 'both' } })
    expect(choice.body.errors[0].data.errors[0].path).toBe('values.phone')
    const missing = await merge('repRoot', 'accounts', { survivor: one.id })
    expect(missing.body.errors[0].data.errors[0].path).toBe('duplicate')

    const c1 = await make('contacts', { name: '同名', account: one.id })
    const c2 = await make('contacts', { name: '同名', account: two.id })
    const contacts = await merge('repRoot', 'contacts', { survivor: c1.id, duplicate: c2.id })
    expect(contacts.status).toBe(400)
    expect(contacts.body.errors[0].data.errors[0].path).toBe('account')

    const inB = await make('accounts', { name: '拒绝二' }, b)
    const cross = await api.rest(
      'POST',
      '/accounts/merge',
      { token: rootToken, headers: { 'accept-language': 'en' } },
      { survivor: one.id, duplicate: inB.id },
    )
    expect(cross.status).toBe(400)
    expect(cross.body.errors[0].data.errors[0].message).toBe('Records of different tenants cannot be merged.')
    expect((await stored('accounts', inB.id)).deletedAt ?? null).toBeNull()
  })

  it('a rep cannot merge a record they cannot read, nor a pool record they cannot change', async () => {
    const mine = await make('accounts', { name: '我的客户' })
    const theirs = await make('accounts', { name: '别人的客户', owner: a.people.repOther.id, department: a.departments.other })
    const notVisible = await merge('repRoot', 'accounts', { survivor: mine.id, duplicate: theirs.id })
    expect(notVisible.status).toBe(404)
    const pool = await make('accounts', { name: '公海的客户', owner: null, department: null })
    const notMine = await merge('repRoot', 'accounts', { survivor: mine.id, duplicate: pool.id })
    expect(notMine.status).toBe(403)
    const reversed = await merge('repRoot', 'accounts', { survivor: pool.id, duplicate: mine.id })
    expect(reversed.status).toBe(403)
    for (const id of [theirs.id, pool.id, mine.id]) expect((await stored('accounts', id)).deletedAt ?? null).toBeNull()
    // repOther works in Service, outside the Sales manager's tree: not there for the manager either.
    const byManager = await merge('manager', 'accounts', { survivor: mine.id, duplicate: theirs.id })
    expect(byManager.status).toBe(404)
    const admin = await merge('admin', 'accounts', { survivor: mine.id, duplicate: theirs.id })
    expect(admin.status).toBe(200)
  })
})
