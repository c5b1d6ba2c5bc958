import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * Plans and summaries in the workspace: the Chinese demo manager returns a rep's handed-in weekly
 * plan with a comment; an English rep writes a monthly summary on a phone and hands it in.
 */
const url = inject('e2eUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function signIn(email: string, locale: string, viewport: { width: number; height: number }) {
  const context: BrowserContext = await browser.newContext({ viewport, locale })
  const page: Page = await context.newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && u.pathname !== '/app/login', { timeout: 30_000 })
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
  return { context, page, shot }
}

it("the manager returns a rep's handed-in plan with a comment, and the rep is told (zh)", async () => {
  const { context, page, shot } = await signIn('manager@demo.formwork.local', 'zh-CN', { width: 1366, height: 900 })
  try {
    const waiting = await (await page.request.get(`${url}/api/work-plans?where[status][equals]=submitted&depth=0&limit=1`)).json()
    const plan = waiting.docs[0]
    expect(plan?.title).toMatch(/周计划$/)
    await page.goto(`${url}/app/work-plans`)
    await page.getByRole('link', { name: plan.title }).first().waitFor({ timeout: 30_000 })
    await shot('work-plans-list-zh')
    await page.goto(`${url}/app/work-plans/${plan.id}`)
    const review = page.getByRole('region', { name: '点评' })
    await review.getByText('状态：已提交').waitFor({ timeout: 30_000 })
    await review.getByLabel('点评内容（退回时必填）').fill('请补充华东区的拜访目标')
    await review.getByRole('button', { name: '退回' }).click()
    await review.getByText('点评已保存。').waitFor({ timeout: 15_000 })
    await review.getByText('状态：已退回').waitFor()
    await review.getByText('请补充华东区的拜访目标').waitFor()
    await shot('work-plans-returned-zh')
    const stored = await (await page.request.get(`${url}/api/work-plans/${plan.id}?depth=0`)).json()
    expect(stored.status).toBe('returned')
    expect(stored.reviews.at(-1)).toMatchObject({ verdict: 'returned', comment: '请补充华东区的拜访目标' })
  } finally {
    await context.close()
  }
})

it('a rep writes a monthly summary on a phone and hands it in to their manager (en)', async () => {
  const { context, page, shot } = await signIn('sales.a@demo-en.formwork.local', 'en-GB', { width: 390, height: 844 })
  try {
    await page.goto(`${url}/app/work-plans/new`)
    const field = (name: string) => page.locator(`#record-${name}`)
    await field('kind').waitFor({ timeout: 30_000 })
    await field('kind').selectOption('summary')
    await field('period').selectOption('month')
    await field('periodDate').fill(new Date().toISOString().slice(0, 10))
    await field('content').fill('Signed two deals; six new leads from the fair.')
    await shot('work-plans-new-en-phone')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL((u) => /^\/app\/work-plans\/\d+$/.test(u.pathname), { timeout: 15_000 })
    const review = page.getByRole('region', { name: 'Review' })
    await review.getByText('Status: Draft').waitFor({ timeout: 15_000 })
    await review.getByRole('button', { name: 'Hand in for review' }).click()
    await review.getByText('Handed in: your reviewer has been notified.').waitFor({ timeout: 15_000 })
    await review.getByText('Status: Submitted').waitFor()
    expect(await review.getByRole('button', { name: 'Hand in for review' }).count()).toBe(0)
    await shot('work-plans-submitted-en-phone')
    const id = new URL(page.url()).pathname.split('/').pop()
    const stored = await (await page.request.get(`${url}/api/work-plans/${id}?depth=1`)).json()
    expect(stored).toMatchObject({ status: 'submitted', kind: 'summary', period: 'month' })
    expect(stored.title).toMatch(/^\d{4}-\d{2} monthly summary$/)
    expect(stored.reviewer?.email).toBe('manager@demo-en.formwork.local')
  } finally {
    await context.close()
  }
})
