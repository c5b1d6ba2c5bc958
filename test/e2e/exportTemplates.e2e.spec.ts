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
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, locale: 'zh-CN', acceptDownloads: true })
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

async function chooseTenant(name: string) {
  const selector = page.getByTestId('tenant-selector')
  await selector.waitFor()
  const value = await selector.locator('option', { hasText: name }).getAttribute('value')
  await selector.selectOption(String(value))
  await page.waitForLoadState('networkidle')
}

/** The demo company's default template for a document kind and language. */
async function templateId(entity: string, language: string): Promise<string> {
  const res = await page.request.get(
    `${url}/api/export-templates?where[entity][equals]=${entity}&where[language][equals]=${language}&limit=1&depth=0`,
  )
  return String((await res.json()).docs[0].id)
}

it('the template editor previews the default Chinese quote live on a demo quote', async () => {
  await login(DEMO.admin, DEMO.adminPassword)
  await useLanguage(page, url, 'zh')
  await chooseTenant('示例科技有限公司')
  await page.goto(`${url}/admin/collections/export-templates/${await templateId('quotes', 'zh')}`)
  const preview = page.frameLocator('[data-testid="template-preview"]')
  await preview.locator('body').getByText('报价单').first().waitFor({ timeout: 30_000 })
  expect(await preview.locator('body').innerText()).toContain('示例科技有限公司')
  // The preview frame is sandboxed: no scripts, no access to the admin.
  expect(await page.getByTestId('template-preview').getAttribute('sandbox')).toBe('')
  await page.getByTestId('template-source').scrollIntoViewIfNeeded()
  await shot('template-editor-zh')
})

it('a template error is shown with its line and column while typing, and the preview follows fixes', async () => {
  const source = page.getByTestId('template-source')
  const original = await source.inputValue()
  await source.fill(`<h1>{{doc.subject}}</h1>\n<p>{{#if doc.number}}open</p>\n`)
  const errors = page.getByTestId('template-errors')
  await errors.waitFor({ timeout: 15_000 })
  expect(await errors.innerText()).toMatch(/第 \d+ 行，第 \d+ 列/)
  await source.scrollIntoViewIfNeeded()
  await shot('template-editor-error-zh')
  await source.fill(`<h1 id="changed">预览 {{doc.account.name}}</h1>`)
  await errors.waitFor({ state: 'detached', timeout: 15_000 })
  const preview = page.frameLocator('[data-testid="template-preview"]')
  await preview.locator('#changed').waitFor({ timeout: 15_000 })
  expect(await preview.locator('#changed').innerText()).toContain('预览')
  await source.fill(original)
})

it('saving a broken template is refused with the line and column; the version history lists earlier saves', async () => {
  const source = page.getByTestId('template-source')
  const original = await source.inputValue()
  await source.fill(`${original}\n{{#each doc.items}}`)
  await page.keyboard.press('Control+s')
  await page
    .getByText(/第 \d+ 行，第 \d+ 列/)
    .first()
    .waitFor({ timeout: 15_000 })
  await source.fill(`${original}\n<!-- 已审核 -->`)
  await page.keyboard.press('Control+s')
  await page.waitForLoadState('networkidle')
  await page
    .getByText(/成功|已更新|Updated/)
    .first()
    .waitFor({ timeout: 15_000 })
  const id = await templateId('quotes', 'zh')
  await page.goto(`${url}/admin/collections/export-templates/${id}/versions`)
  await page.locator('table tbody tr').first().waitFor({ timeout: 15_000 })
  expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(2)
  await shot('template-versions-zh')
})

it('prints a demo quote to PDF and the English editor works the same', async () => {
  const quotes = await (await page.request.get(`${url}/api/quotes?limit=1&depth=0`)).json()
  const res = await page.request.post(`${url}/api/export-templates/${await templateId('quotes', 'zh')}/render`, {
    data: { recordId: quotes.docs[0].id },
  })
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('application/pdf')
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-')

  await page.getByTestId('language-switch').click()
  // The switch reloads the page itself: wait until it shows English before going elsewhere.
  await page.getByText('Export templates').first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  // An invoice of the demo company to preview on (other test files may or may not have made one).
  const account = (await (await page.request.get(`${url}/api/accounts?limit=1&depth=0`)).json()).docs[0]
  const invoice = await page.request.post(`${url}/api/invoices`, {
    data: { account: account.id, status: 'issued', items: [{ quantity: 1, unitPrice: '100.00', taxRate: 13 }] },
  })
  expect(invoice.status()).toBe(201)
  await page.goto(`${url}/admin/collections/export-templates/${await templateId('invoices', 'en')}`)
  const preview = page.frameLocator('[data-testid="template-preview"]')
  await page.getByTestId('template-preview-record').waitFor()
  await page.getByText('Preview with').waitFor()
  await preview.locator('body').getByText('INVOICE', { exact: false }).first().waitFor({ timeout: 30_000 })
  await page.getByTestId('template-source').scrollIntoViewIfNeeded()
  await shot('template-editor-en')
})

it('a list exports its rows to CSV and Excel from the buttons above the table', async () => {
  await page.goto(`${url}/admin/collections/accounts`)
  await page.locator('table tbody tr').first().waitFor()
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByText('Export CSV').click()])
  expect(csv.suggestedFilename()).toMatch(/\.csv$/)
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByText('Export Excel').click()])
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
  await shot('accounts-list-export-en')
})
