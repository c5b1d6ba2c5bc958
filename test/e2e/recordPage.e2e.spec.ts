import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * A record page in the workspace: a rep finds a demo customer by its phone number, logs a call with the
 * composer mentioning a colleague, sees it on the timeline with the last follow-up time moved, sees the
 * customer's contacts and opportunities and its history; the colleague has the mention notification.
 * In Chinese, with an English check and a phone-width screenshot.
 */
const url = inject('e2eUrl')
const REP = 'sales.east@demo.formwork.local'
const COLLEAGUE = { email: 'sales.north@demo.formwork.local', name: '赵华北' }
let browser: Browser
let page: Page
let userId: string | number
let customer: { id: string | number; name: string; phone: string }
const subject = `电话回访 ${Date.now().toString(36)}`

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const setLanguage = async (language: 'zh' | 'en') =>
  expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language } })).status()).toBe(200)

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(REP)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
  await setLanguage('zh')
  // A customer of the rep's with an opportunity and a contact (the demo gives each seeded customer both).
  const opportunities = await (await page.request.get(`${url}/api/opportunities?limit=20&depth=1&sort=-updatedAt`)).json()
  const withAccount = opportunities.docs.find((o: { account?: { phone?: string } }) => o.account?.phone)
  expect(withAccount, 'a demo opportunity of a customer with a phone').toBeTruthy()
  customer = withAccount.account
})

afterAll(async () => {
  if (page) await setLanguage('zh')
  await browser?.close()
})

it('finds the customer by phone number and logs a call mentioning a colleague (zh)', async () => {
  await page.goto(`${url}/app/search?q=${encodeURIComponent(customer.phone)}`)
  const link = page.getByRole('region', { name: '客户' }).locator(`a[href="/app/accounts/${customer.id}"]`)
  await link.waitFor()
  await link.click()
  await page.waitForURL(`**/app/accounts/${customer.id}`)
  const side = page.getByRole('complementary', { name: '跟进动态' })
  const formField = '[data-field="lastFollowUpAt"] input'
  await page.locator(formField).waitFor()
  const shownBefore = await page.locator(formField).inputValue()
  await side.getByRole('button', { name: '电话', exact: true }).click()
  await side.getByLabel('主题').fill(subject)
  const notes = side.getByLabel('内容（输入 @ 提及同事）')
  await notes.fill('客户询问报价，请 ')
  await notes.press('End')
  await notes.pressSequentially('@赵')
  const option = page.getByRole('option', { name: new RegExp(COLLEAGUE.name) })
  await option.waitFor()
  await shot('record-mention-zh')
  await option.click()
  expect(await notes.inputValue()).toMatch(/@\[赵华北\]\(user:[\w-]+\) $/)
  await notes.pressSequentially('跟进')
  await side.getByRole('button', { name: '记录', exact: true }).click()
  await side.getByText('已记录。').waitFor()
  // On the timeline, newest first, with the mention shown as @name.
  const first = side.getByRole('list', { name: '跟进动态' }).getByRole('listitem').first()
  await first.getByText(subject).waitFor()
  expect(await first.innerText()).toContain('@赵华北')
  // The last follow-up time moved to now (today's date in the header of the column).
  const last = side.getByTestId('last-follow-up')
  await last.getByText('最近跟进').waitFor()
  // The form's read-only field shows the new time too, without a reload.
  await page.waitForFunction(
    ([selector, before]) => (document.querySelector(selector) as HTMLInputElement | null)?.value !== before,
    [formField, shownBefore] as const,
  )
  const stored = (await (await page.request.get(`${url}/api/accounts/${customer.id}?depth=0`)).json()).lastFollowUpAt
  expect(Date.now() - new Date(stored).getTime()).toBeLessThan(10 * 60_000)
  await shot('record-page-zh')
})

