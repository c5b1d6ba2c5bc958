import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { datePartsIn } from '../../src/numbering/period'
import { type AppServer, DEMO, emptyPostgresDatabase, freePort, startAppServer } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * Numbers under real concurrency: 200 quotes created at once over HTTP against production servers,
 * on SQLite (one server) and on PostgreSQL (two server processes on one database, 100 each).
 */
const TOTAL = 200
const servers: AppServer[] = []

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
})

async function call(url: string, method: string, path: string, token: string | null, body?: unknown, tenant?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' }
  if (token) headers.authorization = `JWT ${token}`
  if (tenant != null) headers['x-tenant'] = String(tenant)
  const res = await fetch(`${url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, body: await res.json().catch(() => null) }
}

async function login(url: string) {
  const res = await call(url, 'POST', '/users/login', null, { email: DEMO.admin, password: DEMO.adminPassword })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.token as string
}

/** A fresh company (with its default sequences) and a customer to quote to, made by the super admin. */
async function companyWithCustomer(url: string, token: string, slug: string) {
  const tenant = await call(url, 'POST', '/tenants', token, { name: `Numbering ${slug}`, slug, language: 'en' })
  expect(tenant.status, JSON.stringify(tenant.body)).toBe(201)
  const account = await call(url, 'POST', '/accounts', token, { name: '并发客户' }, tenant.body.doc.id)
  expect(account.status, JSON.stringify(account.body)).toBe(201)
  return { tenant: tenant.body.doc.id, account: account.body.doc.id }
}

const quote = (url: string, token: string, tenant: unknown, account: unknown) =>
  call(url, 'POST', '/quotes', token, { account, items: [{ description: 'Tea', quantity: '1', unitPrice: '9.90' }] }, tenant)

/** 200 creates answered 201, with 200 distinct numbers whose counters are consecutive. */
function expectConsecutive(results: { status: number; body: { doc?: { number?: string } } }[]) {
  const failed = results.find((r) => r.status !== 201)
  expect(failed, JSON.stringify(failed?.body)).toBeUndefined()
  const numbers = results.map((r) => r.body.doc?.number as string)
  expect(new Set(numbers).size).toBe(TOTAL)
  for (const n of numbers) expect(n).toMatch(/^QT-\d{6}-\d{4}$/)
  const counters = numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b)
  expect(counters).toEqual(Array.from({ length: TOTAL }, (_, i) => counters[0] + i))
  expect(counters[0]).toBe(1)
}

it('SQLite: 200 concurrent REST creates of quotes get 200 distinct, consecutive numbers', async () => {
  const url = inject('e2eUrl')
  const token = await login(url)
  const { tenant, account } = await companyWithCustomer(url, token, 'num-sqlite')
  const results = await Promise.all(Array.from({ length: TOTAL }, () => quote(url, token, tenant, account)))
  expectConsecutive(results)
}, 180_000)

it('the sequence form previews the next number live as the admin types, and says what is wrong', async () => {
  const url = inject('e2eUrl')
  const token = await login(url)
  const tenants = await call(url, 'GET', '/tenants?where[slug][equals]=demo-en&depth=0', token)
  const tenant = tenants.body.docs[0].id
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' })
    // Work in the English demo company, as the tenant selector would.
    await context.addCookies([{ name: 'formwork-tenant', value: String(tenant), url }])
    const page = await context.newPage()
    await page.goto(`${url}/admin/login`)
    await page.locator('#field-email').fill(DEMO.admin)
    await page.locator('#field-password').fill(DEMO.adminPassword)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
    await page.goto(`${url}/admin/collections/number-sequences/create`)
    const pattern = page.locator('#field-pattern')
    await pattern.waitFor({ timeout: 60_000 }).catch(async (error) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, 'number-sequence-form-failed.png') })
      throw error
    })
    await pattern.fill('LAB-{YYYY}-{SEQ:3}')
    const preview = page.getByTestId('number-preview')
    await expect
      .poll(() => preview.innerText(), { timeout: 15_000 })
      .toBe(`LAB-${datePartsIn(new Date(), 'Asia/Shanghai').year}-001`)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'number-sequence-preview.png') })
    await pattern.fill('LAB-{YYYY')
    await expect.poll(() => preview.innerText(), { timeout: 15_000 }).toMatch(/is not closed|没有对应的/)
  } finally {
    await browser.close()
  }
}, 120_000)

describe.runIf(process.env.FORMWORK_TEST_ADAPTERS?.split(',').includes('postgres'))('PostgreSQL', () => {
  it('two server processes on one database, 100 requests each at once: 200 distinct, consecutive numbers; gap-free invoices with failures in between stay consecutive', async () => {
    const databaseUrl = await emptyPostgresDatabase()
    // No demo: the first server only migrates; the super admin is made through the Local API.
    servers.push(await startAppServer(await freePort(), { databaseUrl, env: { FORMWORK_DEMO: '0' } }))
    const previousUrl = process.env.DATABASE_URL
    process.env.DATABASE_URL = databaseUrl
    const { getPayload } = await import('payload')
    const config = await (await import('@payload-config')).default
    const payload = await getPayload({ config, key: databaseUrl })
    await payload.create({
      collection: 'users',
      data: { email: DEMO.admin, password: DEMO.adminPassword, name: 'Root', isSuperAdmin: true, memberships: [] },
      overrideAccess: true,
    })
    await payload.destroy()
    process.env.DATABASE_URL = previousUrl
    servers.push(await startAppServer(await freePort(), { databaseUrl, bootstrap: false }))
    const [first, second] = servers.slice(-2)
    const token = await login(first.url)
    const { tenant, account } = await companyWithCustomer(first.url, token, 'num-postgres')
    const results = await Promise.all(
      Array.from({ length: TOTAL }, (_, i) => quote(i % 2 === 0 ? first.url : second.url, token, tenant, account)),
    )
    expectConsecutive(results)

    // Gap-free invoices across both processes, one in six refused by validation: the refused ones take
    // no number, the others are consecutive.
    const invoices = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        call(
          i % 2 === 0 ? first.url : second.url,
          'POST',
          '/invoices',
          token,
          {
            account,
            status: i % 6 === 0 ? 'no-such-status' : 'draft',
            items: [{ description: 'Tea', quantity: '1', unitPrice: '1' }],
          },
          tenant,
        ),
      ),
    )
    expect(invoices.filter((r) => r.status === 400)).toHaveLength(10)
    const issued = invoices.filter((r) => r.status === 201).map((r) => Number((r.body.doc.number as string).slice(-4)))
    expect(issued.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  }, 240_000)
})
