import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * A company that does no marketing turns the module off: its rep's navigation loses 市场营销 and the
 * campaigns page is gone from the workspace; turned on again, both come back.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let adminToken: string
let tenant: string | number

async function asAdmin(method: string, route: string, body?: unknown) {
  const res = await fetch(`${url}/api${route}`, {
    method,
    headers: { authorization: `JWT ${adminToken}`, 'x-tenant': String(tenant ?? ''), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

beforeAll(async () => {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.admin, password: DEMO.adminPassword }),
  })
  adminToken = (await login.json()).token
  tenant = (await asAdmin('GET', `/tenants?where[name][equals]=${encodeURIComponent('示例科技有限公司')}`)).docs[0].id
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill('manager@demo.formwork.local')
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  const me = (await (await page.request.get(`${url}/api/users/me`)).json()).user
  expect((await page.request.patch(`${url}/api/users/${me.id}`, { data: { language: 'zh' } })).status()).toBe(200)
})

afterAll(async () => {
  if (tenant != null) await asAdmin('PATCH', `/tenants/${tenant}`, { hiddenModules: [] })
  await browser?.close()
})

it('hides a module the company turned off, and shows it again', async () => {
  const nav = page.getByRole('navigation', { name: '业务记录' })
  await page.goto(`${url}/app`)
  await nav.locator('a[href="/app/campaigns"]').waitFor()

  await asAdmin('PATCH', `/tenants/${tenant}`, { hiddenModules: ['marketing'] })
  await page.goto(`${url}/app`)
  await nav.locator('a[href="/app/accounts"]').waitFor()
  expect(await nav.locator('a[href="/app/campaigns"]').count()).toBe(0)
  expect(await nav.getByText('市场营销').count()).toBe(0)
  await page.screenshot({ path: path.join(SCREENSHOTS, 'hidden-modules-zh.png'), fullPage: true })
  expect((await page.goto(`${url}/app/campaigns`))?.status()).toBe(404)

  await asAdmin('PATCH', `/tenants/${tenant}`, { hiddenModules: [] })
  await page.goto(`${url}/app`)
  await nav.locator('a[href="/app/campaigns"]').waitFor()
})
