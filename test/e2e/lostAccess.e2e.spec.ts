import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * A rep has a customer's page open and is typing when an administrator takes "update" on customers
 * away from the sales role: the save is refused with a message that says why and that nothing was
 * lost; the typed values stay in the form and come back after a reload, once the right is restored.
 * In Chinese and in English.
 */
const url = inject('e2eUrl')
const REP = 'sales.east@demo.formwork.local'
type Permission = { collection: string; actions?: string[]; scope: string }
let browser: Browser
let page: Page
let adminToken: string
let tenant: string | number
let role: { id: string | number; permissions: Permission[] }
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

const withoutUpdate = (permissions: Permission[]) =>
  permissions.map(({ collection, actions, scope }) => ({
    collection,
    scope,
    actions: collection === 'accounts' ? (actions ?? []).filter((a) => a !== 'update') : actions,
  }))
const restore = () => asAdmin('PATCH', `/roles/${role.id}`, { permissions: role.permissions })

beforeAll(async () => {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.admin, password: DEMO.adminPassword }),
  })
  adminToken = (await login.json()).token
  tenant = (await asAdmin('GET', `/tenants?where[name][equals]=${encodeURIComponent('示例科技有限公司')}`)).docs[0].id
  const roles = await asAdmin('GET', `/roles?where[key][equals]=sales&where[tenant][equals]=${tenant}&depth=0`)
  role = roles.docs[0]
  expect(role.permissions.find((p) => p.collection === 'accounts')?.actions).toContain('update')

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
  if (role) await restore()
  if (page) await page.request.patch(`${url}/api/users/${userId}`, { data: { language: 'zh' } })
  await browser?.close()
})

const cases = [
  { language: 'zh', refused: '您已无权修改这条记录', offered: '当时未能保存', putBack: '放回表单', save: '保存' },
  {
    language: 'en',
    refused: 'You may no longer change this record',
    offered: 'could not be saved then',
    putBack: 'Put them back in the form',
    save: 'Save',
  },
] as const

for (const c of cases) {
  it(`keeps what the rep typed when their role loses the right to save it (${c.language})`, async () => {
    expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language: c.language } })).status()).toBe(200)
    const mine = await (
      await page.request.get(`${url}/api/accounts?limit=1&depth=0&sort=-updatedAt&where[owner][equals]=${userId}`)
    ).json()
    const account = mine.docs[0]
    await page.goto(`${url}/app/accounts/${account.id}`)
    const website = page.locator('[data-field="website"] input')
    await website.waitFor()
    const typed = `https://example.com/${c.language}-${Date.now().toString(36)}`
    await website.fill(typed)

    await asAdmin('PATCH', `/roles/${role.id}`, { permissions: withoutUpdate(role.permissions) })
    try {
      await page.getByRole('button', { name: c.save, exact: true }).click()
      const alert = page.getByRole('alert').filter({ hasText: c.refused })
      await alert.waitFor()
      await expect(website.inputValue()).resolves.toBe(typed)
      await page.screenshot({ path: path.join(SCREENSHOTS, `lost-access-refused-${c.language}.png`), fullPage: true })
      const stored = await asAdmin('GET', `/accounts/${account.id}?depth=0`)
      expect(stored.website ?? null).toBe(account.website ?? null)

      // Closing the tab loses nothing: the page offers the values back.
      await page.reload()
      await page.locator('[data-unsaved-draft]').filter({ hasText: c.offered }).waitFor()
    } finally {
      await restore()
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, `lost-access-offered-${c.language}.png`), fullPage: true })
    await page.getByRole('button', { name: c.putBack }).click()
    await expect(website.inputValue()).resolves.toBe(typed)
    await page.getByRole('button', { name: c.save, exact: true }).click()
    await expect.poll(async () => (await asAdmin('GET', `/accounts/${account.id}?depth=0`)).website).toBe(typed)
    await page.reload()
    await website.waitFor()
    expect(await page.locator('[data-unsaved-draft]').count()).toBe(0)
  })
}
