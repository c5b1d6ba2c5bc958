import path from 'node:path'
import type { APIRequestContext, Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'
import { startSmsGateway } from '../helpers/smsGateway'

/**
 * A batch SMS to a saved view from the workspace: a demo rep saves a view of their contacts, writes the
 * text on the SMS screen, and the batch page reports every recipient's status — sent through a local
 * gateway started here, or skipped for want of a number — in the Chinese demo company and the English one.
 */
const url = inject('e2eUrl')
const SECRET = 'e2e-gateway-secret'
let browser: Browser
let admin: APIRequestContext
let gateway: Awaited<ReturnType<typeof startSmsGateway>>

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

beforeAll(async () => {
  gateway = await startSmsGateway(SECRET)
  browser = await launchBrowser()
  admin = (await browser.newContext()).request
  const login = await admin.post(`${url}/api/users/login`, { data: { email: DEMO.admin, password: DEMO.adminPassword } })
  expect(login.status()).toBe(200)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await gateway?.close()
})

const cases = [
  {
    language: 'zh',
    slug: 'demo',
    rep: 'sales.east@demo.formwork.local',
    locale: 'zh-CN',
    t: {
      send: '发送',
      sent: '已发送',
      skipped: '已跳过：无号码',
      done: '已完成',
      report: '发送报表',
      compose: '写短信',
      cancel: '取消发送',
      cancelled: '已取消',
      queued: '排队中',
    },
  },
  {
    language: 'en',
    slug: 'demo-en',
    rep: 'sales.a@demo-en.formwork.local',
    locale: 'en-GB',
    t: {
      send: 'Send',
      sent: 'Sent',
      skipped: 'Skipped: no number',
      done: 'Done',
      report: 'Report',
      compose: 'Write',
      cancel: 'Cancel sending',
      cancelled: 'Cancelled',
      queued: 'Queued',
    },
  },
] as const

describe.each(cases)('batch SMS to a saved view ($language)', (c) => {
  it('reports every recipient’s status', async () => {
    const tenant = (await (await admin.get(`${url}/api/tenants?where[slug][equals]=${c.slug}&depth=0`)).json()).docs[0]
    const headers = { 'x-tenant': String(tenant.id) }
    const created = await admin.post(`${url}/api/sms-gateways`, {
      headers,
      data: { name: 'e2e gateway', channel: 'sms', url: gateway.url, secret: SECRET, signatureHeader: 'x-signature' },
    })
    expect(created.status(), await created.text()).toBe(201)

    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: c.locale })
    const page = await context.newPage()
    try {
      await page.goto(`${url}/app`)
      await page.waitForURL((u) => u.pathname === '/app/login')
      await page.locator('#login-email').fill(c.rep)
      await page.locator('#login-password').fill(DEMO.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && u.pathname !== '/app/login', { timeout: 30_000 })
      const me = (await (await page.request.get(`${url}/api/users/me`)).json()).user
      expect((await page.request.patch(`${url}/api/users/${me.id}`, { data: { language: c.language } })).status()).toBe(200)
      // Two contacts of the rep under a title only this run uses: one reachable, one without a number.
      const tag = `SMS-E2E-${c.language}-${Date.now().toString(36)}`
      for (const [name, mobile] of [
        [`${tag} reachable`, '13900000001'],
        [`${tag} no number`, ''],
      ])
        expect(
          (
            await page.request.post(`${url}/api/contacts`, {
              data: { name, title: tag, mobile: mobile || null, consent: { sms: { allowed: true } } },
            })
          ).status(),
        ).toBe(201)
      const view = await page.request.post(`${url}/api/saved-views`, {
        data: {
          entity: 'contacts',
          label: tag,
          view: {
            id: 'sms',
            label: { en: tag },
            kind: 'table',
            columns: [{ field: 'name' }],
            pageSize: 20,
            filters: [{ field: 'title', operator: 'equals', value: tag }],
          },
        },
      })
      expect(view.status(), await view.text()).toBe(201)

      await page.goto(`${url}/app/sms`)
      await page.locator('select[name="savedView"]').selectOption({ label: tag })
      await page.locator('textarea[name="text"]').fill('{{name}}: 周末活动 / weekend offer')
      await shot(page, `sms-compose-${c.language}`)
      await page.getByRole('button', { name: c.t.send, exact: true }).click()
      await page
        .getByTestId('batch-status')
        .filter({ hasText: c.t.done })
        .waitFor({ timeout: 40_000 })
        .catch(async (error) => {
          await shot(page, `sms-batch-stuck-${c.language}`)
          throw error
        })
      const messages = page.getByTestId('batch-messages')
      await expect.poll(() => messages.locator('tbody tr').count(), { timeout: 10_000 }).toBe(2)
      await messages
        .locator('tr', { hasText: `${tag} reachable` })
        .filter({ hasText: c.t.sent })
        .waitFor()
      await messages
        .locator('tr', { hasText: `${tag} no number` })
        .filter({ hasText: c.t.skipped })
        .waitFor()
      await shot(page, `sms-batch-${c.language}`)
      expect(gateway.received.some((r) => r.body.text === `${tag} reachable: 周末活动 / weekend offer`)).toBe(true)

      // A batch scheduled for later is cancelled before it goes: its message never reaches the gateway.
      await page.getByRole('tab', { name: c.t.compose }).click()
      await page.locator('select[name="savedView"]').selectOption({ label: tag })
      await page.locator('textarea[name="text"]').fill(`${tag} later`)
      const later = new Date(Date.now() + 3_600_000)
      const local = new Date(later.getTime() - later.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
      await page.locator('input[name="dueAt"]').fill(local)
      await page.getByRole('button', { name: c.t.send, exact: true }).click()
      // Prepared (one message per recipient, waiting for its time) before it is stopped.
      await page.getByTestId('batch-status').filter({ hasText: c.t.queued }).waitFor({ timeout: 40_000 })
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: c.t.cancel }).click()
      await page.getByTestId('batch-status').filter({ hasText: c.t.cancelled }).waitFor({ timeout: 10_000 })
      await messages
        .locator('tr', { hasText: `${tag} reachable` })
        .filter({ hasText: c.t.cancelled })
        .waitFor()
      expect(gateway.received.some((r) => r.body.text === `${tag} later`)).toBe(false)
      await shot(page, `sms-cancelled-${c.language}`)

      // The report counts what this rep sent, by status, under their name.
      await page.getByRole('tab', { name: c.t.report }).click()
      const report = page.getByTestId('sms-report')
      await report.waitFor()
      const sentRow = report.locator('tr', { hasText: me.name }).filter({ hasText: c.t.sent })
      await sentRow.waitFor()
      expect(Number(await sentRow.locator('td').last().textContent())).toBeGreaterThanOrEqual(1)
      await shot(page, `sms-report-${c.language}`)
    } finally {
      await context.close()
    }
  })
})
