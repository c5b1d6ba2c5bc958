import ExcelJS from 'exceljs'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { MAX_FILE_MB, readImportFile } from '../../src/import/parse/readFile'
import { runImport } from '../../src/import/run/runImport'
import { Api } from '../helpers/api'
import { killAtProbe } from '../helpers/killAtProbe'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Importing CSV and XLSX files through the endpoints and the job's engine, on a real database: file
 * problems, mapping, conversions, lookups, duplicate rules, dry run against the run, the accounting
 * identity, a killed run resumed, undo, and the rejected-rows file imported again once fixed.
 */
let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
const tokens: Record<string, string> = {}
const EN = { 'accept-language': 'en' }
const as = (who: string) => ({ token: tokens[who], headers: EN })

const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    budget: defineField('currency', { label: { en: 'Budget', zh: '预算' } }),
    visitOn: defineField('date', { label: { en: 'Visit on', zh: '拜访日期' } }),
    tier: defineField('select', {
      label: { en: 'Tier', zh: '等级' },
      options: [
        { value: 'gold', label: { en: 'Gold', zh: '金牌' } },
        { value: 'silver', label: { en: 'Silver', zh: '银牌' } },
      ],
    }),
  },
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'imp')
  other = await createTenant(payload, 'imp-other')
  tokens.admin = await api.login(t.people.admin.email, PASSWORD)
  tokens.rep = await api.login(t.people.repRoot.email, PASSWORD)
  tokens.otherAdmin = await api.login(other.people.admin.email, PASSWORD)
  const created = await api.rest('POST', '/entity-schemas', as('admin'), { entity: 'leads', schema })
  expect(created.status).toBe(201)
  expect((await api.rest('POST', `/entity-schemas/${created.body.doc.id}/publish`, as('admin'))).status).toBe(200)
  // Email is the only active duplicate key for leads here, so rules are easy to follow.
  await payload.update({
    collection: 'tenants',
    id: t.id,
    data: { duplicates: { leads: { policy: 'warn', name: false, phone: false, email: true } } } as never,
    overrideAccess: true,
  })
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')
const upload = (who: string, collection: string, filename: string, bytes: Uint8Array, encoding = 'auto') =>
  api.rest('POST', '/imports/upload', as(who), {
    collection,
    filename,
    encoding,
    content: Buffer.from(bytes).toString('base64'),
  })
