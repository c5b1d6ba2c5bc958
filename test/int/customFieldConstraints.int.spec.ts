import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { generateAllCustomTypes } from '../../src/customFields/types/generateAllCustomTypes'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/** `x-unique` within the tenant and options from the tenant's dictionaries, on every write. */
let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
const tokens: Record<string, string> = {}

const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    licence: defineField('text', { unique: true }),
    seat: defineField('integer', { unique: true }),
    opened: defineField('date', { unique: true }),
    sector: defineField('select', { dictionary: 'industry', label: { en: 'Sector', zh: '所属行业' } }),
    channels: defineField('multiSelect', { dictionary: 'source' }),
    note: defineField('text'),
  },
}

const EN = { 'accept-language': 'en' }
const as = (who: string) => ({ token: tokens[who], headers: EN })
const errorsOf = (res: { body: any }) =>
  (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])
const UNIQUE = 'Another record already has this value; it must be unique.'

async function publish(token: string, body: unknown) {
  const created = await api.rest('POST', '/entity-schemas', { token, headers: EN }, body)
  if (created.status !== 201) return created
  return api.rest('POST', `/entity-schemas/${created.body.doc.id}/publish`, { token, headers: EN })
}

const account = (who: string, custom: Record<string, unknown>, name = 'Unique Co') =>
  api.rest('POST', '/accounts', as(who), { name, custom })

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'uniq')
  other = await createTenant(payload, 'uniq-other')
  tokens.admin = await api.login(t.people.admin.email, PASSWORD)
  tokens.rep = await api.login(t.people.repRoot.email, PASSWORD)
  tokens.otherAdmin = await api.login(other.people.admin.email, PASSWORD)
  for (const token of [tokens.admin, tokens.otherAdmin])
    expect((await publish(token, { entity: 'accounts', schema })).status).toBe(200)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('unique within the tenant', () => {
  let firstId: Id

  it('a second live record with the same value is refused, naming the field', async () => {
    const first = await account('rep', { licence: 'LIC-001' })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    firstId = first.body.doc.id
    const second = await account('rep', { licence: 'LIC-001' })
    expect(second.status).toBe(400)
    expect(errorsOf(second)).toEqual([['custom.licence', UNIQUE]])
  })

  it('counts records the user cannot see, and says so in Chinese too', async () => {
    const admins = await api.rest(
      'POST',
      '/accounts',
      { token: tokens.admin, headers: { 'accept-language': 'zh' } },
      {
        name: 'x',
        custom: { licence: 'LIC-001' },
      },
    )
    expect(errorsOf(admins)).toEqual([['custom.licence', '已有其他记录使用了这个值，该字段的值不能重复。']])
  })

  it('another tenant may hold the same value', async () => {
    expect((await account('otherAdmin', { licence: 'LIC-001' })).status).toBe(201)
  })

  it('an update to a value another record holds is refused; saving a record with its own value is not', async () => {
    const b = await account('rep', { licence: 'LIC-002' })
    expect(b.status).toBe(201)
    const clash = await api.rest('PATCH', `/accounts/${b.body.doc.id}`, as('rep'), { custom: { licence: 'LIC-001' } })
    expect(errorsOf(clash)).toEqual([['custom.licence', UNIQUE]])
    const own = await api.rest('PATCH', `/accounts/${firstId}`, as('rep'), { custom: { licence: 'LIC-001', note: 'same' } })
    expect(own.status).toBe(200)
  })

  it('trashed records do not count; restoring one whose value was taken meanwhile is refused', async () => {
    expect((await api.rest('PATCH', `/accounts/${firstId}`, as('rep'), { deletedAt: new Date().toISOString() })).status).toBe(200)
    const reuse = await account('rep', { licence: 'LIC-001' })
    expect(reuse.status).toBe(201)
    const restore = await api.rest('PATCH', `/accounts/${firstId}?trash=true`, as('rep'), { deletedAt: null })
    expect(restore.status).toBe(400)
    expect(errorsOf(restore)).toEqual([['custom.licence', UNIQUE]])
  })

  it('numbers and dates are unique by value too', async () => {
    expect((await account('rep', { seat: 7, opened: '2026-01-05' })).status).toBe(201)
    expect(errorsOf(await account('rep', { seat: 7 }))).toEqual([['custom.seat', UNIQUE]])
    expect(errorsOf(await account('rep', { opened: '2026-01-05' }))).toEqual([['custom.opened', UNIQUE]])
    expect((await account('rep', { seat: 70, opened: '2026-01-06' })).status).toBe(201)
  })

  it('of concurrent creates with one value exactly one succeeds', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => account('rep', { licence: 'LIC-RACE' }, `Racer ${i}`)))
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400])
    const stored = await payload.count({
      collection: 'accounts',
      where: { and: [{ tenant: { equals: t.id } }, { 'custom.licence': { equals: 'LIC-RACE' } }] },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
  })

  it('concurrent creates with different values all succeed', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => account('rep', { licence: `LIC-P${i}` })))
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201])
  })
})

