import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * Printing and sending are not only for quotes: once the admin adds an export template for customers,
 * a rep's customer page offers it, sends the customer card by email (a bad address is named and what
 * was typed stays), and the email shows on the customer's timeline. In Chinese and in English.
 */
const url = inject('e2eUrl')
const REP = 'sales.east@demo.formwork.local'
let browser: Browser
let page: Page
let adminToken: string
let tenant: string | number
let template: string | number
let userId: string | number

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
  template = (
    await asAdmin('POST', '/export-templates', {
      name: '客户资料卡',
      entity: 'accounts',
      language: 'zh',
      format: 'html',
      source: '<h1>{{doc.name}}</h1><p>{{doc.phone}}</p>',
    })
  ).doc.id

  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(REP)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
})

afterAll(async () => {
  if (template != null) await asAdmin('DELETE', `/export-templates/${template}`)
  if (page) await page.request.patch(`${url}/api/users/${userId}`, { data: { language: 'zh' } })
  await browser?.close()
})

const cases = [
  {
    language: 'zh',
    email: '邮件发送',
    to: '收件人（多个用逗号分隔）',
    send: '发送',
    bad: '不是有效的邮箱地址',
    sent: '已发送给',
    timeline: '跟进动态',
  },
  {
    language: 'en',
    email: 'Send by email',
    to: 'To (several: separate with commas)',
    send: 'Send',
    bad: 'is not an email address',
    sent: 'Sent to',
    timeline: 'Activity',
  },
] as const

for (const c of cases) {
  it(`sends a customer card from the customer's page, and the timeline shows it (${c.language})`, async () => {
    expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language: c.language } })).status()).toBe(200)
    const account = (await (await page.request.get(`${url}/api/accounts?limit=1&depth=0&sort=name`)).json()).docs[0]
    await page.goto(`${url}/app/accounts/${account.id}`)
    await page.getByRole('button', { name: c.email }).click()
    const to = page.getByLabel(c.to)
    await to.fill('buyer@@example')
    await page.getByRole('button', { name: c.send, exact: true }).click()
    await page.getByRole('alert').filter({ hasText: c.bad }).waitFor()
    await expect(to.inputValue()).resolves.toBe('buyer@@example')
    await page.screenshot({ path: path.join(SCREENSHOTS, `send-template-refused-${c.language}.png`), fullPage: true })

    const address = `buyer.${c.language}.${Date.now().toString(36)}@example.com`
    await to.fill(address)
    await page.getByRole('button', { name: c.send, exact: true }).click()
    await page.getByText(`${c.sent} ${address}`).waitFor()
    // This very email, on top of the timeline at once (no reload).
    const newest = page.getByRole('complementary', { name: c.timeline }).getByRole('listitem').first()
    await newest.getByText(`→ ${address}`).waitFor()
    expect(await newest.innerText()).toContain('客户资料卡')
    await page.screenshot({ path: path.join(SCREENSHOTS, `send-template-sent-${c.language}.png`), fullPage: true })
    const outbox = await asAdmin('GET', `/outbox?where[to][equals]=${encodeURIComponent(address)}&depth=0`)
    expect(outbox.docs).toHaveLength(1)
    expect(outbox.docs[0].html).toContain(`<h1>${account.name}</h1>`)
  })
}
