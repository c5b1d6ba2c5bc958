import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

let browser: Browser
let page: Page
const url = inject('e2eUrl')

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false })

async function login(email: string, password: string) {
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
}

it('a manager signs in and sees the admin in Chinese, their preferred language', async () => {
  await login('manager@demo.formwork.local', DEMO.password)
  await page.getByRole('link', { name: '客户', exact: true }).first().waitFor()
  await expect(page.locator('nav').getByText('客户管理')).toBeTruthy()
  expect(await page.locator('body').innerText()).toContain('客户管理')
  await shot('admin-dashboard-zh')
})

it('switches to English and sees the admin in English', async () => {
  await page.getByTestId('language-switch').click()
  await page.waitForLoadState('networkidle')
  await page.getByText('Customers').first().waitFor()
  const text = await page.locator('body').innerText()
  expect(text).toContain('Customers')
  expect(text).not.toContain('客户管理')
  await shot('admin-dashboard-en')
})

it('the accounts list shows the demo customers, with English labels', async () => {
  await page.goto(`${url}/admin/collections/accounts`)
  await page.locator('table tbody tr').first().waitFor()
  expect(await page.locator('table thead').innerText()).toContain('Owner')
  // The manager reaches Sales and the groups below it: every demo customer is theirs to see.
  expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0)
  await shot('accounts-list-en')
})

it('switches back to Chinese', async () => {
  await page.getByTestId('language-switch').click()
  await page.waitForLoadState('networkidle')
  await page.locator('table tbody tr').first().waitFor()
  expect(await page.locator('table thead').innerText()).toContain('负责人')
  expect(await page.locator('table thead').innerText()).toContain('客户名称')
  await shot('accounts-list-zh')
})

it('the super admin switches tenant and sees the sessions of the demo company', async () => {
  await page.context().clearCookies()
  await login(DEMO.admin, DEMO.adminPassword)
  await useLanguage(page, url, 'zh')
  const selector = page.getByTestId('tenant-selector')
  await selector.waitFor()
  const demo = await selector.locator('option', { hasText: '示例科技有限公司' }).getAttribute('value')
  await selector.selectOption(String(demo))
  await page.waitForLoadState('networkidle')
  await page.goto(`${url}/admin/sessions`)
  await page.getByTestId('sessions-table').waitFor()
  const text = await page.locator('body').innerText()
  expect(text).toContain('在线会话')
  expect(text).toContain(DEMO.admin)
  expect(text).toContain('manager@demo.formwork.local')
  await shot('sessions-zh')
  await page.getByTestId('language-switch').click()
  await page.waitForLoadState('networkidle')
  await page.getByText('Active sessions').first().waitFor()
  await shot('sessions-en')
})

it('the tenant admin restores a deleted customer from the recycle bin', async () => {
  // Move a demo customer to the bin through the API, with the signed-in admin's cookies.
  const list = await page.request.get(`${url}/api/accounts?limit=1&depth=0&where[name][like]=上海`)
  const account = (await list.json()).docs[0]
  expect(
    (
      await page.request.patch(`${url}/api/accounts/${account.id}?trash=true`, { data: { deletedAt: new Date().toISOString() } })
    ).ok(),
  ).toBe(true)
  await page.goto(`${url}/admin/recycle-bin`)
  await page.getByTestId('recycle-bin-table').waitFor()
  await shot('recycle-bin-en')
  // The previous test left the admin in English; back to Chinese for the rest.
  await page.getByTestId('language-switch').click()
  await page.getByText('回收站').first().waitFor()
  await page.getByTestId('recycle-bin-table').waitFor()
  expect(await page.locator('body').innerText()).toContain(account.name)
  await shot('recycle-bin-zh')
  await page.getByRole('button', { name: '恢复' }).first().click()
  await page.getByText('回收站是空的。').waitFor()
  const restored = await page.request.get(`${url}/api/accounts/${account.id}`)
  expect(restored.ok()).toBe(true)
})