describe('options from a dictionary', () => {
  it('accepts the tenant’s active entries and refuses others, naming the field and the value', async () => {
    expect((await account('rep', { sector: 'retail', channels: ['web', 'referral'] })).status).toBe(201)
    const bad = await account('rep', { sector: 'casino', channels: ['web', 'pigeon'] })
    expect(errorsOf(bad)).toEqual([
      ['custom.sector', '"casino" is not an active entry of the "industry" dictionary (sector).'],
      ['custom.channels', '"pigeon" is not an active entry of the "source" dictionary (channels).'],
    ])
  })

  it('a deactivated entry stays on the records that hold it, but cannot be written anew', async () => {
    const held = await account('rep', { sector: 'finance' })
    expect(held.status).toBe(201)
    const { docs } = await payload.find({
      collection: 'dictionaries',
      where: { and: [{ tenant: { equals: t.id } }, { key: { equals: 'industry' } }] },
      overrideAccess: true,
    })
    const dictionary = docs[0] as { id: Id; options: { value: string; active?: boolean }[] }
    await payload.update({
      collection: 'dictionaries',
      id: dictionary.id,
      data: { options: dictionary.options.map((o) => (o.value === 'finance' ? { ...o, active: false } : o)) },
      overrideAccess: true,
    })
    const id = held.body.doc.id
    expect((await api.rest('GET', `/accounts/${id}`, as('rep'))).body.custom.sector).toBe('finance')
    const resaved = await api.rest('PATCH', `/accounts/${id}`, as('rep'), { custom: { sector: 'finance', note: 'kept' } })
    expect(resaved.status).toBe(200)
    const fresh = await account('rep', { sector: 'finance' })
    expect(errorsOf(fresh)).toEqual([
      ['custom.sector', '"finance" is not an active entry of the "industry" dictionary (sector).'],
    ])
  })

  it('exports write the entries’ labels in the user’s language, deactivated ones included', async () => {
    const path = '/accounts/export?format=csv&columns=custom.sector,custom.channels'
    const zh = (await api.restRaw('GET', path, { token: tokens.rep, headers: { 'accept-language': 'zh' } })).bytes.toString(
      'utf8',
    )
    const [header, ...rows] = zh
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(header).toBe('所属行业,channels')
    expect(rows).toContain('零售,官网; 客户推荐')
    expect(rows).toContain('金融,')
    const en = (await api.restRaw('GET', path, as('rep'))).bytes.toString('utf8')
    expect(en).toContain('Retail,Website; Referral')
  })

  it('a version naming a dictionary the tenant does not have cannot be saved, so never published', async () => {
    const res = await publish(tokens.admin, {
      entity: 'contacts',
      schema: { ...schema, properties: { kind: defineField('select', { dictionary: 'no-such-list' }) } },
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([['schema', '/properties/kind/x-dictionary: The tenant has no dictionary "no-such-list"']])
  })
})

describe('generated types', () => {
  it('GET /api/entity-schemas/types?entity= returns the tenant’s declarations as text', async () => {
    const res = await api.restRaw('GET', '/entity-schemas/types?entity=accounts', as('rep'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/typescript/)
    const source = res.bytes.toString('utf8')
    expect(source).toContain('export interface AccountsCustom {')
    expect(source).toContain('tenant uniq, schema version 1')
    expect(source).toMatch(/licence\?: string/)
    // The dictionary's active entries, as a union.
    expect(source).toMatch(/channels\?: \("web" \| "referral" \|[^)]*\)\[\]/)
    expect(source).not.toContain('"finance"') // deactivated above
  })

  it('an entity without a published schema has no fields; an unknown entity is a 400 naming it', async () => {
    const empty = await api.restRaw('GET', '/entity-schemas/types?entity=leads', as('rep'))
    expect(empty.bytes.toString('utf8')).toMatch(/export interface LeadsCustom \{\s*\}/)
    const bad = await api.rest('GET', '/entity-schemas/types?entity=users', as('rep'))
    expect(bad.status).toBe(400)
    expect(errorsOf(bad)).toEqual([['entity', '"users" is not an entity with custom fields.']])
    expect((await api.rest('GET', '/entity-schemas/types?entity=accounts')).status).toBe(403)
  })

  it('the generator writes one file per tenant and published entity', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'formwork-generated-'))
    try {
      const files = (await generateAllCustomTypes(payload, out)).map((f) => path.relative(out, f)).sort()
      expect(files).toEqual([path.join('uniq', 'accounts.d.ts'), path.join('uniq-other', 'accounts.d.ts')].sort())
      expect(fs.readFileSync(path.join(out, 'uniq-other', 'accounts.d.ts'), 'utf8')).toContain('tenant uniq-other')
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  })
})