const fileError = (res: { status: number; body: any }) => {
  expect(res.status).toBe(400)
  return res.body.errors[0].data.errors[0].message as string
}
const leadsWhere = async (where: Where) =>
  (
    await payload.find({
      collection: 'leads',
      where: { and: [{ tenant: { equals: t.id } }, where] },
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
  ).docs as unknown as Record<string, any>[]
const leadsIn = async (tenant: Id, prefix: string) =>
  (
    await payload.count({
      collection: 'leads',
      where: { and: [{ tenant: { equals: tenant } }, { name: { like: prefix } }] },
      overrideAccess: true,
    })
  ).totalDocs
const progress = async (id: Id) => (await api.rest('GET', `/imports/${id}/progress`, as('admin'))).body
const sum = (c: Record<string, number>) => c.created + c.updated + c.skipped + c.rejected

/** Upload, dry run and run a file as the admin; returns the import id and both results. */
async function importFile(
  bytes: Uint8Array,
  mapping: Record<string, string>,
  options: Record<string, unknown>,
  name = 'leads.csv',
) {
  const up = await upload('admin', 'leads', name, bytes)
  expect(up.status, JSON.stringify(up.body)).toBe(200)
  const dry = await api.rest('POST', `/imports/${up.body.id}/dry-run`, as('admin'), { mapping, options })
  expect(dry.status, JSON.stringify(dry.body)).toBe(200)
  const start = await api.rest('POST', `/imports/${up.body.id}/start`, as('admin'), { mapping, options })
  expect(start.status, JSON.stringify(start.body)).toBe(200)
  // Started as on screen: the run waits on the imports queue, which the app runs every few seconds.
  await payload.jobs.run({ queue: 'imports', limit: 10 })
  const run = await progress(up.body.id)
  expect(run.status, JSON.stringify(run)).toBe('done')
  return { id: up.body.id as Id, upload: up.body, dry: dry.body, run }
}

const LEAD_MAPPING = {
  姓名: 'name',
  公司: 'company',
  邮箱: 'email',
  状态: 'status',
  预算: 'custom.budget',
  拜访日期: 'custom.visitOn',
  等级: 'custom.tier',
}

describe('files that are not what they say', () => {
  it('refuses empty, mislabelled, undecodable, merged, formula and header-less files with a clear message', async () => {
    expect(fileError(await upload('admin', 'leads', 'a.csv', csv(['姓名,邮箱'])))).toMatch(/empty/)
    expect(fileError(await upload('admin', 'leads', 'a.csv', Buffer.alloc(0)))).toMatch(/empty/)
    expect(fileError(await upload('admin', 'leads', 'a.xlsx', csv(['name', 'x'])))).toMatch(/not an Excel workbook/)
    expect(fileError(await upload('admin', 'leads', 'a.pdf', csv(['name', 'x'])))).toMatch(/Only \.csv and \.xlsx/)
    expect(fileError(await upload('admin', 'leads', 'a.csv', csv(['王伟,wang@example.test', '李娜,li@example.test'])))).toMatch(
      /looks like data/,
    )
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0xcd, 0xf5, 0xce, 0xb0, 0x0d, 0x0a]) // 姓名 / 王伟 in GBK
    expect(fileError(await upload('admin', 'leads', 'gbk.csv', gbk))).toMatch(/GBK/)
    const asGbk = await upload('admin', 'leads', 'gbk.csv', gbk, 'gbk')
    expect(asGbk.status).toBe(200)
    expect(asGbk.body.headers).toEqual(['姓名'])
    expect(asGbk.body.preview).toEqual([['王伟']])
    expect(asGbk.body.suggested).toEqual({ 姓名: 'name' })

    const merged = new ExcelJS.Workbook()
    const sheet = merged.addWorksheet('a')
    sheet.addRows([
      ['Name', 'Company'],
      ['A', 'X'],
      ['B', ''],
    ])
    sheet.mergeCells('B2:B3')
    const mergedBytes = new Uint8Array(await merged.xlsx.writeBuffer())
    expect(fileError(await upload('admin', 'leads', 'm.xlsx', mergedBytes))).toMatch(/merged cells \(B2:B3\)/)
    const withFormula = new ExcelJS.Workbook()
    const s2 = withFormula.addWorksheet('a')
    s2.addRows([
      ['Name', 'Score'],
      ['A', 1],
    ])
    s2.getCell('B2').value = { formula: '1+1', result: 2 }
    expect(fileError(await upload('admin', 'leads', 'f.xlsx', new Uint8Array(await withFormula.xlsx.writeBuffer())))).toMatch(
      /formulas \(B2\)/,
    )
    await expect(readImportFile(Buffer.alloc((MAX_FILE_MB + 1) * 1024 * 1024), 'big.csv')).rejects.toThrow(/up to 20 MB/)
    // Nothing was stored for any refused file: only the GBK one chosen as GBK became an import.
    expect(
      (await payload.count({ collection: 'imports', where: { tenant: { equals: t.id } }, overrideAccess: true })).totalDocs,
    ).toBe(1)
  })

  it('says it in Chinese to a Chinese user', async () => {
    const res = await api.rest(
      'POST',
      '/imports/upload',
      { token: tokens.admin, headers: { 'accept-language': 'zh' } },
      {
        collection: 'leads',
        filename: 'a.csv',
        content: csv(['姓名']).toString('base64'),
      },
    )
    expect(fileError(res)).toBe('文件为空：表头下面没有数据行。')
  })
})

