import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Field permissions per role, for a base field and a custom field at each level. The sales role
 * (repRoot) is restricted; the manager is not; the tenant admin never is.
 *   hidden:   website (base),     custom.secret
 *   masked:   bankAccount (base), custom.hotline (phone)
 *   readOnly: taxNumber (base),   custom.level
 */
let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}
let accountId: Id

const REAL = {
  website: 'https://real.example.com',
  bankAccount: '6222020200112233',
  taxNumber: '91110000MA01',
  custom: { secret: 'the real secret', hotline: '13812345678', level: 'gold' },
}

const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    secret: { ...defineField('text'), 'x-permissions': { sales: 'hidden' } },
    hotline: { ...defineField('phone'), 'x-permissions': { sales: 'masked' } },
    level: { ...defineField('text'), 'x-permissions': { sales: 'readOnly', manager: 'readOnly' } },
    note: defineField('text'),
  },
}
const fieldPermissions = {
  website: { sales: 'hidden' },
  bankAccount: { sales: 'masked' },
  taxNumber: { sales: 'readOnly' },
  type: { sales: 'readOnly' }, // defaults to 'customer'
}

const as = (who: string) => ({ token: tokens[who], headers: { 'accept-language': 'en' } })
const stored = async (id: Id) =>
  (await payload.findByID({ collection: 'accounts', id, overrideAccess: true, depth: 0 })) as Record<string, any>
