import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineField } from '../../src/customFields/defineField'
import { PAGE_SIZE } from '../../src/exports/exportRows'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}

const as = (who: string, lang = 'en') => ({ token: tokens[who], headers: { 'accept-language': lang } })

const HOSTILE = ['=HYPERLINK("http://evil.test","click")', '+1+cmd|/c calc', '-2+3', '@SUM(A1:A9)']

/** CSV rows as a spreadsheet reads them (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'exports')
  for (const who of ['admin', 'repRoot', 'repOther'] as const) tokens[who] = await api.login(t.people[who].email, PASSWORD)
  // The custom fields the exports below include.
  const schema = {
    type: 'object',
    additionalProperties: false,
    properties: { tier: defineField('text'), score: defineField('integer') },
  }
  const draft = await payload.create({
    collection: 'entity-schemas',
    data: { tenant: t.id, entity: 'accounts', schema },
    overrideAccess: true,
  })
  expect((await api.rest('POST', `/entity-schemas/${draft.id}/publish`, { token: tokens.admin })).status).toBe(200)
  const account = (name: string, owner = t.people.repRoot.id, custom: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'accounts',
      data: { tenant: t.id, name, owner, department: t.departments.root, type: 'prospect', custom },
      overrideAccess: true,
    })
  for (const name of HOSTILE) await account(name)
  const chinese = await account('示例科技有限公司', t.people.repRoot.id, { tier: 'gold', score: 7 })
  await account('Someone else’s customer', t.people.repOther.id)
  await payload.create({
    collection: 'quotes',
    data: {
      tenant: t.id,
      number: 'Q-1',
      account: chinese.id,
      owner: t.people.repRoot.id,
      department: t.departments.root,
      items: [{ quantity: '2', unitPrice: '1234.5', discount: '0', taxRate: '13' }],
    },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('CSV', () => {
  it('has a BOM, headers in the user’s language, the view’s columns and custom fields, formulas neutralized', async () => {
    const res = await api.restRaw(
      'GET',
      '/accounts/export?format=csv&columns=name,type,custom.tier&sort=name',
      as('repRoot', 'zh'),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/attachment; .*\.csv/)
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(res.bytes.toString('utf8').slice(1))
    expect(rows[0]).toEqual(['客户名称', '类型', 'tier'])
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]))
    for (const hostile of HOSTILE) expect(byName.get(`'${hostile}`)).toBeTruthy()
    expect(rows.slice(1).some((r) => /^[=+\-@]/.test(r[0]))).toBe(false)
    expect(byName.get('示例科技有限公司')).toEqual(['示例科技有限公司', '潜在客户', 'gold'])
    // Same scope as the list: a rep does not export a colleague's customers.
    expect(byName.has('Someone else’s customer')).toBe(false)
  })

  it('honours the list’s filter, and writes money as decimal strings and relations by title', async () => {
    const res = await api.restRaw(
      'GET',
      `/quotes/export?columns=number,account,total,createdAt&where[number][equals]=Q-1`,
      as('repRoot'),
    )
    const rows = parseCsv(res.bytes.toString('utf8').slice(1))
    expect(rows[0]).toEqual(['Number', 'Account', 'Total', 'Created At'])
    expect(rows).toHaveLength(2)
    expect(rows[1].slice(0, 3)).toEqual(['Q-1', '示例科技有限公司', '2789.97'])
    expect(rows[1][3]).toMatch(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/)
  })

  it('refuses an unknown column or format, naming the parameter', async () => {
    const column = await api.rest('GET', '/accounts/export?columns=name,password', as('admin'))
    expect(column.status).toBe(400)
    expect(column.body.errors[0].data.errors[0].path).toBe('columns')
    const format = await api.rest('GET', '/accounts/export?format=pdf', as('admin'))
    expect(format.status).toBe(400)
    expect(format.body.errors[0].data.errors[0].path).toBe('format')
  })

  it('reads page by page: every row of a list longer than one page', async () => {
    for (let i = 0; i < PAGE_SIZE + 5; i++)
      await payload.db.create({
        collection: 'leads',
        data: { tenant: t.id, name: `Lead ${i}`, owner: t.people.admin.id },
        returning: false,
      } as never)
    const res = await api.restRaw('GET', '/leads/export?columns=name', as('admin'))
    const rows = parseCsv(res.bytes.toString('utf8').slice(1))
    expect(rows.length - 1).toBe(PAGE_SIZE + 5)
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(PAGE_SIZE + 5)
  })
})

describe('XLSX', () => {
  it('neutralizes formulas, keeps Chinese, and writes money as numbers with two decimals', async () => {
    const accounts = await api.restRaw('GET', '/accounts/export?format=xlsx&columns=name,custom.score', as('repRoot', 'zh'))
    expect(accounts.status).toBe(200)
    expect(accounts.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(accounts.bytes as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]
    const values = sheet.getSheetValues().slice(1) as unknown[][]
    expect(values[0].slice(1)).toEqual(['客户名称', 'score'])
    const names = values.slice(1).map((r) => r[1])
    for (const hostile of HOSTILE) expect(names).toContain(`'${hostile}`)
    for (let r = 2; r <= sheet.rowCount; r++) expect(sheet.getCell(r, 1).formula).toBeUndefined()
    expect(values.slice(1).find((r) => r[1] === '示例科技有限公司')?.[2]).toBe(7)

    const quotes = await api.restRaw('GET', '/quotes/export?format=xlsx&columns=number,total', as('repRoot'))
    const quoteBook = new ExcelJS.Workbook()
    await quoteBook.xlsx.load(quotes.bytes as unknown as ArrayBuffer)
    const total = quoteBook.worksheets[0].getCell(2, 2)
    expect(total.value).toBe(2789.97)
    expect(total.numFmt).toBe('#,##0.00')
  })
})
