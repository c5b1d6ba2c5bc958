import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

let browser: Browser
let page: Page
const url = inject('e2eUrl')
let tenant: string
let rootToken: string

const REP = 'sales.east@demo.formwork.local'

async function rest(method: string, apiPath: string, body?: unknown) {
  const res = await fetch(`${url}/api${apiPath}`, {
    method,
    headers: { authorization: `JWT ${rootToken}`, 'x-tenant': tenant, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

beforeAll(async () => {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.admin, password: DEMO.adminPassword }),
  })
  rootToken = (await login.json()).token
  const tenants = await fetch(`${url}/api/tenants?where[name][equals]=示例科技有限公司&depth=0`, {
    headers: { authorization: `JWT ${rootToken}` },
  })
  tenant = String((await tenants.json()).docs[0].id)
  // The demo's sales reps see customers' numbers masked from now on.
  const roles = await rest('GET', '/roles?where[key][equals]=sales&depth=0')
  expect((await rest('PATCH', `/roles/${roles.body.docs[0].id}`, { maskPersonalData: true })).status).toBe(200)
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false })

async function login(email: string, password: string) {
  await page.context().clearCookies()
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
}

it('a masked sales rep sees mobiles masked in the list and the form, and saving keeps the real number', async () => {
  const users = await rest('GET', `/users?where[email][equals]=${REP}&depth=0`)
  const rep = users.body.docs[0].id
  const contacts = await rest('GET', `/contacts?where[owner][equals]=${rep}&where[mobile][exists]=true&limit=1&depth=0`)
  const contact = contacts.body.docs[0]
  const mobile: string = contact.mobile
  expect(mobile).not.toContain('*')

  await login(REP, DEMO.password)
  await page.goto(`${url}/admin/collections/contacts?where[id][equals]=${contact.id}`)
  await page.locator('table tbody tr').first().waitFor()
  const list = await page.locator('table tbody').innerText()
  expect(list).toContain(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`)
  expect(list).not.toContain(mobile)
  await shot('contacts-list-masked')

  await page.goto(`${url}/admin/collections/contacts/${contact.id}`)
  const field = page.locator('#field-mobile')
  await field.waitFor()
  expect(await field.inputValue()).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`)
  await page.locator('#field-title').fill('采购负责人')
  await page.locator('#action-save').click()
  // The admin saves through its own server action, so the stored record is what tells.
  await expect
    .poll(async () => (await rest('GET', `/contacts/${contact.id}?depth=0`)).body.title, { timeout: 30_000 })
    .toBe('采购负责人')
  expect((await rest('GET', `/contacts/${contact.id}?depth=0`)).body.mobile).toBe(mobile)
})

it('a super admin erases a lead from its page: the record stays, anonymised', async () => {
  const leads = await rest('GET', '/leads?where[status][not_equals]=converted&where[mobile][exists]=true&limit=1&depth=0')
  const lead = leads.body.docs[0]
  await login(DEMO.admin, DEMO.adminPassword)
  await useLanguage(page, url, 'zh')
  await page.context().addCookies([{ name: 'formwork-tenant', value: tenant, url }])
  await page.goto(`${url}/admin/collections/leads/${lead.id}`)
  await page.getByTestId('personal-data-actions').waitFor()
  page.once('dialog', (dialog) => void dialog.accept('客户本人电话申请删除'))
  await page.getByRole('button', { name: '删除个人信息' }).click()
  await page.waitForLoadState('load')
  await page.locator('#field-name').waitFor()
  await expect.poll(() => page.locator('#field-name').inputValue(), { timeout: 30_000 }).toBe(`已删除的个人 #${lead.id}`)
  expect(await page.locator('#field-mobile').inputValue()).toBe('')
  await shot('lead-erased')
  const stored = await rest('GET', `/leads/${lead.id}?depth=0`)
  expect(stored.body).toMatchObject({ name: `已删除的个人 #${lead.id}`, mobile: null, email: null })
})