describe('a leads file', () => {
  it('suggests the mapping from Chinese and English headers, converts values, and the dry run equals the run', async () => {
    const file = csv([
      '姓名,公司,邮箱,状态,预算,拜访日期,等级,Notes',
      '王伟,华东机械,wang@a.test,已联系,"1,234.50",2026/11/27,金牌,x',
      'Li Na,Acme,li@a.test,Qualified,88,2026-01-05,silver,',
      ',NoName Co,noname@a.test,,,,,', // name missing
      'Zhao,Z Co,zhao@a.test,bogus,,,,', // unknown status
      'Qian,Q Co,qian@a.test,,12abc,,,', // not a number
      'Sun,S Co,sun@a.test,,,31/31/2026,,', // not a date
      'Zhou,Zh Co,wang@a.test,,,,,', // same email as row 1: skipped
    ])
    const up = await upload('admin', 'leads', 'leads.csv', file)
    expect(up.body.suggested).toEqual(LEAD_MAPPING)
    const { id, dry, run } = await importFile(file, LEAD_MAPPING, { duplicateRule: 'skip', dateOrder: 'ymd' })
    expect(dry.counts).toEqual({ created: 2, updated: 0, skipped: 1, rejected: 4 })
    expect(run.counts).toEqual(dry.counts)
    expect(sum(run.counts)).toBe(7)
    expect(run.status).toBe('done')
    expect(dry.rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'created',
      'created',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'skipped',
    ])
    expect(dry.rows[2].reason).toBe('Name: required.')
    expect(dry.rows[3].reason).toBe('Status: "bogus" is not one of the options.')
    expect(dry.rows[4].reason).toBe('Budget: "12abc" is not a number.')
    expect(dry.rows[6].reason).toMatch(/Matches row 1 of this file by Email/)
    const [wang] = await leadsWhere({ email: { equals: 'wang@a.test' } })
    expect(wang).toMatchObject({ name: '王伟', company: '华东机械', status: 'contacted', owner: t.people.admin.id })
    expect(wang.custom).toEqual({ budget: '1234.50', visitOn: '2026-11-27', tier: 'gold' })
    const [li] = await leadsWhere({ email: { equals: 'li@a.test' } })
    expect(li.status).toBe('qualified')
    expect(li.custom.tier).toBe('silver')

    // The rejected rows come back with a reason column; fixed, they import with the same mapping.
    const rejected = await api.restRaw('GET', `/imports/${id}/rejected`, as('admin'))
    expect(rejected.status).toBe(200)
    const text = rejected.bytes.toString('utf8').replace(/^\uFEFF/, '')
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toBe('姓名,公司,邮箱,状态,预算,拜访日期,等级,Notes,原因 Reason')
    expect(lines[1]).toBe(',NoName Co,noname@a.test,,,,,,Name: required.')
    const fixed = text
      .replace(',NoName Co', 'Nobody,NoName Co')
      .replace('bogus', 'new')
      .replace('12abc', '12')
      .replace('31/31/2026', '2026-03-31')
    const again = await importFile(Buffer.from(fixed, 'utf8'), LEAD_MAPPING, { duplicateRule: 'skip' }, 'leads-rejected.csv')
    expect(again.run.counts).toEqual({ created: 4, updated: 0, skipped: 0, rejected: 0 })
    expect((await leadsWhere({ email: { equals: 'sun@a.test' } }))[0].custom.visitOn).toBe('2026-03-31')
  })

  it('takes a file far over 40,000 characters (Payload caps text fields there by default)', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `大文件客户${i},big${i}@import.test`)
    const bytes = csv(['姓名,邮箱', ...rows])
    expect(bytes.toString('base64').length).toBeGreaterThan(40_000)
    const up = await upload('admin', 'leads', 'big.csv', bytes)
    expect(up.status, JSON.stringify(up.body).slice(0, 500)).toBe(200)
    const dry = await api.rest('POST', `/imports/${up.body.id}/dry-run`, as('admin'), {
      mapping: { 姓名: 'name', 邮箱: 'email' },
      options: {},
    })
    expect(dry.status).toBe(200)
    expect(sum(dry.body.counts)).toBe(1500)
    expect(dry.body.counts.created).toBe(1500)
  })

  it('reads day-first and month-first dates only when told which', async () => {
    const file = csv(['Name,Email,Visit on', 'D1,d1@a.test,03/04/2026'])
    const mapping = { Name: 'name', Email: 'email', 'Visit on': 'custom.visitOn' }
    const ymd = await importFile(file, mapping, { dateOrder: 'ymd' })
    expect(ymd.dry.rows[0].reason).toBe('Visit on: "03/04/2026" is not a date in the chosen order (Y-M-D).')
    const dmy = await importFile(csv(['Name,Email,Visit on', 'D2,d2@a.test,03/04/2026']), mapping, { dateOrder: 'dmy' })
    const mdy = await importFile(csv(['Name,Email,Visit on', 'D3,d3@a.test,03/04/2026']), mapping, { dateOrder: 'mdy' })
    expect(dmy.run.counts.created).toBe(1)
    expect(mdy.run.counts.created).toBe(1)
    expect((await leadsWhere({ email: { equals: 'd2@a.test' } }))[0].custom.visitOn).toBe('2026-04-03')
    expect((await leadsWhere({ email: { equals: 'd3@a.test' } }))[0].custom.visitOn).toBe('2026-03-04')
  })
})

