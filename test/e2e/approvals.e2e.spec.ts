import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

/**
 * The contract approval (合同审批) seeded in the demo, in Chromium: a rep submits a contract; the manager
 * approves (或签); in the 会签 step finance approves and legal rejects back to the rep with a comment; the
 * rep sees the rejection and the comment, edits the unlocked contract, resubmits; everyone approves and
 * the contract is approved. In Chinese, then the inbox in English and at phone width.
 */
const url = inject('e2eUrl')
const who = {
  rep: 'sales.east@demo.formwork.local',
  manager: 'manager@demo.formwork.local',
  finance: 'finance@demo.formwork.local',
  legal: 'legal@demo.formwork.local',
}
type Who = keyof typeof who
let browser: Browser
const pages = {} as Record<Who, Page>
let contractId: string | number

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const panel = (page: Page) => page.getByRole('region', { name: /^(审批|Approval)$/ })
const status = (page: Page) => panel(page).getAttribute('data-approval-status')

async function signIn(email: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  const me = await (await page.request.get(`${url}/api/users/me`)).json()
  expect((await page.request.patch(`${url}/api/users/${me.user.id}`, { data: { language: 'zh' } })).status()).toBe(200)
  return page
}

async function openContract(page: Page) {
  await page.goto(`${url}/app/contracts/${contractId}`)
  await panel(page).waitFor({ timeout: 30_000 })
}

/** The approver opens the contract from their inbox and answers it with a comment. */
async function answer(as: Who, button: '同意' | '驳回', comment: string) {
  const page = pages[as]
  await page.goto(`${url}/app/approvals`)
  await page.locator(`[data-request] a[href="/app/contracts/${contractId}"]`).first().click()
  await panel(page).getByRole('button', { name: button, exact: true }).waitFor({ timeout: 30_000 })
  await panel(page).getByLabel('审批意见').fill(comment)
  const before = await panel(page).locator('[data-action]').count()
  await panel(page).getByRole('button', { name: button, exact: true }).click()
  await expect.poll(() => panel(page).locator('[data-action]').count(), { timeout: 15_000 }).toBe(before + 1)
}

beforeAll(async () => {
  browser = await launchBrowser()
  for (const key of Object.keys(who) as Who[]) pages[key] = await signIn(who[key])
  const rep = pages.rep
  const account = (await (await rep.request.get(`${url}/api/accounts?limit=1&depth=0`)).json()).docs[0]
  const created = await rep.request.post(`${url}/api/contracts`, {
    data: { name: '年度供货合同', account: account.id, amount: '86000.00' },
  })
  expect(created.status(), await created.text()).toBe(201)
  contractId = (await created.json()).doc.id
})

afterAll(async () => {
  await browser?.close()
})

it('会签 with a rejection back to the rep, who edits, resubmits, and gets the contract approved (zh)', async () => {
  const rep = pages.rep
  await openContract(rep)
  await panel(rep).getByRole('button', { name: '提交审批 · 合同审批' }).click()
  await expect.poll(() => status(rep), { timeout: 15_000 }).toBe('pending')
  expect(
    await panel(rep)
      .locator('[data-step]')
      .evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.step)),
  ).toEqual(['department', 'financeLegal'])
  await panel(rep).getByText('审批中：审批结束前记录不能修改。').waitFor()
  // The record is locked: a save is refused, naming the approval.
  await rep.locator('[data-field="terms"] textarea').fill('付款方式：月结 30 天')
  await rep.getByRole('button', { name: '保存' }).click()
  await rep.getByText(/该记录正在审批中（“合同审批”，步骤“部门经理审批”）/).waitFor({ timeout: 15_000 })
  await shot(rep, 'approvals-zh-submitted')

  const inbox = pages.manager
  await inbox.goto(`${url}/app/approvals`)
  await inbox.locator('[data-box="waiting"]').getByText('1').waitFor({ timeout: 30_000 })
  await expect.poll(() => inbox.locator('[data-nav="approvals"]').innerText()).toMatch(/我的审批\s*1/)
  await shot(inbox, 'approvals-zh-inbox')
  await answer('manager', '同意', '同意，请财务法务会签')
  await answer('finance', '同意', '价格符合标准')
  const legal = pages.legal
  await openContract(legal)
  await panel(legal).locator('[data-step="financeLegal"] [data-decision="approved"]').waitFor()
  expect(await panel(legal).locator('[data-step="financeLegal"] [data-decision]').count()).toBe(2)
  await shot(legal, 'approvals-zh-countersign')
  await answer('legal', '驳回', '请补充违约责任条款')

  await openContract(rep)
  await expect.poll(() => status(rep)).toBe('rejected')
  await panel(rep).getByText('已驳回', { exact: true }).first().waitFor()
  await panel(rep).getByText('请补充违约责任条款').first().waitFor()
  await shot(rep, 'approvals-zh-rejected')
  await rep.locator('[data-field="terms"] textarea').fill('违约责任：逾期交货按日万分之五计违约金')
  await rep.getByRole('button', { name: '保存' }).click()
  await rep.getByText('已保存。').waitFor({ timeout: 15_000 })
  await panel(rep).getByRole('button', { name: '提交审批 · 合同审批' }).click()
  await expect.poll(() => status(rep), { timeout: 15_000 }).toBe('pending')

  await answer('manager', '同意', '已补充，同意')
  await answer('finance', '同意', '同意')
  await answer('legal', '同意', '条款已完善')
  await openContract(rep)
  await expect.poll(() => status(rep)).toBe('approved')
  expect(
    await panel(rep)
      .locator('[data-step]')
      .evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.state)),
  ).toEqual(['done', 'done'])
  await shot(rep, 'approvals-zh-approved')
  const terms = (await (await rep.request.get(`${url}/api/contracts/${contractId}?depth=0`)).json()).terms
  expect(terms).toBe('违约责任：逾期交货按日万分之五计违约金')
})

