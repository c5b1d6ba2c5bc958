import path from 'node:path'
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

/**
 * The notification bell: a workflow assigns 22 new service requests to a rep (effects run by the jobs
 * queue), each assignment a notification; the rep sees the unread count on the bell, the list a page at
 * a time, opens one (marked read, the record opens), then marks all read — in Chinese on a laptop and
 * in English on a phone.
 */
const url = inject('e2eUrl')
const REP = { email: `bell-rep-${Date.now().toString(36)}@formwork.test`, password: 'bell-rep-pass' }
const COUNT = 22
let browser: Browser
let context: BrowserContext
let page: Page
let admin: APIRequestContext
let tenant: string

const l = (zh: string, en: string) => ({ zh, en })
const api = (method: 'get' | 'post' | 'patch', p: string, data?: unknown) =>
  admin[method](`${url}/api${p}`, { headers: { 'x-tenant': tenant }, data })
const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const bellCount = () => page.getByTestId('notification-count')

beforeAll(async () => {
  browser = await launchBrowser()
  admin = (await browser.newContext()).request
  expect(
    (await admin.post(`${url}/api/users/login`, { data: { email: DEMO.admin, password: DEMO.adminPassword } })).status(),
  ).toBe(200)
  const created = await admin.post(`${url}/api/tenants`, {
    data: { name: '通知测试公司', slug: `bell-${Date.now().toString(36)}`, language: 'zh' },
  })
  expect(created.status(), await created.text()).toBe(201)
  tenant = String((await created.json()).doc.id)
  const sales = (await (await api('get', '/roles?where[key][equals]=sales&depth=0')).json()).docs[0]
  const user = await api('post', '/users', {
    email: REP.email,
    password: REP.password,
    name: '李工程师',
    language: 'zh',
    memberships: [{ tenant: Number(tenant), roles: [sales.id] }],
  })
  expect(user.status(), await user.text()).toBe(201)
  const repId = (await user.json()).doc.id
  const flow = await api('post', '/workflows', {
    key: 'bell',
    entity: 'service-requests',
    nameZh: '派单',
    nameEn: 'Dispatch',
    stages: [
      { key: 'new', label: l('新建', 'New'), onEnter: [{ kind: 'assign', strategy: 'fixed', users: [repId] }] },
      { key: 'done', label: l('完成', 'Done'), final: true, outcome: 'closed' },
    ],
    transitions: [{ key: 'finish', from: 'new', to: 'done', label: l('完成', 'Finish') }],
  })
  expect(flow.status(), await flow.text()).toBe(201)
  for (let i = 1; i <= COUNT; i++) expect((await api('post', '/service-requests', { subject: `报修单 ${i}` })).status()).toBe(201)
  // The effects wait in the jobs queue: run it as the super admin until it is empty.
  for (let round = 0; round < 10; round++) {
    const run = await admin.get(`${url}/api/payload-jobs/run?limit=50`)
    expect(run.status(), await run.text()).toBe(200)
    const notices = await api('get', `/notifications?where[user][equals]=${repId}&limit=1`)
    if ((await notices.json()).totalDocs >= COUNT) break
  }
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  page = await context.newPage()
  await page.goto(`${url}/app/notifications`)
  await page.waitForURL((u) => u.pathname === '/app/login')
  await page.locator('#login-email').fill(REP.email)
  await page.locator('#login-password').fill(REP.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => u.pathname === '/app/notifications', { timeout: 30_000 })
}, 240_000)

afterAll(async () => {
  await browser?.close()
})

it('shows the unread count, lists notifications a page at a time, opens one (read) and marks all read', async () => {
  await expect.poll(async () => (await bellCount().textContent()) ?? '', { timeout: 15_000 }).toBe(String(COUNT))
  await expect.poll(() => page.getByTestId('notification').count(), { timeout: 15_000 }).toBe(20)
  expect(await page.getByText('第 1 / 2 页').isVisible()).toBe(true)
  expect(await page.getByTestId('notification').first().textContent()).toMatch(/“报修单 \d+”已分配给您。/)
  await shot('notifications-zh-desktop')

  await page.getByRole('button', { name: '下一页' }).click()
  await expect.poll(() => page.getByTestId('notification').count()).toBe(COUNT - 20)
  await page.getByTestId('notification').first().click()
  await page.waitForURL((u) => /^\/app\/service-requests\/\d+$/.test(u.pathname), { timeout: 30_000 })
  await page.goto(`${url}/app/notifications`)
  await expect.poll(async () => (await bellCount().textContent()) ?? '', { timeout: 15_000 }).toBe(String(COUNT - 1))

  await page.getByRole('button', { name: '全部标为已读' }).click()
  await expect.poll(() => bellCount().count(), { timeout: 15_000 }).toBe(0)
  await expect.poll(() => page.getByTestId('notification').first().textContent()).not.toContain('未读')
}, 120_000)

it('reads in English on a phone', async () => {
  for (const subject of ['Printer jam', 'Scanner offline'])
    expect((await api('post', '/service-requests', { subject })).status()).toBe(201)
  expect((await admin.get(`${url}/api/payload-jobs/run?limit=50`)).status()).toBe(200)
  await useLanguage(page, url, 'en')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${url}/app/notifications`)
  await expect.poll(() => page.getByRole('heading', { name: 'Notifications' }).isVisible(), { timeout: 15_000 }).toBe(true)
  expect(await page.getByTestId('notification').first().textContent()).toMatch(
    /"(Printer jam|Scanner offline)" was assigned to you\./,
  )
  await expect.poll(async () => (await bellCount().textContent()) ?? '', { timeout: 15_000 }).toBe('2')
  expect(await page.getByTestId('notification').first().textContent()).toContain('New')
  await shot('notifications-en-phone')
  await page.setViewportSize({ width: 1366, height: 900 })
  await shot('notifications-en-desktop')
  await useLanguage(page, url, 'zh')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${url}/app/notifications`)
  await expect.poll(() => page.getByTestId('notification').count(), { timeout: 15_000 }).toBe(20)
  await shot('notifications-zh-phone')
}, 60_000)
