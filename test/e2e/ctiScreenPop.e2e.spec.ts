import path from 'node:path'
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { dayOf } from '../../src/calendar/range/zonedTime'
import { signBody } from '../../src/webhooks/signature'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The screen pop: a demo sales rep has the workspace open; the telephone system posts a signed
 * "ringing" for one of the rep's contacts, and the caller's card appears within a second of the
 * POST's answer; after the hang-up the rep logs the outcome, and the contact's timeline shows the
 * call — in the Chinese demo company and in the English one.
 */
const url = inject('e2eUrl')
let browser: Browser
let admin: APIRequestContext

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

beforeAll(async () => {
  browser = await launchBrowser()
  admin = (await browser.newContext()).request
  const login = await admin.post(`${url}/api/users/login`, { data: { email: DEMO.admin, password: DEMO.adminPassword } })
  expect(login.status()).toBe(200)
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** What the test needs of a demo company: its CTI secret, the rep's id and one of the rep's contacts with a mobile. */
async function demoCall(slug: string, repEmail: string) {
  const tenants = await (await admin.get(`${url}/api/tenants?where[slug][equals]=${slug}&depth=0`)).json()
  const tenant = tenants.docs[0]
  expect(tenant.cti.secret).toMatch(/^[0-9a-f]+$/)
  const headers = { 'x-tenant': String(tenant.id) }
  const users = await (
    await admin.get(`${url}/api/users?where[email][equals]=${encodeURIComponent(repEmail)}&depth=0`, { headers })
  ).json()
  const rep = users.docs[0]
  const contacts = await (
    await admin.get(`${url}/api/contacts?where[owner][equals]=${rep.id}&where[mobile][exists]=true&limit=1&depth=1&sort=name`, {
      headers,
    })
  ).json()
  const contact = contacts.docs[0]
  expect(contact?.mobile, `a contact of ${repEmail} with a mobile`).toBeTruthy()
  return { slug, secret: String(tenant.cti.secret), contact, rep, timeZone: String(tenant.timeZone ?? 'Asia/Shanghai'), headers }
}

/** The telephone system's side: a signed POST straight to the server, as a CTI would send it. */
async function postEvent(slug: string, secret: string, event: Record<string, unknown>) {
  const body = JSON.stringify(event)
  const res = await fetch(`${url}/api/cti/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tenant': slug,
      'x-formwork-signature': signBody(secret, body, Math.floor(Date.now() / 1000)),
    },
    body,
  })
  expect(res.status, await res.clone().text()).toBe(200)
  return res.json()
}

async function signIn(email: string, locale: string, timezoneId?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale, timezoneId })
  const page = await context.newPage()
  await page.goto(`${url}/app`)
  await page.waitForURL((u) => u.pathname === '/app/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && u.pathname !== '/app/login', { timeout: 30_000 })
  return { context, page }
}

const cases = [
  {
    language: 'zh',
    slug: 'demo',
    rep: 'sales.east@demo.formwork.local',
    locale: 'zh-CN',
    texts: {
      calls: '通话统计',
      today: '今天',
      total: '合计',
      incoming: '来电',
      ended: '已挂断',
      outcome: '通话结果',
      notes: '备注',
      save: '保存通话记录',
      saved: '通话记录已保存',
    },
    notes: '客户要求下周寄样品',
  },
  {
    language: 'en',
    slug: 'demo-en',
    rep: 'sales.a@demo-en.formwork.local',
    locale: 'en-GB',
    texts: {
      calls: 'Call statistics',
      today: 'Today',
      total: 'Total',
      incoming: 'Incoming call',
      ended: 'Ended',
      outcome: 'Outcome',
      notes: 'Notes',
      save: 'Save call',
      saved: 'Call saved',
    },
    notes: 'Wants samples next week',
  },
] as const

describe.each(cases)('screen pop ($language)', (c) => {
  it('pops the caller within a second, logs the outcome after the hang-up, and the timeline shows the call', async () => {
    const { secret, contact } = await demoCall(c.slug, c.rep)
    const { context, page } = await signIn(c.rep, c.locale)
    try {
      await page.goto(`${url}/app`)
      // The stream is open once the server listens for this tab.
      await page.locator('[data-listening="true"]').waitFor({ timeout: 30_000 })
      await page.getByTestId('agent-status').selectOption('available')
      const callId = `e2e-${c.language}-${Date.now()}`
      const base = { callId, direction: 'inbound', from: contact.mobile, to: '4008009000', agent: c.rep }
      const ringing = await postEvent(c.slug, secret, { ...base, event: 'ringing' })
      const answeredAt = Date.now()
      expect(ringing.customer).toEqual({ collection: 'contacts', id: contact.id })
      const pop = page.getByTestId('screen-pop')
      await pop.getByTestId('screen-pop-customer').filter({ hasText: contact.name }).waitFor({ timeout: 5_000 })
      const elapsed = Date.now() - answeredAt
      expect(elapsed, `the pop appeared ${elapsed} ms after the POST's answer`).toBeLessThan(1_000)
      expect(await pop.getByRole('heading', { name: c.texts.incoming }).isVisible()).toBe(true)
      if (contact.account?.name) expect(await pop.textContent()).toContain(contact.account.name)
      await shot(page, `cti-screen-pop-ringing-${c.language}`)

      await postEvent(c.slug, secret, { ...base, event: 'answered' })
      await expect.poll(() => page.getByTestId('agent-status').inputValue(), { timeout: 5_000 }).toBe('busy')
      await postEvent(c.slug, secret, { ...base, event: 'hangup', recordingUrl: 'https://recordings.example.com/e2e.mp3' })
      await pop.getByText(c.texts.ended).waitFor({ timeout: 5_000 })
      await pop.getByLabel(c.texts.outcome).selectOption('followUp')
      await pop.getByLabel(c.texts.notes).fill(c.notes)
      await shot(page, `cti-screen-pop-outcome-${c.language}`)
      await pop.getByRole('button', { name: c.texts.save }).click()
      await pop.getByRole('status').filter({ hasText: c.texts.saved }).waitFor({ timeout: 10_000 })
      expect(await page.getByTestId('agent-status').inputValue()).toBe('available')

      await pop.getByTestId('screen-pop-customer').click()
      await page.waitForURL((u) => u.pathname === `/app/contacts/${contact.id}`, { timeout: 30_000 })
      const entry = page.locator('li').filter({ hasText: c.notes })
      await entry.waitFor({ timeout: 15_000 })
      expect(await entry.textContent()).toContain(contact.mobile)
      await shot(page, `cti-timeline-${c.language}`)
    } finally {
      await context.close()
    }
  }, 180_000)

  it("counts today's calls by agent on the statistics page, each figure equal to the call records'", async () => {
    const { rep, timeZone, headers } = await demoCall(c.slug, c.rep)
    // The browser in the company's time zone: its "today" is the company's day, which the server counts in.
    const { context, page } = await signIn(c.rep, c.locale, timeZone)
    try {
      const today = dayOf(new Date(), timeZone)
      const calls = (
        await (
          await admin.get(`${url}/api/activities?where[type][equals]=call&where[owner][equals]=${rep.id}&limit=500&depth=0`, {
            headers,
          })
        ).json()
      ).docs.filter((d: { startAt: string; callId?: string }) => d.callId && dayOf(new Date(d.startAt), timeZone) === today)
      expect(calls.length, 'the call of the test before').toBeGreaterThan(0)
      const completed = calls.filter((d: { callStatus: string }) => d.callStatus === 'completed')
      const talk = completed.reduce((sum: number, d: { callDurationSeconds?: number }) => sum + (d.callDurationSeconds ?? 0), 0)
      const expected = [
        calls.filter((d: { callDirection: string }) => d.callDirection === 'inbound').length,
        calls.filter((d: { callDirection: string }) => d.callDirection === 'outbound').length,
        completed.length,
        calls.filter((d: { callStatus: string }) => d.callStatus === 'missed').length,
      ].map(String)

      await page.locator('a[data-nav="calls"]').click()
      await page.getByRole('heading', { name: c.texts.calls }).waitFor()
      await page.getByRole('button', { name: c.texts.today }).click()
      const row = page.getByTestId('call-stats').locator('tbody tr').filter({ hasText: rep.name })
      await expect.poll(async () => (await row.locator('td').allInnerTexts()).slice(0, 4), { timeout: 10_000 }).toEqual(expected)
      const cells = await row.locator('td').allInnerTexts()
      const [m, sec] = cells[4].split(':').slice(-2).map(Number)
      const hours = cells[4].split(':').length === 3 ? Number(cells[4].split(':')[0]) : 0
      expect(hours * 3600 + m * 60 + sec).toBe(talk)
      expect(await page.getByTestId('call-stats').locator('tfoot td').first().innerText()).toBe(c.texts.total)
      await shot(page, `cti-call-stats-${c.language}`)
    } finally {
      await context.close()
    }
  }, 120_000)
})