describe('duplicate rules', () => {
  const mapping = { Name: 'name', Email: 'email', Company: 'company' }
  it('skips, updates the match, or creates anyway; each undone', async () => {
    await payload.create({
      collection: 'leads',
      data: { tenant: t.id, name: 'Existing', email: 'dup@a.test', company: 'Old Co', owner: t.people.admin.id } as never,
      overrideAccess: true,
    })
    const file = csv(['Name,Email,Company', 'Existing,DUP@a.test,New Co', 'Fresh,fresh-dup@a.test,F Co'])
    const skip = await importFile(file, mapping, { duplicateRule: 'skip' })
    expect(skip.run.counts).toEqual({ created: 1, updated: 0, skipped: 1, rejected: 0 })
    expect(skip.dry.counts).toEqual(skip.run.counts)
    expect((await leadsWhere({ name: { equals: 'Existing' } })).map((d) => d.company)).toEqual(['Old Co'])

    const update = await importFile(file, mapping, { duplicateRule: 'update' })
    // fresh-dup now exists too (from the skip run): both rows update.
    expect(update.run.counts).toEqual({ created: 0, updated: 2, skipped: 0, rejected: 0 })
    expect(update.dry.counts).toEqual(update.run.counts)
    // The match is updated with the file's values, its spelling of the email included.
    expect((await leadsWhere({ name: { equals: 'Existing' } })).map((d) => [d.company, d.email])).toEqual([
      ['New Co', 'DUP@a.test'],
    ])

    const create = await importFile(file, mapping, { duplicateRule: 'create' })
    expect(create.run.counts).toEqual({ created: 2, updated: 0, skipped: 0, rejected: 0 })
    expect(await leadsWhere({ name: { equals: 'Existing' } })).toHaveLength(2)

    // Undo the update: the company is restored. Undo the create-anyway: its two records go.
    const undoUpdate = await api.rest('POST', `/imports/${update.id}/undo`, as('admin'))
    expect(undoUpdate.body).toEqual({ removed: 0, restored: 2, kept: [] })
    const dups = await leadsWhere({ name: { equals: 'Existing' } })
    expect(dups.map((d) => [d.company, d.email]).sort()).toEqual([
      ['New Co', 'DUP@a.test'],
      ['Old Co', 'dup@a.test'],
    ])
    const undoCreate = await api.rest('POST', `/imports/${create.id}/undo`, as('admin'))
    expect(undoCreate.body).toEqual({ removed: 2, restored: 0, kept: [] })
    expect((await leadsWhere({ name: { equals: 'Existing' } })).map((d) => d.company)).toEqual(['Old Co'])
    expect((await progress(create.id)).status).toBe('undone')
  })

  it('undo leaves a record changed since the import and says which', async () => {
    const run = await importFile(
      csv(['Name,Email', 'Kept,kept@a.test', 'Gone,gone@a.test']),
      { Name: 'name', Email: 'email' },
      {},
    )
    const [kept] = await leadsWhere({ email: { equals: 'kept@a.test' } })
    await new Promise((r) => setTimeout(r, 5))
    await payload.update({ collection: 'leads', id: kept.id, data: { company: 'Edited' }, overrideAccess: true })
    const undo = await api.rest('POST', `/imports/${run.id}/undo`, as('admin'))
    expect(undo.body.removed).toBe(1)
    expect(undo.body.kept).toEqual([
      { row: 1, record: String(kept.id), reason: `Record ${kept.id} was changed after the import: left as it is.` },
    ])
    expect(await leadsWhere({ email: { equals: 'gone@a.test' } })).toHaveLength(0)
    expect(await leadsWhere({ email: { equals: 'kept@a.test' } })).toHaveLength(1)
  })
})

