import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * A manager announces something to the whole company; a rep opens it (that is reading it); the manager's
 * page of the announcement shows the rep among those who have read it. In Chinese and in English.
 */
const url = inject('e2eUrl')
let browser: Browser
const contexts: BrowserContext[] = []

async function signIn(email: string, language: 'zh' | 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  const me = (await (await page.request.get(`${url}/api/users/me`)).json()).user
  expect((await page.request.patch(`${url}/api/users/${me.id}`, { data: { language } })).status()).toBe(200)
  return page
}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const context of contexts) {
    const page = context.pages()[0]
    const me = page ? (await (await page.request.get(`${url}/api/users/me`)).json()).user : null
    if (me) await page.request.patch(`${url}/api/users/${me.id}`, { data: { language: 'zh' } })
  }
  await browser?.close()
})

for (const language of ['zh', 'en'] as const) {
  it(`shows the author who has read an announcement (${language})`, async () => {
    const manager = await signIn('manager@demo.formwork.local', language)
    const rep = await signIn('sales.east@demo.formwork.local', language)
    const created = await manager.request.post(`${url}/api/announcements`, {
      data: {
        title: `${language === 'zh' ? '年终盘点通知' : 'Year-end stocktake'} ${Date.now().toString(36)}`,
        body: language === 'zh' ? '12 月 31 日盘点，请各部门配合。' : 'Stocktake on 31 December.',
        audience: 'all',
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
      },
    })
    expect(created.status()).toBe(201)
    const id = (await created.json()).doc.id

    await rep.goto(`${url}/app/announcements/${id}`)
    await expect
      .poll(
        async () =>
          (await (await rep.request.get(`${url}/api/announcement-reads?depth=0&where[announcement][equals]=${id}`)).json())
            .totalDocs,
      )
      .toBe(1)
    expect(await rep.locator('[data-receipts]').count()).toBe(0)

    await manager.goto(`${url}/app/announcements/${id}`)
    const receipts = manager.locator('[data-receipts]')
    await receipts.getByText(language === 'zh' ? /已读 2 \/ \d+ 人/ : /2 of \d+ have read it/).waitFor()
    await receipts.getByText('李华东').first().waitFor()
    await manager.screenshot({ path: path.join(SCREENSHOTS, `announcement-receipts-${language}.png`), fullPage: true })
  })
}
