import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The import wizard: the Chinese demo manager imports a leads file with Chinese headers and two bad
 * rows — suggested mapping, try run with the reasons, the run with its progress to the end, the
 * rejected rows downloaded; an English rep on a phone maps and tries a file.
 */
const url = inject('e2eUrl')
let browser: Browser
const stamp = Date.now().toString(36)

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function signIn(email: string, locale: string, viewport: { width: number; height: number }) {
  const context: BrowserContext = await browser.newContext({ viewport, locale, acceptDownloads: true })
  const page: Page = await context.newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && u.pathname !== '/app/login', { timeout: 30_000 })
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
  return { context, page, shot }
}

const csv = (lines: string[]) => Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8')

it('imports a leads file with a mapping and two bad rows, and hands back the rejected rows (zh)', async () => {
  const { context, page, shot } = await signIn('manager@demo.formwork.local', 'zh-CN', { width: 1366, height: 900 })
  try {
    const good = ['甲', '乙', '丙', '丁'].map(
      (n, i) => `导入客户${n}${stamp},导入公司${i},1390000${String(i).padStart(4, '0')},imp${i}.${stamp}@example.cn,新线索`,
    )
    const file = csv([
      '姓名,公司,手机,邮箱,状态',
      good[0],
      `,无名公司,13900009998,noname.${stamp}@example.cn,新线索`,
      good[1],
      `状态错误${stamp},某公司,13900009997,bad.${stamp}@example.cn,不存在的状态`,
      good[2],
      good[3],
    ])
    await page.goto(`${url}/app/leads`)
    await page.locator('a[data-action="import"]').click()
    await page.waitForURL((u) => u.pathname === '/app/import' && u.searchParams.get('collection') === 'leads')
    await page.getByRole('heading', { name: '数据导入' }).waitFor()
    await page.locator('input[type="file"]').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: file })
    await shot('import-file-zh')
    await page.getByRole('button', { name: '读取文件' }).click()

    // Columns: every header suggested from the Chinese labels.
    await page.getByText('已从 leads.csv 读取 6 行。').waitFor({ timeout: 15_000 })
    for (const [header, field] of [
      ['姓名', 'name'],
      ['公司', 'company'],
      ['手机', 'mobile'],
      ['邮箱', 'email'],
      ['状态', 'status'],
    ])
      expect(await page.getByLabel(`导入到字段: ${header}`).inputValue()).toBe(field)
    await shot('import-columns-zh')
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByText('跳过该行').waitFor()
    await shot('import-matching-zh')
    await page.getByRole('button', { name: '下一步' }).click()

    // Try run: four new, two rejected with their reasons; nothing written yet.
    const counts = page.getByTestId('import-counts').first()
    await counts.locator('[data-outcome="created"] strong').filter({ hasText: '4' }).waitFor({ timeout: 30_000 })
    expect(await counts.locator('[data-outcome="rejected"] strong').innerText()).toBe('2')
    await page.getByLabel('只看被拒绝的行').check()
    const rejectedRows = page.getByTestId('dry-run-rows').locator('tbody tr')
    await expect.poll(() => rejectedRows.count()).toBe(2)
    expect(await rejectedRows.first().locator('td').nth(2).innerText()).not.toBe('')
    await shot('import-try-zh')
    const before = await (
      await page.request.get(`${url}/api/leads?where[name][like]=${encodeURIComponent(stamp)}&limit=0`)
    ).json()
    expect(before.totalDocs).toBe(0)

    // The run, through the queue, to the end.
    await page.getByRole('button', { name: '导入 6 行' }).click()
    const run = page.getByRole('region', { name: '导入', exact: true })
    await page.locator('section[data-status="done"]').waitFor({ timeout: 60_000 })
    await run.getByText('共 6 / 6 行均有结果').waitFor()
    await shot('import-done-zh')
    const after = await (
      await page.request.get(`${url}/api/leads?where[name][like]=${encodeURIComponent(stamp)}&limit=10&depth=0`)
    ).json()
    expect(after.docs.map((d: { name: string }) => d.name).sort()).toEqual(good.map((g) => g.split(',')[0]).sort())

    // The rejected rows, ready to fix: the file's columns and the reason.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('下载被拒绝的行（CSV，附原因）').click()])
    const text = (await readFile(await download.path())).toString('utf8').replace(/^\ufeff/, '')
    const lines = text.trim().split(/\r?\n/)
    expect(lines[0]).toContain('原因 Reason')
    expect(lines).toHaveLength(3)
    expect(text).toContain(`状态错误${stamp}`)
    expect(text).toContain(`noname.${stamp}@example.cn`)

    // It is listed among past imports.
    await page.getByRole('region', { name: '导入记录' }).getByText('leads.csv').first().waitFor()
  } finally {
    await context.close()
  }
}, 180_000)

it('maps and tries a file in English on a phone', async () => {
  const { context, page, shot } = await signIn('sales.a@demo-en.formwork.local', 'en-GB', { width: 390, height: 844 })
  try {
    await page.goto(`${url}/app/import?collection=leads`)
    await page.getByRole('heading', { name: 'Import' }).waitFor()
    await page.locator('input[type="file"]').setInputFiles({
      name: 'prospects.csv',
      mimeType: 'text/csv',
      buffer: csv(['Name,Email,Notes', `Phone Prospect ${stamp},pp.${stamp}@example.com,x`]),
    })
    await page.getByRole('button', { name: 'Read the file' }).click()
    await page.getByText('Rows read from prospects.csv: 1.').waitFor({ timeout: 15_000 })
    expect(await page.getByLabel('Goes into: Name').inputValue()).toBe('name')
    expect(await page.getByLabel('Goes into: Notes').inputValue()).toBe('')
    await shot('import-columns-en-phone')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    const counts = page.getByTestId('import-counts').first()
    await counts.locator('[data-outcome="created"] strong').filter({ hasText: '1' }).waitFor({ timeout: 30_000 })
    await shot('import-try-en-phone')
  } finally {
    await context.close()
  }
}, 120_000)
