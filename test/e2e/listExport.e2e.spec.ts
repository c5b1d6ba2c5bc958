import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * Exporting a workspace list: a short list downloads at once; a long one (over 500 rows) goes through
 * the jobs queue with a progress bar and a download link when ready. The files hold the rows on
 * screen, with the list's filter. In Chinese and in English.
 */
const url = inject('e2eUrl')
const REP = 'sales.east@demo.formwork.local'
const MARK = `导出测试 ${Date.now().toString(36)}`
const NOTES = 520
let browser: Browser
let page: Page
let userId: string | number

const csvRows = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(REP)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
  for (let i = 0; i < NOTES; i += 5)
    await Promise.all(
      Array.from({ length: Math.min(5, NOTES - i) }, (_, k) =>
        page.request.post(`${url}/api/notes`, { data: { title: `${MARK} ${String(i + k).padStart(3, '0')}` } }),
      ),
    )
}, 600_000) // five hundred notes through every hook

afterAll(async () => {
  if (page) await page.request.patch(`${url}/api/users/${userId}`, { data: { language: 'zh' } })
  await browser?.close()
})

const cases = [
  {
    language: 'zh',
    search: '按名称搜索',
    export: '导出',
    ready: '导出完成',
    download: '下载',
    progress: '导出进度',
    total: (n: number) => `共 ${n} 条`,
  },
  {
    language: 'en',
    search: 'Search by name',
    export: 'Export',
    ready: 'is ready',
    download: 'Download',
    progress: 'Export progress',
    total: (n: number) => `· ${n} records`,
  },
] as const

for (const c of cases) {
  it(`exports a long list in the background with progress, and a short one at once (${c.language})`, async () => {
    expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language: c.language } })).status()).toBe(200)
    await page.goto(`${url}/app/notes`)
    await page.getByRole('searchbox', { name: c.search }).fill(MARK)
    await page.getByText(c.total(NOTES)).first().waitFor()
    await page.getByText(c.export, { exact: true }).click()
    await page.getByRole('button', { name: 'CSV' }).click()
    await page.getByText(c.ready).waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(SCREENSHOTS, `list-export-ready-${c.language}.png`), fullPage: true })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: c.download }).click()])
    const rows = csvRows(await download.path())
    expect(rows).toHaveLength(NOTES + 1)
    expect(rows.slice(1).every((r) => r.includes(MARK))).toBe(true)

    // A filter down to one row: straight download, no job.
    await page.getByRole('searchbox', { name: c.search }).fill(`${MARK} 517`)
    await page.getByText(c.total(1)).first().waitFor()
    await page.getByText(c.export, { exact: true }).click()
    const [direct] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel' }).click()])
    expect(direct.suggestedFilename()).toMatch(/\.xlsx$/)
    expect(
      fs
        .readFileSync(await direct.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')
    expect(await page.getByRole('progressbar', { name: c.progress }).count()).toBe(0)
  })
}
