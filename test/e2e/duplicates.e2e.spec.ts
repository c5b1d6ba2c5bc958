import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

let browser: Browser
let page: Page
let existing: { id: number | string; name: string }
const url = inject('e2eUrl')

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill('manager@demo.formwork.local')
  await page.locator('#field-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
  const res = await page.request.get(`${url}/api/accounts?limit=1&depth=0&sort=name`)
  existing = (await res.json()).docs[0]
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false })

/** A new account typed with the existing one's name in another legal form and spacing: the warning links to it. */
async function typeDuplicate() {
  await page.goto(`${url}/admin/collections/accounts/create`)
  await page.locator('#field-name').waitFor()
  // Keys typed before the form hydrates never reach its state (the CI machine once lost them): wait for it.
  await page.waitForLoadState('networkidle')
  const variant = existing.name.replace(/有限公司$/, '股份有限公司').replace(/ Ltd$/, ' Limited')
  await page.locator('#field-name').pressSequentially(` ${variant} `, { delay: 20 })
  const warning = page.getByTestId('duplicate-warning')
  await warning.waitFor({ timeout: 15_000 })
  const link = warning.getByRole('link', { name: existing.name })
  expect(await link.getAttribute('href')).toBe(`/admin/collections/accounts/${existing.id}`)
  return warning
}

it('typing an existing customer’s name warns in Chinese, with a link to it', async () => {
  const warning = await typeDuplicate()
  const text = await warning.innerText()
  expect(text).toContain('疑似重复')
  expect(text).toContain('名称相同')
  await shot('duplicate-warning-zh')
})

async function switchLanguage(to: string) {
  await page.getByTestId('language-switch').click()
  await page.getByText(to).first().waitFor()
  await page.waitForLoadState('networkidle')
}

it('and in English', async () => {
  await switchLanguage('Customers')
  const warning = await typeDuplicate()
  const text = await warning.innerText()
  expect(text).toContain('Possible duplicates')
  expect(text.toLowerCase()).toContain('same name')
  await shot('duplicate-warning-en')
  // Leave the manager's language as the other browser tests expect it.
  await switchLanguage('客户管理')
})