describe('lookups', () => {
  it('resolves by name, code, email or phone, with aliases for other spellings, only within the tenant', async () => {
    const account = async (tenant: TestTenant, name: string, code: string, email: string, phone: string) =>
      (
        await payload.create({
          collection: 'accounts',
          data: { tenant: tenant.id, name, code, email, phone, owner: tenant.people.admin.id } as never,
          overrideAccess: true,
          context: { confirmDuplicate: true },
        })
      ).id
    const huadong = await account(t, '华东机械有限公司', 'A-001', 'info@huadong.test', '021-5555-0001')
    await account(other, 'Other Co', 'A-002', 'info@other.test', '021-5555-0002')
    const run = async (by: string, value: string, aliases?: Record<string, Id>) => {
      const up = await upload(
        'admin',
        'contacts',
        'contacts.csv',
        csv(['姓名,所属客户,负责人', `C-${by}-${value},${value},admin@imp.test`]),
      )
      expect(up.body.suggested).toMatchObject({ 姓名: 'name', 所属客户: 'account' })
      const options = { lookups: { account: { by, ...(aliases ? { aliases } : {}) }, owner: { by: 'email' } } }
      const mapping = { 姓名: 'name', 所属客户: 'account', 负责人: 'owner' }
      const dry = await api.rest('POST', `/imports/${up.body.id}/dry-run`, as('admin'), { mapping, options })
      await runImport(payload, up.body.id)
      return { dry: dry.body, run: await progress(up.body.id) }
    }
    for (const [by, value] of [
      ['name', '华东机械有限公司'],
      ['code', 'A-001'],
      ['email', 'info@huadong.test'],
      ['phone', '021-5555-0001'],
    ]) {
      const { run: result } = await run(by, value)
      expect(result.counts.created, `${by}`).toBe(1)
      const [contact] = (
        await payload.find({
          collection: 'contacts',
          where: { name: { equals: `C-${by}-${value}` } },
          overrideAccess: true,
          depth: 0,
        })
      ).docs
      expect(contact.account).toBe(huadong)
      expect(contact.owner).toBe(t.people.admin.id)
    }
    const missing = await run('name', '华东机械')
    expect(missing.dry.rows[0].reason).toBe('Account: no record found by name "华东机械".')
    expect(missing.run.counts.rejected).toBe(1)
    const aliased = await run('name', '华东机械', { 华东机械: huadong })
    expect(aliased.run.counts.created).toBe(1)
    // Another tenant's account is not found, whatever the spelling.
    const foreign = await run('code', 'A-002')
    expect(foreign.run.counts.rejected).toBe(1)
  })
})

describe('who may import what', () => {
  it('keeps imports to their importer and tenant', async () => {
    const up = await upload('admin', 'leads', 'x.csv', csv(['Name', 'X']))
    expect((await api.rest('GET', `/imports/${up.body.id}/progress`, as('otherAdmin'))).status).toBe(404)
    expect((await api.rest('POST', `/imports/${up.body.id}/dry-run`, as('otherAdmin'), {})).status).toBe(404)
    expect((await api.rest('GET', `/imports/${up.body.id}/rejected`, as('otherAdmin'))).status).toBe(404)
    expect((await api.rest('POST', `/imports/${up.body.id}/undo`, as('otherAdmin'))).status).toBe(404)
    expect((await api.rest('POST', `/imports/${up.body.id}/cancel`, as('otherAdmin'))).status).toBe(404)
    expect((await api.rest('POST', `/imports/${up.body.id}/start`, as('otherAdmin'))).status).toBe(404)
    expect((await api.rest('POST', '/imports/upload', as('rep'), { collection: 'tenants' })).status).toBe(403)
  })
})

