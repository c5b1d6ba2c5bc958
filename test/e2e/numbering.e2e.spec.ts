import { afterAll, describe, expect, inject, it } from 'vitest'
import { type AppServer, DEMO, emptyPostgresDatabase, freePort, startAppServer } from '../helpers/appServer'

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

describe.runIf(process.env.FORMWORK_TEST_ADAPTERS?.split(',').includes('postgres'))('PostgreSQL', () => {
  it('two server processes on one database, 100 requests each at once: 200 distinct, consecutive numbers', async () => {
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
  }, 240_000)
})