it('shows the rep’s inbox in English, and the record panel at phone width', async () => {
  const rep = pages.rep
  const me = await (await rep.request.get(`${url}/api/users/me`)).json()
  expect((await rep.request.patch(`${url}/api/users/${me.user.id}`, { data: { language: 'en' } })).status()).toBe(200)
  await rep.goto(`${url}/app/approvals`)
  await rep.locator('[data-box="submitted"]').click()
  await rep.locator('[data-request]').first().waitFor({ timeout: 30_000 })
  expect(await rep.locator('[data-box="submitted"]').innerText()).toMatch(/Submitted by me\s*2/)
  const rows = await rep.locator('[data-request]').allInnerTexts()
  expect(rows[0]).toMatch(/年度供货合同[\s\S]*Contract approval[\s\S]*Approved/)
  expect(rows[1]).toMatch(/Rejected/)
  await shot(rep, 'approvals-en-inbox')
  await rep.setViewportSize({ width: 390, height: 844 })
  await openContract(rep)
  // A finished request shows its history open.
  await panel(rep).getByText('History (4)').waitFor()
  expect(await panel(rep).locator('[data-action]').first().innerText()).toMatch(/周法务/)
  await shot(rep, 'approvals-en-phone-record')
  await rep.goto(`${url}/app/approvals`)
  await rep.locator('[data-box="submitted"]').click()
  await rep.locator('[data-request]').first().waitFor({ timeout: 30_000 })
  await shot(rep, 'approvals-en-phone-inbox')
})

it('counts an approval answered twice at once over HTTP (a double click, two tabs) once; the other gets 409', async () => {
  const rep = pages.rep
  const account = (await (await rep.request.get(`${url}/api/accounts?limit=1&depth=0`)).json()).docs[0]
  const contract = await rep.request.post(`${url}/api/contracts`, {
    data: { name: '并发审批合同', account: account.id, amount: '1000' },
  })
  const submitted = await rep.request.post(`${url}/api/approvals/submit`, {
    data: { entity: 'contracts', id: (await contract.json()).doc.id },
  })
  expect(submitted.status(), await submitted.text()).toBe(201)
  const request = (await submitted.json()).request
  const manager = pages.manager.request
  const answers = await Promise.all(
    [1, 2].map(() =>
      manager.post(`${url}/api/approvals/${request.id}/decide`, { data: { action: 'approve', version: request.version } }),
    ),
  )
  expect(answers.map((a) => a.status()).sort()).toEqual([200, 409])
  const loser = answers.find((a) => a.status() === 409)
  expect((await loser?.json())?.errors?.[0]?.message).toMatch(
    /^(其他人刚刚处理了该审批|Someone answered this approval meanwhile)/,
  )
  const inbox = await (await pages.finance.request.get(`${url}/api/approvals/inbox?box=waiting`)).json()
  const now = inbox.docs.find((d: { id: unknown }) => d.id === request.id)
  expect(now.history.filter((h: { action: string }) => h.action === 'approve')).toHaveLength(1)
})

it('shows the seeded 合同审批 in the admin’s step editor, each row named with its mode and condition', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 1000 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(DEMO.admin)
  await page.locator('#field-password').fill(DEMO.adminPassword)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
  for (const language of ['zh', 'en'] as const) {
    await useLanguage(page, url, language)
    const found = await (
      await page.request.get(`${url}/api/approval-processes?where[key][equals]=contract-approval&depth=0`)
    ).json()
    await page.goto(`${url}/admin/collections/approval-processes/${found.docs[0].id}`)
    await page.locator('#field-steps__2__when').waitFor({ timeout: 30_000 })
    expect(await page.locator('#field-steps__0__key').inputValue()).toBe('department')
    expect(await page.locator('#field-steps__2__when').inputValue()).toBe('amount > 100000')
    await page
      .getByText(language === 'zh' ? '3. 销售总监审批 · 或签 · 仅当 amount > 100000' : '3. Sales director · any one approves')
      .waitFor()
    await shot(page, `approvals-${language}-admin-process`)
  }
})