it('shows the customer’s contacts and opportunities, each linked, and the history tab', async () => {
  const contacts = page.getByRole('region', { name: '联系人' })
  await contacts.getByRole('link').first().waitFor()
  expect(await contacts.getByRole('link', { name: '查看全部' }).getAttribute('href')).toBe(
    `/app/contacts?rel=${encodeURIComponent(`account:${customer.id}`)}`,
  )
  const opportunities = page.getByRole('region', { name: '销售机会' })
  await opportunities.locator('a[href^="/app/opportunities/"]').first().waitFor()
  // A change made elsewhere (the API) is in the history: who, what, and the field's before → after.
  const website = `https://${Date.now().toString(36)}.example.cn`
  expect((await page.request.patch(`${url}/api/accounts/${customer.id}`, { data: { website } })).status()).toBe(200)
  await page.getByRole('tab', { name: '变更历史' }).click()
  const history = page.getByRole('list', { name: '变更历史' })
  const entry = history.getByRole('listitem').first()
  await entry.getByText(`网站: ∅ → ${website}`).waitFor()
  expect(await entry.innerText()).toContain('李华东')
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('record-history-zh')
  // Attachments: a file uploaded from the page is listed there.
  await page.getByRole('tab', { name: '附件' }).click()
  const fileName = `报价说明-${Date.now().toString(36)}.txt`
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from('报价说明') })
  await page.getByText('已上传。').waitFor()
  await page.getByRole('tabpanel').getByRole('link', { name: fileName }).waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('record-attachments-zh')
  // "View all" opens the contacts list filtered to this customer.
  await page.getByRole('tab', { name: '相关信息' }).click()
  await page.getByRole('region', { name: '联系人' }).getByRole('link', { name: '查看全部' }).click()
  await page.waitForURL((u) => u.pathname === '/app/contacts' && u.searchParams.get('rel') === `account:${customer.id}`)
  await page.getByText('仅显示').waitFor()
  await page.locator('main table a[href^="/app/contacts/"]').first().waitFor()
  await shot('record-related-list-zh')
})

it('the colleague has the mention notification; the rep does not', async () => {
  const colleague = await browser.newContext()
  const login = await colleague.request.post(`${url}/api/users/login`, {
    data: { email: COLLEAGUE.email, password: DEMO.password },
  })
  expect(login.status()).toBe(200)
  const where = `where[kind][equals]=mention&where[record][equals]=${customer.id}&sort=-createdAt&limit=5`
  const theirs = await (await colleague.request.get(`${url}/api/notifications?${where}`)).json()
  expect(theirs.docs[0]).toMatchObject({ entity: 'accounts', record: String(customer.id) })
  expect(theirs.docs[0].textZh).toContain(subject)
  const mine = await (await page.request.get(`${url}/api/notifications?${where}`)).json()
  expect(mine.totalDocs).toBe(0)
  await colleague.close()
})

it('reads in English and stacks at phone width', async () => {
  await setLanguage('en')
  await page.goto(`${url}/app/accounts/${customer.id}`)
  const side = page.getByRole('complementary', { name: 'Activity' })
  await side.getByText(subject).waitFor()
  await side.getByTestId('last-follow-up').getByText('Last follow-up').waitFor()
  await page.getByRole('region', { name: 'Contacts' }).waitFor()
  await page.getByRole('toolbar', { name: 'Actions' }).getByRole('button', { name: 'Claim' }).click()
  // Already the rep's own customer: the server's refusal is shown as it is.
  await page.getByText(/^Refused: /).waitFor()
  await shot('record-page-en')
  // Copy: a new form with this customer's values, without its code.
  await page.getByRole('toolbar', { name: 'Actions' }).getByRole('link', { name: 'Copy' }).click()
  await page.waitForURL((u) => u.pathname === '/app/accounts/new' && u.searchParams.get('copy') === String(customer.id))
  await page.locator('[data-field="name"] input').waitFor()
  await page.waitForFunction(
    (name) => (document.querySelector('[data-field="name"] input') as HTMLInputElement)?.value === name,
    customer.name,
  )
  expect(await page.locator('[data-field="code"] input').inputValue()).toBe('')
  expect(await page.locator('[data-field="phone"] input').inputValue()).toBe(customer.phone)
  await shot('record-copy-en')
  await setLanguage('zh')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${url}/app/accounts/${customer.id}`)
  const column = page.getByRole('complementary', { name: '跟进动态' })
  await column.getByText(subject).waitFor()
  const form = await page.locator('form').first().boundingBox()
  const box = await column.boundingBox()
  // Stacked: the activity column comes below the form, as wide as the screen allows.
  expect((box?.y ?? 0) > (form?.y ?? 0)).toBe(true)
  expect(box?.width ?? 0).toBeGreaterThan(300)
  await shot('record-page-zh-phone')
})
