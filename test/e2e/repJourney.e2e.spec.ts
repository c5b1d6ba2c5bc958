import fs from 'node:fs/promises'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * A sales rep's day from end to end, as one story: sign in, find a customer by phone number from the
 * header's search, log a call, create an opportunity from the customer's page, build a quote of three
 * price-book lines from the opportunity (one moved with the keyboard), print it, convert it to an order
 * and the order to an invoice. Run in Chinese and in English, on a laptop and on a phone, by four reps of
 * the two demo companies; every step is checked through the REST API, not only on screen.
 */
const url = inject('e2eUrl')

const TEXT = {
  zh: {
    accounts: '客户',
    timeline: '跟进动态',
    call: '电话',
    subject: '主题',
    log: '记录',
    logged: '已记录。',
    opportunities: '销售机会',
    quotes: '报价单',
    newRelated: '新建',
    save: '保存',
    addLine: '添加明细行',
    unitPrice: '单价',
    drag: (n: number) => `拖动第 ${n} 行（空格、方向键、空格）`,
    dropped: '第 3 行已放到第 1 位，共 3 行。',
    pdf: '打印 PDF',
    toOrder: '转为订单',
    toInvoice: '转为发票',
  },
  en: {
    accounts: 'Accounts',
    timeline: 'Activity',
    call: 'Call',
    subject: 'Subject',
    log: 'Log',
    logged: 'Logged.',
    opportunities: 'Opportunities',
    quotes: 'Quotes',
    newRelated: 'New',
    save: 'Save',
    addLine: 'Add a line',
    unitPrice: 'Unit price',
    drag: (n: number) => `Drag line ${n} (space, arrows, space)`,
    dropped: 'Line 3 dropped at position 1 of 3.',
    pdf: 'Print PDF',
    toOrder: 'Convert to order',
    toInvoice: 'Convert to invoice',
  },
}

const DESKTOP = { width: 1366, height: 900 }
const PHONE = { width: 390, height: 844 }
const JOURNEYS = [
  { name: 'zh-desktop', language: 'zh', rep: 'sales.east@demo.formwork.local', viewport: DESKTOP },
  { name: 'zh-phone', language: 'zh', rep: 'sales.north@demo.formwork.local', viewport: PHONE },
  { name: 'en-desktop', language: 'en', rep: 'sales.b@demo-en.formwork.local', viewport: DESKTOP },
  { name: 'en-phone', language: 'en', rep: 'sales.a@demo-en.formwork.local', viewport: PHONE },
] as const

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

type Doc = Record<string, any>

