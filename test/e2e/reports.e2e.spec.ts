import { readFile } from 'node:fs/promises'
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

const TABLE = { zh: '商机客户行业明细', en: 'Deals with their industry' }

it('builds a table of deals with their customer’s industry, sorted, paged, mailed weekly and downloadable (zh, en)', async () => {
  for (const language of ['zh', 'en'] as const) {
    const zh = language === 'zh'
    await setLanguage(language)
    await page.goto(`${url}/app/reports`)
    await page.locator('#report-entity').selectOption('opportunities')
    await page.locator('#report-type').selectOption('tabular')
    for (const column of ['name', 'account.industry', 'amount']) {
      await page.locator('#report-column').selectOption(column)
      await page.getByRole('button', { name: zh ? '添加' : 'Add', exact: true }).click()
    }
    await page.locator('#report-sort').selectOption('amount')
    await page.locator('#report-sort-direction').selectOption('desc')
    await page.locator('#report-frequency').selectOption('weekly')
    await page.locator('#report-recipients').fill('boss@example.test')
    await page.locator('#report-name').fill(TABLE[language])
    await page.getByRole('button', { name: zh ? '预览' : 'Preview' }).click()
    await page.locator('thead th', { hasText: zh ? '客户 › 行业' : 'Account › Industry' }).waitFor({ timeout: 30_000 })
    const expected = await (
      await page.request.post(`${url}/api/reports/run`, {
        data: {
          definition: {
            entity: 'opportunities',
            type: 'tabular',
            columns: ['name', 'account.industry', 'amount'],
            sort: [{ field: 'amount', direction: 'desc' }],
          },
          pageSize: 50,
        },
      })
    ).json()
    expect(expected.totalRows).toBeGreaterThan(0)
    // The rows the engine answers, in its order, the industry shown by its dictionary label.
    const industries = new Map<string, string>(
      expected.columns[1].options.map((o: { value: string; label: { en: string; zh: string } }) => [o.value, o.label[language]]),
    )
    const cells = await page
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))
    expect(cells).toEqual(
      expected.rows.map((r: { cells: (string | null)[] }) => [
        r.cells[0],
        r.cells[1] == null ? '—' : industries.get(r.cells[1]),
        r.cells[2] == null ? '—' : groupDigits(r.cells[2]),
      ]),
    )
    await shot(`reports-table-${language}`)
    await page.getByRole('button', { name: zh ? '保存报表' : 'Save report' }).click()
    const status = page.getByRole('status').filter({ hasText: zh ? '报表已保存。' : 'Report saved.' })
    await status.waitFor()
    const saved = await (
      await page.request.get(`${url}/api/reports?where[name][equals]=${encodeURIComponent(TABLE[language])}&depth=0`)
    ).json()
    expect(saved.docs[0].schedule).toMatchObject({ frequency: 'weekly', recipients: 'boss@example.test' })
    expect(saved.docs[0].definition.columns).toEqual(['name', 'account.industry', 'amount'])
    const [download] = await Promise.all([page.waitForEvent('download'), status.getByRole('link', { name: 'CSV' }).click()])
    const csv = await readFile(String(await download.path()), 'utf8')
    expect(csv.split(/\r?\n/)[0]).toContain(zh ? '客户 › 行业' : 'Account › Industry')
    expect(csv).toContain(String(expected.rows[0].cells[0]))
    // On the dashboard, a table report shows its first records as a table.
    await page.getByRole('button', { name: zh ? '添加到我的仪表盘' : 'Add to my dashboard' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: zh ? '已添加到您的仪表盘。' : 'Added to your dashboard.' })
      .waitFor()
    await page.goto(`${url}/app/dashboards`)
    const widget = page.locator(`article[data-widget="${TABLE[language]}"]`)
    await widget.locator('tbody tr').first().waitFor({ timeout: 30_000 })
    expect(await widget.locator('tbody tr').count()).toBe(Math.min(10, expected.totalRows))
    expect(await widget.locator('tbody tr').first().locator('td').first().textContent()).toBe(expected.rows[0].cells[0])
    await shot(`dashboards-table-${language}`)
  }
})
