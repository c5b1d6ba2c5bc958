import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The workspace's global search: from the header box, a sales manager finds a demo customer by part of
 * its name, sees the hits grouped by entity, and opens the record — in Chinese, in English, on a phone.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let userId: string | number
let customer: { id: string | number; name: string; code: string }

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const setLanguage = async (language: 'zh' | 'en') =>
  expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language } })).status()).toBe(200)

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill('manager@demo.formwork.local')
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
  await setLanguage('zh')
  // Hits come newest first: the most recently changed customer leads the hits for part of its name.
  customer = (await (await page.request.get(`${url}/api/accounts?limit=1&depth=0&sort=-updatedAt`)).json()).docs[0]
  expect(customer.code).toBeTruthy()
})

afterAll(async () => {
  if (page) await setLanguage('zh')
  await browser?.close()
})

// The header's box; list pages have their own "search by name" box too.
const headerSearch = () => page.getByRole('banner').getByRole('searchbox')

async function searchFromHeader(text: string) {
  const box = headerSearch()
  await box.fill(text)
  await box.press('Enter')
  await page.waitForURL((u) => u.pathname === '/app/search' && u.searchParams.get('q') === text)
}

it('finds a customer by part of its name from the header, grouped by entity, and opens it (zh)', async () => {
  await page.goto(`${url}/app/accounts`)
  const part = customer.name.slice(0, 2)
  await searchFromHeader(part)
  await page.getByRole('heading', { name: `搜索：“${part}”` }).waitFor()
  const accounts = page.getByRole('region', { name: '客户' })
  const link = accounts.locator(`a[href="/app/accounts/${customer.id}"]`)
  await link.waitFor()
  expect(await link.innerText()).toBe(customer.name)
  await shot('search-zh')
  await link.click()
  await page.waitForURL(`**/app/accounts/${customer.id}`)
})

it('says when nothing is found, and works in English', async () => {
  await setLanguage('en')
  await searchFromHeader('zz-no-such-record-zz')
  await page.getByText('Nothing found.', { exact: false }).waitFor()
  // A customer's code is unique, where demo names repeat.
  await searchFromHeader(customer.code)
  await page.getByRole('heading', { name: `Search: “${customer.code}”` }).waitFor()
  await page.getByRole('region', { name: 'Accounts' }).getByRole('link', { name: customer.name }).waitFor()
  await shot('search-en')
})

it('keeps the search box in the header at phone width', async () => {
  await setLanguage('zh')
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto(`${url}/app/search?q=${encodeURIComponent(customer.name.slice(0, 2))}`)
  const box = headerSearch()
  await box.waitFor()
  expect(await box.inputValue()).toBe(customer.name.slice(0, 2))
  const size = await box.boundingBox()
  expect(size?.width ?? 0).toBeGreaterThan(100)
  await shot('search-zh-phone')
})