describe("the importer's rights during a run", () => {
  it('are read again at every progress tick: a right taken mid-run refuses the rows after the next one', async () => {
    const own = await createTenant(payload, 'imp-rights')
    const lines = ['Name,Email']
    for (let i = 1; i <= 120; i++) lines.push(`Rights ${i},rights${i}@a.test`)
    const doc = await payload.create({
      collection: 'imports',
      data: {
        tenant: own.id,
        user: own.people.repRoot.id,
        collection: 'leads',
        filename: 'rights.csv',
        fileData: csv(lines).toString('base64'),
        mapping: { Name: 'name', Email: 'email' },
        options: {},
        status: 'queued',
      } as never,
      overrideAccess: true,
    })
    const role = await payload.findByID({ collection: 'roles', id: own.roles.sales, depth: 0, overrideAccess: true })
    const permissions = (role.permissions ?? []) as { collection: string; actions?: string[] | null }[]
    expect(permissions.some((p) => p.collection === 'leads' && p.actions?.includes('create'))).toBe(true)
    // After row 10's record is written, the sales role loses the right to create leads.
    const takeRight = async (row: number) => {
      if (row !== 10) return
      const without = permissions.map(({ id: _id, ...p }: Record<string, any>) =>
        p.collection === 'leads' ? { ...p, actions: (p.actions ?? []).filter((a: string) => a !== 'create') } : p,
      )
      await payload.update({
        collection: 'roles',
        id: own.roles.sales,
        data: { permissions: without } as never,
        overrideAccess: true,
      })
    }
    expect(await runImport(payload, doc.id, takeRight)).toBe('done')
    const rows = (
      await payload.find({
        collection: 'import-rows',
        where: { import: { equals: doc.id } },
        overrideAccess: true,
        pagination: false,
        sort: 'row',
      })
    ).docs as unknown as { row: number; outcome: string; reason?: string }[]
    expect(rows).toHaveLength(120)
    const created = rows.filter((r) => r.outcome === 'created').map((r) => r.row)
    const rejected = rows.filter((r) => r.outcome === 'rejected')
    expect(created.length + rejected.length).toBe(120)
    // Rows 1–10 were written with the right; the rights are resolved again at the latest after 50 rows.
    expect(created.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(Math.max(...created)).toBeLessThanOrEqual(50)
    expect(rejected.every((r) => r.reason === 'You are not allowed to perform this action.')).toBe(true)
    expect(await leadsIn(own.id, 'Rights')).toBe(created.length)
  }, 180_000)
})

/** Runs an import in a separate process and kills it with SIGKILL after the write of `row`. */
const killAfterRow = (id: Id, row: number) => killAtProbe('test/helpers/runImportChild.ts', [String(id), String(row)])

describe('a run killed mid-import', () => {
  it('resumes without duplicates and accounts for every row', async () => {
    const lines = ['Name,Email']
    for (let i = 1; i <= 8; i++) lines.push(i === 6 ? 'Bad,' : `Killed ${i},killed${i}@a.test`)
    lines.push('Bad,not-an-email')
    const up = await upload('admin', 'leads', 'killed.csv', csv(lines))
    await api.rest('POST', `/imports/${up.body.id}/dry-run`, as('admin'), {
      mapping: { Name: 'name', Email: 'email' },
      options: {},
    })
    await killAfterRow(up.body.id, 4)
    // Killed after row 4's record was written, before its outcome: on PostgreSQL both rolled back.
    const afterKill = await leadsWhere({ name: { like: 'Killed' } })
    expect(afterKill).toHaveLength(payload.db.name === 'sqlite' ? 4 : 3)
    expect(await runImport(payload, up.body.id)).toBe('done')
    const leads = await leadsWhere({ name: { like: 'Killed' } })
    expect(leads.map((l) => l.name).sort()).toEqual([1, 2, 3, 4, 5, 7, 8].map((i) => `Killed ${i}`))
    const result = await progress(up.body.id)
    // Row 6 has no email: a lead needs none, so it is created; row 9's email is invalid: rejected by the write.
    expect(result.counts).toEqual({ created: 8, updated: 0, skipped: 0, rejected: 1 })
    expect(sum(result.counts)).toBe(9)
    const rows = await payload.find({
      collection: 'import-rows',
      where: { import: { equals: up.body.id } },
      overrideAccess: true,
      limit: 100,
    })
    expect(rows.docs.map((r) => r.row).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(new Set(rows.docs.map((r) => r.record).filter(Boolean)).size).toBe(8)
  }, 180_000)
})
