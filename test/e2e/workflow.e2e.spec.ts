import path from 'node:path'
import type { APIRequestContext, Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { serviceRepair } from '../../src/workflow/presets'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The six-stage repair flow in Chromium: a service agent opens a request in the workspace, sees what
 * stands in the way of each move, marks the stage actions done and moves on until every stage before
 * the last is green and the request is closed — in Chinese, then the history in English.
 */
const url = inject('e2eUrl')
const AGENT = { email: `flow-agent-${Date.now().toString(36)}@formwork.test`, password: 'flow-agent-pass' }
let browser: Browser
let page: Page
let admin: APIRequestContext
let tenant: string
let agentId: string | number
let requestId: string | number

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const states = () => page.locator('[data-stage]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.state))
const way = (name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) })

beforeAll(async () => {
  browser = await launchBrowser()
  admin = (await browser.newContext()).request
  expect(
    (await admin.post(`${url}/api/users/login`, { data: { email: DEMO.admin, password: DEMO.adminPassword } })).status(),
  ).toBe(200)
  const created = await admin.post(`${url}/api/tenants`, {
    data: { name: '流程测试公司', slug: `flow-${Date.now().toString(36)}`, language: 'zh' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const tenantId = (await created.json()).doc.id
  tenant = String(tenantId)
  const headers = { 'x-tenant': tenant }
  const sales = (await (await admin.get(`${url}/api/roles?where[key][equals]=sales&depth=0`, { headers })).json()).docs[0]
  const user = await admin.post(`${url}/api/users`, {
    headers,
    data: {
      email: AGENT.email,
      password: AGENT.password,
      name: '赵客服',
      language: 'zh',
      memberships: [{ tenant: tenantId, roles: [sales.id] }],
    },
  })
  expect(user.status(), await user.text()).toBe(201)
  agentId = (await user.json()).doc.id
  const workflow = await admin.post(`${url}/api/workflows`, {
    headers,
    data: {
      key: serviceRepair.key,
      entity: serviceRepair.entity,
      nameZh: serviceRepair.label.zh,
      nameEn: serviceRepair.label.en,
      stages: serviceRepair.stages,
      transitions: serviceRepair.transitions,
    },
  })
  expect(workflow.status(), await workflow.text()).toBe(201)
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill(AGENT.email)
  await page.locator('#login-password').fill(AGENT.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  const request = await page.request.post(`${url}/api/service-requests`, { data: { subject: '打印机卡纸，无法出纸' } })
  expect(request.status(), await request.text()).toBe(201)
  requestId = (await request.json()).doc.id
})

afterAll(async () => {
  await browser?.close()
})

it('walks the repair flow: each move waits for its action, every stage turns green, the request closes (zh)', async () => {
  await page.goto(`${url}/app/service-requests/${requestId}`)
  await page.locator('[data-stage="received"][data-state="current"]').waitFor({ timeout: 30_000 })
  // The stage is the workflow's to change: the form shows it read-only.
  expect(await page.locator('#record-stage').isDisabled()).toBe(true)
  await expect.poll(() => page.locator('#record-stage option:checked').innerText()).toBe('报修受理')
  const start = way('开始调试')
  expect(await start.isDisabled()).toBe(true)
  expect(await start.innerText()).toContain('离开“报修受理”之前需完成：资产确认。')
  await shot('workflow-zh-received')
  const steps: [string, string | null, string][] = [
    ['开始调试', '资产确认', 'initialDebug'],
    ['升级', null, 'advancedDebug'],
    ['上门维修', '确认升级', 'onsiteRepair'],
    ['维修完成', '工单派发', 'returnVisit'],
    ['关闭工单', '回访完成', 'done'],
  ]
  for (const [transition, action, next] of steps) {
    if (action) {
      await page.locator('li', { hasText: action }).getByRole('button', { name: '标记完成' }).click()
      await page.locator('li', { hasText: action }).getByText('已完成').waitFor()
    }
    await page.locator('input[aria-label="备注（可选）"]').fill(`${transition}：处理中`)
    await way(transition).click()
    await page.locator(`[data-stage="${next}"][data-state="current"]`).waitFor({ timeout: 15_000 })
    if (next === 'advancedDebug') await shot('workflow-zh-advanced')
  }
  expect(await states()).toEqual(['done', 'done', 'done', 'done', 'done', 'current'])
  await expect
    .poll(async () => (await (await page.request.get(`${url}/api/service-requests/${requestId}?depth=0`)).json()).stage)
    .toBe('done')
  expect(await page.getByRole('button', { name: /→/ }).count()).toBe(0)
  await page.getByText('流转记录 (5)').click()
  await shot('workflow-zh-closed')
})

it('shows the history in English with who moved it and the comments', async () => {
  expect((await page.request.patch(`${url}/api/users/${agentId}`, { data: { language: 'en' } })).status()).toBe(200)
  await page.goto(`${url}/app/service-requests/${requestId}`)
  await page.locator('[data-stage="done"][data-state="current"]').waitFor({ timeout: 30_000 })
  await page.getByText('History (5)').click()
  const entries = await page.locator('details li').allInnerTexts()
  expect(entries).toHaveLength(5)
  expect(entries[0]).toMatch(/Follow-up call → Closed · by 赵客服 · 关闭工单：处理中/)
  expect(entries[4]).toMatch(/Received → First-line diagnosis/)
  await shot('workflow-en-history')
})
