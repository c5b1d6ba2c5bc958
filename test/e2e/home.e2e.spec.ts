import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO as DEMO_DATA } from '../../seeds/demo/demoData'
import { Decimal } from '../../src/money/decimal'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The workspace home of the demo's sales manager: today's work and the team's charts, whose figures
 * must equal what the test adds up itself from the records the manager may read — in Chinese, in
 * English and on a phone.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let userId: string | number

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const setLanguage = async (language: 'zh' | 'en') =>
  expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language } })).status()).toBe(200)

/** Every record the manager may read, page by page, with the fields asked for. */
async function readAll(collection: string, where: string): Promise<Record<string, any>[]> {
  const docs: Record<string, any>[] = []
  for (let p = 1; ; p++) {
    const body = await (await page.request.get(`${url}/api/${collection}?limit=200&page=${p}&depth=0&${where}`)).json()
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

const totals = (docs: Record<string, any>[], key: (d: Record<string, any>) => string, amount: string) => {
  const groups = new Map<string, { count: number; sum: Decimal }>()
  for (const d of docs) {
    const g = groups.get(key(d)) ?? { count: 0, sum: new Decimal(0) }
    g.count++
    g.sum = g.sum.plus(d[amount] ?? 0)
    groups.set(key(d), g)
  }
  return new Map([...groups].map(([k, g]) => [k, [g.count, g.sum.toFixed(2)]]))
}

const barsOf = async (card: string): Promise<Map<string, readonly [number, string]>> =>
  new Map(
    await page
      .locator(`[data-card="${card}"] li[data-key]`)
      .evaluateAll((rows) =>
        rows.map(
          (r) =>
            [r.getAttribute('data-key') ?? '', [Number(r.getAttribute('data-count')), r.getAttribute('data-sum') ?? '']] as const,
        ),
      ),
  )

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill('manager@demo.formwork.local')
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => u.pathname === '/app', { timeout: 30_000 })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
  await setLanguage('zh')
})

afterAll(async () => {
  if (page) await setLanguage('zh')
  await browser?.close()
})

it('shows the manager’s day and the team’s funnel, whose figures equal the records’ own (zh)', async () => {
  await page.reload()
  await page.getByRole('heading', { name: '王经理，你好' }).waitFor({ timeout: 30_000 })
  await page.getByRole('region', { name: '销售漏斗（进行中的商机）' }).waitFor()
  const open = await readAll('opportunities', 'where[stage][not_in]=won,lost')
  expect(open.length).toBeGreaterThan(0)
  expect(await barsOf('pipeline')).toEqual(totals(open, (o) => o.stage, 'amount'))
  await shot('home-zh')
})

it('adds up the team’s confirmed orders per employee exactly', async () => {
  const sold = await readAll('sales-orders', 'where[status][in]=confirmed,shipped,completed')
  const expected = totals(sold, (o) => String(o.owner), 'total')
  const shown = await barsOf('sales-by-owner')
  // The chart shows the ten largest; each shown figure is the employee's exact total.
  expect(shown.size).toBe(Math.min(10, expected.size))
  for (const [owner, figures] of shown) expect(figures, `owner ${owner}`).toEqual(expected.get(owner))
})

it('speaks English and folds to one column on a phone', async () => {
  await setLanguage('en')
  await page.reload()
  await page.getByRole('heading', { name: 'Hello, 王经理' }).waitFor()
  await page.getByRole('region', { name: 'Sales by month (confirmed orders)' }).waitFor()
  await shot('home-en')
  await setLanguage('zh')
  await page.setViewportSize({ width: 390, height: 800 })
  await page.reload()
  await page.getByRole('region', { name: '今日待办' }).waitFor()
  const width = await page.locator('[data-card="pipeline"]').evaluate((e) => e.getBoundingClientRect().width)
  expect(width).toBeLessThanOrEqual(390)
  await shot('home-zh-phone')
})

it('shows the English company’s manager their team’s figures, each equal to the records’ own', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' })
  const zhManager = { page, userId }
  page = await context.newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill('manager@demo-en.formwork.local')
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => u.pathname === '/app', { timeout: 30_000 })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
  await setLanguage('en')
  await page.reload()
  await page.getByRole('heading', { name: 'Hello, Grace Manager' }).waitFor()

  const open = await readAll('opportunities', 'where[stage][not_in]=won,lost')
  expect(open.length).toBeGreaterThan(0)
  expect(await barsOf('pipeline')).toEqual(totals(open, (o) => o.stage, 'amount'))

  const sold = await readAll('sales-orders', 'where[status][in]=confirmed,shipped,completed')
  expect(sold.length).toBeGreaterThan(0)
  const byDepartment = totals(sold, (o) => String(o.department), 'total')
  const shownDepartments = await barsOf('sales-by-department')
  expect(shownDepartments.size).toBe(Math.min(10, byDepartment.size))
  for (const [department, figures] of shownDepartments)
    expect(figures, `department ${department}`).toEqual(byDepartment.get(department))

  // Months in the company's own calendar (Hong Kong): every sold order falls in one of the twelve shown.
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_DATA.en.tenant.timeZone, year: 'numeric', month: '2-digit' })
  const byMonth = totals(sold, (o) => month.format(new Date(o.createdAt)).slice(0, 7), 'total')
  const shownMonths = await barsOf('sales-by-month')
  expect(shownMonths.size).toBe(12)
  for (const [key, figures] of shownMonths) expect(figures, `month ${key}`).toEqual(byMonth.get(key) ?? [0, '0.00'])
  expect([...shownMonths.values()].reduce((n, [count]) => n + count, 0)).toBe(sold.length)

  const service = await readAll('service-requests', '')
  const byStatus = totals(service, (s) => s.status ?? '', 'none')
  for (const [status, [count]] of await barsOf('service-by-status'))
    expect(count, `status ${status}`).toBe(byStatus.get(status)?.[0] ?? 0)
  await shot('home-en-manager')
  await setLanguage('zh')
  await context.close()
  ;({ page, userId } = zhManager)
})