describe.each(JOURNEYS)('a rep’s journey ($name)', ({ name, language, rep, viewport }) => {
  const t = TEXT[language]
  let context: BrowserContext
  let page: Page
  let me: Doc
  let customer: Doc
  let book: Doc
  let products: Doc[]
  let opportunityId: string
  let quoteId: string
  const stamp = `${name}-${Date.now().toString(36)}`

  const shot = (step: string) => page.screenshot({ path: path.join(SCREENSHOTS, `journey-${name}-${step}.png`), fullPage: true })
  const json = async (p: string): Promise<Doc> => {
    const res = await page.request.get(`${url}/api${p}`)
    expect(res.status(), p).toBe(200)
    return res.json()
  }
  const idFromUrl = () => new URL(page.url()).pathname.split('/').at(-1) as string
  const line = (n: number) => page.locator(`li[data-line="${n}"]`)
  const lineProducts = () =>
    Promise.all([1, 2, 3].map(async (n) => (await line(n).locator('input[role="combobox"]').inputValue()) || ''))
  async function pick(input: ReturnType<Page['locator']>, text: string, option: string) {
    await input.click()
    await input.fill(text)
    await page
      .getByRole('option', { name: new RegExp(option.replace(/[()]/g, '\\$&')) })
      .first()
      .click()
  }

  beforeAll(async () => {
    context = await browser.newContext({ viewport, locale: language === 'zh' ? 'zh-CN' : 'en-GB' })
    page = await context.newPage()
    await page.goto(`${url}/app/login`)
    await page.locator('#login-email').fill(rep)
    await page.locator('#login-password').fill(DEMO.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), {
      timeout: 30_000,
    })
    me = (await json('/users/me')).user
    expect((await page.request.patch(`${url}/api/users/${me.id}`, { data: { language } })).status()).toBe(200)
    // One of the rep's own customers with a phone number (the demo gives every customer one).
    const mine = await json(`/accounts?limit=1&depth=0&sort=-name&where[owner][equals]=${me.id}&where[phone][exists]=true`)
    customer = mine.docs[0]
    book = (await json('/price-books?limit=1&depth=0')).docs[0]
    const byCode = (await json('/products?limit=20&depth=0&sort=code')).docs as Doc[]
    products = ['BEV-001', 'BEV-002', 'BEV-003'].map((code) => byCode.find((p) => p.code === code) as Doc)
    expect(customer && book && products.every(Boolean), 'demo data for the journey').toBeTruthy()
  })

  afterAll(async () => {
    await context?.close()
  })

  it('finds the customer by phone number from the header’s search', async () => {
    await page.goto(`${url}/app`)
    const box = page.getByRole('searchbox')
    await box.fill(customer.phone)
    await box.press('Enter')
    await page.waitForURL((u) => u.pathname === '/app/search')
    const hit = page.getByRole('region', { name: t.accounts }).locator(`a[href="/app/accounts/${customer.id}"]`)
    await hit.waitFor()
    await shot('1-search')
    await hit.click()
    await page.waitForURL(`**/app/accounts/${customer.id}`)
  })

  it('logs a call, which moves the customer’s last follow-up time', async () => {
    const before = Date.now()
    const side = page.getByRole('complementary', { name: t.timeline })
    await side.getByRole('button', { name: t.call, exact: true }).click()
    await side.getByLabel(t.subject).fill(`${t.call} ${stamp}`)
    await side.getByRole('button', { name: t.log, exact: true }).click()
    await side.getByText(t.logged).waitFor()
    await side.getByRole('list', { name: t.timeline }).getByText(`${t.call} ${stamp}`).first().waitFor()
    await shot('2-call')
    const calls = await json(`/activities?depth=0&where[subject][equals]=${encodeURIComponent(`${t.call} ${stamp}`)}`)
    expect(calls.docs).toHaveLength(1)
    expect(calls.docs[0]).toMatchObject({ type: 'call', owner: me.id, relatedTo: { relationTo: 'accounts', value: customer.id } })
    const stored = await json(`/accounts/${customer.id}?depth=0`)
    expect(new Date(stored.lastFollowUpAt).getTime()).toBeGreaterThanOrEqual(before - 60_000)
  })

  it('creates an opportunity from the customer’s page', async () => {
    const related = page.getByRole('region', { name: t.opportunities })
    await related.getByRole('link', { name: t.newRelated, exact: true }).click()
    await page.waitForURL((u) => u.pathname === '/app/opportunities/new')
    // Made from the customer's page: already the customer's.
    await expect.poll(() => page.locator('[data-field="account"] input[role="combobox"]').inputValue()).toBe(customer.name)
    // The stage is the workflow's to set: shown by its name, not its key, and not editable.
    const stage = page.locator('[data-field="stage"] select')
    await expect
      .poll(() => stage.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toBe(language === 'zh' ? '资格确认' : 'Qualification')
    expect(await stage.isDisabled()).toBe(true)
    await page.locator('[data-field="name"] input').fill(`${t.opportunities} ${stamp}`)
    await page.locator('[data-field="amount"] input').fill('12345.60')
    await shot('3-opportunity')
    await page.getByRole('button', { name: t.save, exact: true }).click()
    await page
      .waitForURL((u) => /^\/app\/opportunities\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'), { timeout: 15_000 })
      .catch(async (e) => {
        await shot('3-opportunity-failed')
        throw e
      })
    opportunityId = idFromUrl()
    const stored = await json(`/opportunities/${opportunityId}?depth=0`)
    expect(stored).toMatchObject({ account: customer.id, owner: me.id, amount: '12345.60', stage: 'qualification' })
  })

  it('builds a quote of three price-book lines from the opportunity, moving one with the keyboard', async () => {
    await page.getByRole('region', { name: t.quotes }).getByRole('link', { name: t.newRelated, exact: true }).click()
    await page.waitForURL((u) => u.pathname === '/app/quotes/new')
    // The opportunity's customer comes with it.
    await expect.poll(() => page.locator('[data-field="account"] input[role="combobox"]').inputValue()).toBe(customer.name)
    await pick(page.locator('[data-field="priceBook"] input[role="combobox"]'), book.name, book.name)
    for (const [i, product] of products.entries()) {
      await page.getByRole('button', { name: t.addLine }).click()
      // Searched by code for two lines and by name for the third.
      await pick(line(i + 1).locator('input[role="combobox"]'), i < 2 ? product.code : product.name.slice(0, 4), product.name)
      await expect
        .poll(() =>
          line(i + 1)
            .getByLabel(t.unitPrice)
            .inputValue(),
        )
        .not.toBe('')
    }
    // The third line to the top: its handle, space, two arrows up, space.
    const handle = page.getByRole('button', { name: t.drag(3) })
    // dnd-kit measures between key presses: a moment between keys, as a person leaves.
    await handle.focus()
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key)
      await page.waitForTimeout(250)
    }
    // What a screen reader heard: the line put down first of three.
    await expect
      .poll(() => page.locator('[role="status"][aria-live]').allTextContents())
      .toContainEqual(expect.stringContaining(t.dropped))
    await expect.poll(lineProducts).toEqual([products[2].name, products[0].name, products[1].name])
    const shownTotal = (await page.locator('[data-total="total"]').innerText()).split(' ').at(-1)
    await shot('4-quote')
    await page.getByRole('button', { name: t.save, exact: true }).click()
    await page.waitForURL((u) => /^\/app\/quotes\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'))
    quoteId = idFromUrl()
    const quote = await json(`/quotes/${quoteId}?depth=0`)
    // The stored order is the one the keyboard made, and the total the one shown while typing.
    expect(quote.items.map((i: Doc) => String(i.product))).toEqual([2, 0, 1].map((n) => String(products[n].id)))
    // In the company's own currency: yuan in Shanghai, dollars at the English company.
    expect(quote).toMatchObject({ account: customer.id, total: shownTotal, currency: language === 'zh' ? 'CNY' : 'USD' })
    expect(String(quote.opportunity)).toBe(opportunityId)
  })

  it('prints the quote with the company’s template: a PDF named after its number', async () => {
    const quote = await json(`/quotes/${quoteId}?depth=0`)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: t.pdf }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`${quote.number}.pdf`)
    const file = await fs.readFile(await download.path())
    expect(file.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('converts the quote to an order and the order to an invoice, one click each', async () => {
    const quote = await json(`/quotes/${quoteId}?depth=0`)
    await page.getByRole('button', { name: t.toOrder }).click()
    await page.waitForURL(/\/app\/sales-orders\/[^/?]+/)
    const orderId = idFromUrl()
    await page.locator('[data-total="total"]').waitFor()
    await shot('5-order')
    const order = await json(`/sales-orders/${orderId}?depth=0`)
    expect(order).toMatchObject({ account: customer.id, total: quote.total })
    expect(String(order.quote)).toBe(quoteId)
    expect(order.items.map((i: Doc) => String(i.product))).toEqual(quote.items.map((i: Doc) => String(i.product)))
    await page.getByRole('button', { name: t.toInvoice }).click()
    await page.waitForURL(/\/app\/invoices\/[^/?]+/)
    await page.locator('[data-total="total"]').waitFor()
    await shot('6-invoice')
    const invoice = await json(`/invoices/${idFromUrl()}?depth=0`)
    expect(invoice).toMatchObject({ account: customer.id, total: quote.total })
    expect(String(invoice.salesOrder)).toBe(orderId)
  })
})
