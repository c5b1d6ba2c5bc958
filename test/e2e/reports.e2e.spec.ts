import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { groupDigits } from '../../src/money/groupDigits'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The report wizard end to end, as the demo's sales manager: a summary of opportunity amounts by stage
 * with a bar chart, previewed (figures equal the engine's answer through the API), saved, added to the
 * manager's dashboard, and shown there and on the home page — in Chinese and in English.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let userId: string | number
const NAME = { zh: '按阶段金额', en: 'Amount by stage' }

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const setLanguage = async (language: 'zh' | 'en') =>
  expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language } })).status()).toBe(200)

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill('manager@demo.formwork.local')
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), {
    timeout: 30_000,
  })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
})

afterAll(async () => {
  if (page) await setLanguage('zh')
  await browser?.close()
})

async function buildReport(language: 'zh' | 'en') {
  await setLanguage(language)
  await page.goto(`${url}/app/reports`)
  await page.locator('#report-entity').selectOption('opportunities')
  await page.locator('#report-type').selectOption('summary')
  await page.locator('#report-group1').selectOption('stage')
  await page.locator('#report-fn').selectOption('sum')
  await page.locator('#report-measure').selectOption('amount')
  await page.locator('#report-chart').selectOption('bar')
  await page.locator('#report-name').fill(NAME[language])
  await page.getByRole('button', { name: language === 'zh' ? '预览' : 'Preview' }).click()
  await page.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 })
  // The preview shows what the engine answers for the same definition.
  const expected = await (
    await page.request.post(`${url}/api/reports/run`, {
      data: {
        definition: {
          entity: 'opportunities',
          type: 'summary',
          groups: [{ field: 'stage' }],
          aggregates: [{ fn: 'count' }, { fn: 'sum', field: 'amount' }],
          filters: [],
          chart: { type: 'bar', aggregate: 1 },
        },
        pageSize: 100,
      },
    })
  ).json()
  expect(expected.total.count).toBeGreaterThan(0)
  const footer = await page.locator('tfoot th').allTextContents()
  // Figures as people read them: digits grouped, decimals exact.
  expect(footer.slice(1)).toEqual(expected.total.values.map((v: string | number) => groupDigits(String(v))))
  expect(await page.locator('tbody tr').count()).toBe(expected.rows.length)
  await shot(`reports-wizard-${language}`)
  await page.getByRole('button', { name: language === 'zh' ? '保存报表' : 'Save report' }).click()
  await page
    .getByRole('status')
    .filter({ hasText: language === 'zh' ? '报表已保存。' : 'Report saved.' })
    .waitFor()
  await page.getByRole('button', { name: language === 'zh' ? '添加到我的仪表盘' : 'Add to my dashboard' }).click()
  await page
    .getByRole('status')
    .filter({ hasText: language === 'zh' ? '已添加到您的仪表盘。' : 'Added to your dashboard.' })
    .waitFor()
  return expected
}

it('builds a summary report with a chart in the wizard and adds it to the dashboard (zh)', async () => {
  const expected = await buildReport('zh')
  await page.goto(`${url}/app/dashboards`)
  const widget = page.locator(`article[data-widget="${NAME.zh}"]`)
  await widget.locator('svg[data-chart], figure[data-chart="bar"]').first().waitFor({ timeout: 30_000 })
  expect(await widget.locator('figure[data-chart="bar"] rect').count()).toBe(expected.rows.length)
  await shot('dashboards-zh')
  await page.goto(`${url}/app`)
  await page.locator(`article[data-widget="${NAME.zh}"]`).waitFor({ timeout: 30_000 })
})

it('does the same in English, and the dashboard holds both widgets', async () => {
  await buildReport('en')
  await page.goto(`${url}/app/dashboards`)
  await page.locator(`article[data-widget="${NAME.en}"] figure[data-chart="bar"]`).waitFor({ timeout: 30_000 })
  await page.locator(`article[data-widget="${NAME.zh}"]`).waitFor()
  await page.getByRole('heading', { name: 'Dashboards', level: 1 }).waitFor()
  await shot('dashboards-en')
})