const errorsOf = (res: { body: any }) =>
  (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'fperm')
  for (const who of ['repRoot', 'repChild', 'manager', 'admin'] as const)
    tokens[who] = await api.login(t.people[who].email, PASSWORD)
  const created = await api.rest('POST', '/entity-schemas', as('admin'), { entity: 'accounts', schema, fieldPermissions })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const published = await api.rest('POST', `/entity-schemas/${created.body.doc.id}/publish`, as('admin'))
  expect(published.status).toBe(200)
  accountId = (
    await payload.create({
      collection: 'accounts',
      data: { tenant: t.id, owner: t.people.repRoot.id, department: t.departments.root, name: '权限客户', ...REAL },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('what a restricted role reads', () => {
  const expectRestricted = (doc: Record<string, any>) => {
    expect(doc).not.toHaveProperty('website')
    expect(doc.bankAccount).toBe('6***')
    expect(doc.taxNumber).toBe(REAL.taxNumber)
    expect(doc.custom).toEqual({ hotline: '138****5678', level: 'gold' })
  }

  it('REST reads and lists: hidden fields absent, masked ones masked, read-only ones plain', async () => {
    const one = await api.rest('GET', `/accounts/${accountId}`, as('repRoot'))
    expect(one.status).toBe(200)
    expectRestricted(one.body)
    const list = await api.rest('GET', '/accounts?depth=0', as('repRoot'))
    expectRestricted(list.body.docs.find((d: any) => String(d.id) === String(accountId)))
    expect(JSON.stringify(list.body)).not.toContain('real secret')
  })

  it('the manager (not restricted) and the tenant admin (never restricted) read everything', async () => {
    for (const who of ['manager', 'admin']) {
      const res = await api.rest('GET', `/accounts/${accountId}`, as(who))
      expect(res.body, who).toMatchObject(REAL)
    }
  })

  it('versions are restricted the same way', async () => {
    const versions = await api.rest('GET', `/accounts/versions?where[parent][equals]=${accountId}`, as('repRoot'))
    expect(versions.status).toBe(200)
    expect(versions.body.docs.length).toBeGreaterThan(0)
    for (const v of versions.body.docs) {
      expect(v.version).not.toHaveProperty('website')
      expect(v.version.custom).not.toHaveProperty('secret')
      expect(v.version.custom.hotline).toBe('138****5678')
    }
  })

  it('GraphQL reads are restricted the same way', async () => {
    const res = await api.graphql(
      `query($id: ${typeof accountId === 'number' ? 'Int' : 'String'}!) { Account(id: $id) { website bankAccount taxNumber custom } }`,
      { id: accountId },
      as('repRoot'),
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Account).toEqual({
      website: null,
      bankAccount: '6***',
      taxNumber: REAL.taxNumber,
      custom: { hotline: '138****5678', level: 'gold' },
    })
  })

  it('GET /api/entity-schemas/field-rules tells forms what is restricted for the user', async () => {
    const mine = await api.rest('GET', '/entity-schemas/field-rules?entity=accounts', as('repRoot'))
    expect(mine.body).toEqual({
      entity: 'accounts',
      rules: {
        'custom.secret': 'hidden',
        'custom.hotline': 'masked',
        'custom.level': 'readOnly',
        website: 'hidden',
        bankAccount: 'masked',
        taxNumber: 'readOnly',
        type: 'readOnly',
      },
    })
    const managers = await api.rest('GET', '/entity-schemas/field-rules?entity=accounts', as('manager'))
    expect(managers.body.rules).toEqual({ 'custom.level': 'readOnly' })
    expect((await api.rest('GET', '/entity-schemas/field-rules?entity=accounts', as('admin'))).body.rules).toEqual({})
  })

  it('the Local API with the user restricts; server code that overrides access reads the stored values', async () => {
    const user = await payload.findByID({ collection: 'users', id: t.people.repRoot.id, overrideAccess: true })
    const asUser = await payload.findByID({
      collection: 'accounts',
      id: accountId,
      overrideAccess: false,
      user: { ...user, collection: 'users' },
    })
    expectRestricted(asUser as Record<string, any>)
    expect(await stored(accountId)).toMatchObject(REAL)
  })
})

describe('what a restricted role writes', () => {
  it('a read-only or hidden field, base or custom, cannot be changed: 400 naming each field', async () => {
    for (const [body, path, text] of [
      [{ taxNumber: 'CHANGED' }, 'taxNumber', /may read this field but not change it/],
      [{ custom: { level: 'silver' } }, 'custom.level', /may read this field but not change it/],
      [{ website: 'https://evil.example.com' }, 'website', /may not see or change this field/],
      [{ custom: { secret: 'overwritten' } }, 'custom.secret', /may not see or change this field/],
    ] as const) {
      const res = await api.rest('PATCH', `/accounts/${accountId}`, as('repRoot'), body)
      expect(res.status, path).toBe(400)
      expect(errorsOf(res), path).toEqual([[path, expect.stringMatching(text)]])
    }
    expect(await stored(accountId)).toMatchObject(REAL)
  })

  it('the message is in the user’s language', async () => {
    const res = await api.rest(
      'PATCH',
      `/accounts/${accountId}`,
      { token: tokens.repRoot, headers: { 'accept-language': 'zh' } },
      { taxNumber: 'X' },
    )
    expect(errorsOf(res)).toEqual([['taxNumber', '您的角色可以查看该字段，但不能修改。']])
  })

  it('a new record cannot set a read-only or hidden field either', async () => {
    const res = await api.rest('POST', '/accounts', as('repRoot'), { name: '新客户', custom: { level: 'gold' } })
    expect(errorsOf(res)).toEqual([['custom.level', expect.stringMatching(/not change it/)]])
  })

  it('a create form may send a read-only field’s default, nothing else', async () => {
    const prefilled = await api.rest('POST', '/accounts', as('repRoot'), { name: '默认类型', type: 'customer' })
    expect(prefilled.status, JSON.stringify(prefilled.body)).toBe(201)
    const chosen = await api.rest('POST', '/accounts', as('repRoot'), { name: '合作伙伴', type: 'partner' })
    expect(errorsOf(chosen)).toEqual([['type', expect.stringMatching(/not change it/)]])
    await payload.delete({ collection: 'accounts', id: prefilled.body.doc.id, overrideAccess: true })
  })

  it('saving back what was shown keeps every stored value and changes only what was edited', async () => {
    const shown = (await api.rest('GET', `/accounts/${accountId}?depth=0`, as('repRoot'))).body
    const res = await api.rest('PATCH', `/accounts/${accountId}`, as('repRoot'), {
      ...shown,
      website: null, // a form leaves a hidden field empty
      paymentTerms: 'Net 30',
      custom: { ...shown.custom, note: 'edited' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await stored(accountId)
    expect(after).toMatchObject({ ...REAL, paymentTerms: 'Net 30', custom: { ...REAL.custom, note: 'edited' } })
    // The trail records the real edit only: nothing hidden or masked looks changed.
    const last = await payload.find({
      collection: 'audit-log',
      where: { and: [{ entity: { equals: 'accounts' } }, { recordId: { equals: String(accountId) } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect((last.docs[0].changes as { field: string }[]).map((c) => c.field).sort()).toEqual(['custom.note', 'paymentTerms'])
  })

  it('an edited mask is refused; a masked value typed in full is saved', async () => {
    const edited = await api.rest('PATCH', `/accounts/${accountId}`, as('repRoot'), { custom: { hotline: '138****5679' } })
    expect(errorsOf(edited)).toEqual([['custom.hotline', expect.stringMatching(/masked/)]])
    const typed = await api.rest('PATCH', `/accounts/${accountId}`, as('repRoot'), {
      bankAccount: '6222999988887777',
      custom: { hotline: '13900001111' },
    })
    expect(typed.status, JSON.stringify(typed.body)).toBe(200)
    expect(typed.body.doc.custom.hotline).toBe('139****1111')
    expect(await stored(accountId)).toMatchObject({ bankAccount: '6222999988887777', custom: { hotline: '13900001111' } })
    await payload.update({
      collection: 'accounts',
      id: accountId,
      data: { bankAccount: REAL.bankAccount, custom: { hotline: REAL.custom.hotline } },
      overrideAccess: true,
    })
  })

  it('the manager changes the fields sales may not', async () => {
    const res = await api.rest('PATCH', `/accounts/${accountId}`, as('manager'), { website: 'https://new.example.com' })
    expect(res.status).toBe(200)
    await payload.update({ collection: 'accounts', id: accountId, data: { website: REAL.website }, overrideAccess: true })
  })
})

describe('what a restricted role can search', () => {
  it.each([
    ['a hidden base field', '/accounts?where[website][equals]=https://real.example.com', 'website'],
    ['a hidden custom field', '/accounts?where[custom.secret][exists]=true', 'custom.secret'],
    ['like on a masked base field', '/accounts?where[bankAccount][like]=6222', 'bankAccount'],
    ['contains on a masked custom field', '/accounts?where[custom.hotline][contains]=1381', 'custom.hotline'],
    ['sorting by a masked field', '/accounts?sort=-custom.hotline', 'custom.hotline'],
    ['a nested or', '/accounts?where[or][0][name][equals]=x&where[or][1][custom.secret][like]=real', 'custom.secret'],
    ['a count', '/accounts/count?where[website][like]=real', 'website'],
  ])('%s is refused with 400 naming it', async (_, path, field) => {
    const res = await api.rest('GET', path, as('repRoot'))
    expect(res.status).toBe(400)
    expect(errorsOf(res).map(([p]: string[]) => p)).toContain(field)
  })

  it('paths through a relation are checked against the related collection’s rules', async () => {
    await payload.create({
      collection: 'opportunities',
      data: { tenant: t.id, owner: t.people.repRoot.id, department: t.departments.root, name: 'Renewal', account: accountId },
      overrideAccess: true,
    })
    for (const [path, field] of [
      ['/opportunities?where[account.website][like]=real', 'account.website'],
      ['/opportunities?where[account.custom.hotline][like]=1381', 'account.custom.hotline'],
      ['/opportunities?sort=account.bankAccount', 'account.bankAccount'],
    ]) {
      const res = await api.rest('GET', path, as('repRoot'))
      expect(res.status, path).toBe(400)
      expect(errorsOf(res).map(([p]: string[]) => p)).toEqual([field])
    }
    const allowed = await api.rest('GET', '/opportunities?where[account.taxNumber][like]=9111', as('repRoot'))
    expect(allowed.body.totalDocs).toBe(1)
    const manager = await api.rest('GET', '/opportunities?where[account.website][like]=real', as('manager'))
    expect(manager.body.totalDocs).toBe(1)
  })

  it('GraphQL filters on a hidden field are refused too', async () => {
    const res = await api.graphql('{ Accounts(where: { website: { like: "real" } }) { docs { id } } }', {}, as('repRoot'))
    expect(res.body.data?.Accounts ?? null).toBeNull()
    expect(JSON.stringify(res.body.errors)).toMatch(/website/)
    const manager = await api.graphql('{ Accounts(where: { website: { like: "real" } }) { docs { id } } }', {}, as('manager'))
    expect(manager.body.data.Accounts.docs).toHaveLength(1)
  })

  it('the slot column that mirrors a hidden custom field cannot be queried directly either (REST, GraphQL)', async () => {
    const [version] = (
      await payload.find({
        collection: 'entity-schemas',
        where: { and: [{ entity: { equals: 'accounts' } }, { status: { equals: 'published' } }] },
        depth: 0,
        overrideAccess: true,
      })
    ).docs as unknown as { slots: Record<string, string> }[]
    const slot = version.slots.secret
    expect(slot).toMatch(/^slotText\d$/)
    const rest = await api.rest('GET', `/accounts?where[${slot}][like]=real`, as('repRoot'))
    expect(rest.status).toBe(400)
    expect(errorsOf(rest).map(([p]: string[]) => p)).toEqual([slot])
    const graphql = await api.graphql(`{ Accounts(where: { ${slot}: { like: "real" } }) { docs { id } } }`, {}, as('repRoot'))
    expect(graphql.body.data?.Accounts ?? null).toBeNull()
    const manager = await api.rest('GET', `/accounts?where[${slot}][like]=real`, as('manager'))
    expect(manager.body.totalDocs).toBe(1)
  })

  it('an exact lookup of a masked value and a read-only field stay; unrestricted roles search freely', async () => {
    const exact = await api.rest('GET', '/accounts?where[custom.hotline][equals]=13812345678', as('repRoot'))
    expect(exact.status).toBe(200)
    expect(exact.body.totalDocs).toBe(1)
    const readOnly = await api.rest('GET', '/accounts?where[taxNumber][like]=9111', as('repRoot'))
    expect(readOnly.body.totalDocs).toBe(1)
    const manager = await api.rest('GET', '/accounts?where[custom.secret][like]=real', as('manager'))
    expect(manager.body.totalDocs).toBe(1)
  })
})

describe('exports and history', () => {
  it('CSV: hidden columns absent, masked cells masked; the manager’s file has everything', async () => {
    const path = '/accounts/export?format=csv&columns=name,website,bankAccount,taxNumber,custom.secret,custom.hotline'
    const mine = (await api.restRaw('GET', path, as('repRoot'))).bytes.toString('utf8')
    const [header, ...rows] = mine
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(header.split(',')).toEqual(['Name', 'Bank account', 'Tax number', 'hotline'])
    expect(rows.join('\n')).toContain('权限客户,6***,91110000MA01,138****5678')
    for (const secret of [REAL.website, REAL.bankAccount, REAL.custom.secret, REAL.custom.hotline])
      expect(mine).not.toContain(secret)
    const managers = (await api.restRaw('GET', path, as('manager'))).bytes.toString('utf8')
    for (const value of [REAL.website, REAL.bankAccount, REAL.custom.secret, REAL.custom.hotline])
      expect(managers).toContain(value)
  })

  it('XLSX: the same columns and cells', async () => {
    const file = await api.restRaw('GET', '/accounts/export?format=xlsx&columns=name,website,custom.hotline', as('repRoot'))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file.bytes as never)
    const sheet = book.worksheets[0]
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Name', 'hotline'])
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['权限客户', '138****5678'])
  })

  it('the record history leaves out hidden fields’ changes and masks masked ones', async () => {
    await payload.update({
      collection: 'accounts',
      id: accountId,
      data: { website: 'https://changed.example.com', custom: { secret: 'changed secret', hotline: '13700007777' } },
      overrideAccess: true,
    })
    const history = await api.rest('GET', `/audit-log/record/accounts/${accountId}`, as('repRoot'))
    expect(history.status).toBe(200)
    const changes = history.body.docs.flatMap((e: any) => e.changes)
    expect(changes.map((c: any) => c.field)).not.toContain('website')
    expect(changes.map((c: any) => c.field)).not.toContain('custom.secret')
    expect(changes).toContainEqual({ field: 'custom.hotline', before: '138****5678', after: '137****7777' })
    expect(JSON.stringify(history.body)).not.toMatch(/secret|real\.example|13700007777/)
    const manager = await api.rest('GET', `/audit-log/record/accounts/${accountId}`, as('manager'))
    expect(JSON.stringify(manager.body)).toContain('changed secret')
  })
})

describe('several roles: the least restrictive wins', () => {
  it('a rep who also holds a role that reads a field plainly sees it plainly', async () => {
    const reader = await payload.create({
      collection: 'roles',
      data: {
        tenant: t.id,
        key: 'reader',
        name: 'Reader',
        permissions: [{ collection: 'accounts', actions: ['read'], scope: 'all' }],
      },
      overrideAccess: true,
    })
    // The schema restricts nothing for the reader role: every field is plain for it, so for the rep.
    await payload.update({
      collection: 'users',
      id: t.people.repChild.id,
      data: { memberships: [{ tenant: t.id, roles: [t.roles.sales, reader.id], department: t.departments.child }] },
      overrideAccess: true,
    })
    const res = await api.rest('GET', `/accounts/${accountId}`, as('repChild'))
    expect(res.status).toBe(200)
    expect(res.body.website).toBe('https://changed.example.com')
    expect(res.body.custom.secret).toBe('changed secret')
    expect(res.body.bankAccount).toBe(REAL.bankAccount)
  })
})

describe('configuring base-field permissions', () => {
  it('refuses unknown fields, levels and a required field made hidden, with JSON pointers', async () => {
    const res = await api.rest('POST', '/entity-schemas', as('admin'), {
      entity: 'accounts',
      schema,
      fieldPermissions: { nope: { sales: 'hidden' }, phone: { sales: 'invisible' }, name: { sales: 'hidden' } },
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([
      ['fieldPermissions', expect.stringMatching(/^\/nope: "nope" is not a base field/)],
      ['fieldPermissions', expect.stringMatching(/^\/phone\/sales: "invisible" is not one of/)],
      ['fieldPermissions', expect.stringMatching(/^\/name\/sales: "name" is required/)],
    ])
  })
})
