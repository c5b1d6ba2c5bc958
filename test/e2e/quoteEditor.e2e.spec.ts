import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The quote editor of the workspace: a rep builds a quote for a demo customer from the price book with
 * the product picker, edits and reorders lines, sees the totals the server then stores, prints it, and
 * converts it to an order and an invoice; a product taken out of the price book while the quote is
 * open is refused on its line. In Chinese, with an English check and a phone-width screenshot.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let userId: string | number
let customer: { id: string | number; name: string }
let book: { id: string | number; name: string; tenant: string | number; entries: { product: unknown; unitPrice: string }[] }
let products: Record<string, { id: string | number; name: string }>
let adminToken: string
let quoteId: string

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const json = async (p: string) => (await page.request.get(`${url}/api${p}`)).json()
const setLanguage = async (language: 'zh' | 'en') =>
  expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language } })).status()).toBe(200)
/** The price book as the tenant's admin changes it (a rep only reads it). */
const setEntries = async (entries: unknown[]) => {
  const res = await fetch(`${url}/api/price-books/${book.id}`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${adminToken}`, 'x-tenant': String(book.tenant), 'content-type': 'application/json' },
    body: JSON.stringify({ entries }),
  })
  expect(res.status, await res.text()).toBe(200)
}

async function pick(input: ReturnType<Page['locator']>, text: string, option: string) {
  await input.click()
  await input.fill(text)
  await page
    .getByRole('option', { name: new RegExp(option) })
    .first()
    .click()
}
const line = (n: number) => page.locator(`li[data-line="${n}"]`)
/** The pickers show their records' names once these are read (a moment after the page). */
const titlesShown = () => expect.poll(() => page.locator(`li[data-line="3"] input[role="combobox"]`).inputValue()).not.toBe('')
const shownTotals = async () => ({
  subtotal: await page.locator('[data-total="subtotal"]').innerText(),
  tax: await page.locator('[data-total="tax"]').innerText(),
  total: (await page.locator('[data-total="total"]').innerText()).split(' ').at(-1),
})

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill('sales.east@demo.formwork.local')
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  userId = (await json('/users/me')).user.id
  await setLanguage('zh')
  customer = (await json(`/accounts?limit=1&depth=0&sort=name&where[owner][equals]=${userId}`)).docs[0]
  book = (await json('/price-books?limit=1&depth=0')).docs[0]
  const all = (await json('/products?limit=20&depth=0&sort=code')).docs as { id: string; code: string; name: string }[]
  products = Object.fromEntries(all.map((p) => [p.code, p]))
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.admin, password: DEMO.adminPassword }),
  })
  adminToken = (await login.json()).token
  expect(customer && book && products['BEV-001'] && adminToken).toBeTruthy()
})

afterAll(async () => {
  if (book) await setEntries(book.entries)
  if (page) await setLanguage('zh')
  await browser?.close()
})

it('builds a quote of three lines from the price book, reorders them, and saves the totals it showed (zh)', async () => {
  await page.goto(`${url}/app/quotes/new`)
  await pick(page.locator('[data-field="account"] input[role="combobox"]'), customer.name, customer.name)
  await pick(page.locator('[data-field="priceBook"] input[role="combobox"]'), book.name, book.name)
  const add = page.getByRole('button', { name: '添加明细行' })
  // By code, by code, by name: the picker searches both.
  const wanted: [string, string][] = [
    ['BEV-001', 'BEV-001'],
    ['BEV-002', 'BEV-002'],
    [products['BEV-003'].name.slice(0, 2), products['BEV-003'].name],
  ]
  for (const [n, [text, option]] of wanted.entries()) {
    await add.click()
    await pick(line(n + 1).locator('input[role="combobox"]'), text, option)
    await expect
      .poll(() =>
        line(n + 1)
          .getByLabel('单价')
          .inputValue(),
      )
      .not.toBe('')
    await line(n + 1)
      .getByLabel('税率 %')
      .fill('13')
  }
  // The price book's price, shown as such.
  expect(await line(1).getByLabel('单价').inputValue()).toBe('36.00')
  await line(1).getByText(`价格来自“${book.name}”`).waitFor()
  await line(1).getByLabel('数量').fill('3')
  await line(1).getByLabel('折扣 %').fill('7.5')
  await line(2).getByLabel('数量').fill('0.3333')
  await line(2).getByLabel('折扣 %').fill('12.345')
  // 3 × 36.00 × 0.925 = 99.90; tax 12.99.
  expect(await line(1).locator('[data-amount="net"]').innerText()).toBe('99.90')
  expect(await line(1).locator('[data-amount="tax"]').innerText()).toBe('12.99')

  // Reorder: the third line up with its button, then the (new) first line dragged below the second.
  await page.getByRole('button', { name: '第 3 行上移' }).click()
  const from = await page.getByRole('button', { name: /拖动第 1 行/ }).boundingBox()
  const first = await line(1).boundingBox()
  const to = await line(2).boundingBox()
  if (!from || !first || !to) throw new Error('no line boxes')
  // The first line's centre onto the second's.
  const dy = to.y + to.height / 2 - (first.y + first.height / 2)
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y + 20, { steps: 4 })
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + dy, { steps: 12 })
  await expect.poll(async () => (await line(1).getAttribute('style')) ?? '').toContain('translate')
  await page.mouse.up()
  const order = async () =>
    Promise.all([1, 2, 3].map(async (n) => (await line(n).locator('input[role="combobox"]').inputValue()) || ''))
  const expected = [products['BEV-003'].name, products['BEV-001'].name, products['BEV-002'].name]
  await expect.poll(order).toEqual(expected)
  const shown = await shownTotals()
  await shot('quote-editor-zh')

  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.waitForURL((u) => /^\/app\/quotes\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'))
  quoteId = new URL(page.url()).pathname.split('/').at(-1) as string
  const saved = await json(`/quotes/${quoteId}?depth=0`)
  expect({ subtotal: saved.subtotal, tax: saved.tax, total: saved.total }).toEqual(shown)
  expect(saved.items.map((i: { product: unknown }) => String(i.product))).toEqual(
    ['BEV-003', 'BEV-001', 'BEV-002'].map((c) => String(products[c].id)),
  )
  // The server writes decimals in their shortest form (36.00 → 36).
  expect(saved.items[1]).toMatchObject({ quantity: '3', unitPrice: '36', discount: '7.5', taxRate: '13', net: '99.90' })
  // The reloaded page shows the stored totals.
  await page.locator('[data-total="total"]').waitFor()
  expect(await shownTotals()).toEqual(shown)
})

it('refuses, on its line, a product taken out of the price book while the quote is open; nothing typed is lost', async () => {
  await page.getByRole('button', { name: '添加明细行' }).click()
  await pick(line(4).locator('input[role="combobox"]'), 'BEV-004', 'BEV-004')
  await line(4).getByLabel('数量').fill('2')
  await setEntries(book.entries.filter((e) => String(e.product) !== String(products['BEV-004'].id)))
  await page.getByRole('button', { name: '保存', exact: true }).click()
  const problem = line(4).getByRole('alert')
  await problem.waitFor()
  // The refused line takes the focus; the other lines keep their products.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-line'))).toBe('4')
  await expect.poll(() => line(1).locator('input[role="combobox"]').inputValue()).toBe(products['BEV-003'].name)
  expect(await problem.innerText()).toContain(`价格表“${book.name}”已不再包含${products['BEV-004'].name}`)
  expect(await line(4).getByLabel('数量').inputValue()).toBe('2')
  await shot('quote-editor-refused-zh')
  await page.getByRole('button', { name: '删除第 4 行' }).click()
  await setEntries(book.entries)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.getByText('已保存。').waitFor()
  expect((await json(`/quotes/${quoteId}?depth=0`)).items).toHaveLength(3)
})

it('prints the quote with the tenant’s template', async () => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/export-templates/') && r.url().endsWith('/render'), { timeout: 60_000 }),
    page.getByRole('button', { name: '打印 PDF' }).click(),
  ])
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/pdf')
})

it('converts the quote to an order and the order to an invoice in one click each; the numbers carry over', async () => {
  const quote = await json(`/quotes/${quoteId}?depth=0`)
  await page.getByRole('button', { name: '转为订单' }).click()
  await page.waitForURL(/\/app\/sales-orders\/[^/?]+/)
  const orderId = new URL(page.url()).pathname.split('/').at(-1) as string
  const order = await json(`/sales-orders/${orderId}?depth=0`)
  expect({ subtotal: order.subtotal, tax: order.tax, total: order.total }).toEqual({
    subtotal: quote.subtotal,
    tax: quote.tax,
    total: quote.total,
  })
  expect(order.items.map((i: { net: string }) => i.net)).toEqual(quote.items.map((i: { net: string }) => i.net))
  await page.locator('[data-total="total"]').waitFor()
  expect((await shownTotals()).total).toBe(quote.total)
  await page.getByRole('button', { name: '转为发票' }).click()
  await page.waitForURL(/\/app\/invoices\/[^/?]+/)
  const invoice = await json(`/invoices/${new URL(page.url()).pathname.split('/').at(-1)}?depth=0`)
  expect(invoice.total).toBe(quote.total)
  expect(String(invoice.salesOrder)).toBe(String(orderId))

  // A second conversion of the quote: the server's 409, with the way to the order that exists.
  await page.goto(`${url}/app/quotes/${quoteId}`)
  await page.getByRole('button', { name: '转为订单' }).click()
  const refused = page.getByRole('alert').filter({ hasText: '无法转换' })
  await refused.waitFor()
  expect(await refused.innerText()).toContain('该单据已经转换过了')
  expect(await refused.getByRole('link', { name: '打开' }).getAttribute('href')).toBe(`/app/sales-orders/${orderId}`)
})

it('reads in English, and stacks lines as cards at phone width', async () => {
  await setLanguage('en')
  await page.goto(`${url}/app/quotes/${quoteId}`)
  await page.getByRole('button', { name: 'Add a line' }).waitFor()
  await page.getByRole('button', { name: 'Convert to order' }).waitFor()
  expect(await line(2).getByLabel('Unit price').inputValue()).toBe('36')
  await titlesShown()
  await line(2).getByText(`Price from ${book.name}`).waitFor()
  await shot('quote-editor-en')
  await setLanguage('zh')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${url}/app/quotes/${quoteId}`)
  await page.getByRole('button', { name: '添加明细行' }).waitFor()
  await titlesShown()
  // On a phone each line is a card: its field labels are shown, and the card fits the screen.
  expect(await line(1).getByText('数量', { exact: true }).isVisible()).toBe(true)
  const box = await line(1).boundingBox()
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390)
  await shot('quote-editor-zh-phone')
})
