import path from 'node:path'
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The end user's side of the designer: a company publishes account fields with a rule, a layout and
 * list views; a sales rep fills the generated form in /app/accounts/new (the rule hides and shows a
 * field, the server's refusal stands next to its field), saves, finds the value in the designed list's
 * column, filtered and sorted, saves a view of their own, and moves a card on the kanban board — in
 * Chinese and in English, on a laptop and on a phone. Screenshots of each step.
 */
const url = inject('e2eUrl')
const REP = { email: `ws-rep-${Date.now().toString(36)}@formwork.test`, password: 'workspace-rep-pass' }
let browser: Browser
let context: BrowserContext
let page: Page
let admin: APIRequestContext
let tenant: string
let tenantId: string | number
let repId: string | number

const label = (zh: string, en: string) => ({ zh, en })
const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    // A customer scored 90 or more keeps its tier: the server refuses the change, whatever the client.
    tier: {
      ...defineField('select', {
        label: label('客户层级', 'Tier'),
        options: [
          { value: 'gold', label: label('金牌', 'Gold') },
          { value: 'silver', label: label('银牌', 'Silver') },
        ],
      }),
      'x-readOnlyWhen': 'custom.score >= 90',
    },
    vipNote: { ...defineField('text', { label: label('VIP 备注', 'VIP note') }), 'x-visibleWhen': "custom.tier == 'gold'" },
    contactEmail: defineField('email', { label: label('对接邮箱', 'Contact email') }),
    score: defineField('integer', { label: label('评分', 'Score') }),
  },
}
const layout = {
  version: 1,
  tabs: [
    {
      id: 'main',
      label: label('详细信息', 'Details'),
      sections: [
        {
          id: 'basics',
          label: label('基本信息', 'Basics'),
          columns: 2,
          fields: [{ field: 'name', span: 2 }, { field: 'type' }, { field: 'phone' }],
        },
        {
          id: 'grading',
          label: label('客户分级', 'Grading'),
          columns: 2,
          fields: [
            { field: 'custom.tier' },
            { field: 'custom.score' },
            { field: 'custom.vipNote', span: 2 },
            { field: 'custom.contactEmail' },
          ],
        },
      ],
    },
  ],
}
const listViews = {
  version: 1,
  views: [
    {
      id: 'graded',
      label: label('分级客户', 'Graded accounts'),
      kind: 'table',
      columns: [{ field: 'name' }, { field: 'custom.tier' }, { field: 'custom.score' }, { field: 'custom.vipNote' }],
      sort: '-custom.score',
      quickFilters: ['custom.tier'],
      pageSize: 20,
      default: true,
    },
    {
      id: 'board',
      label: label('层级看板', 'Tier board'),
      kind: 'kanban',
      columns: [{ field: 'name' }],
      groupBy: 'custom.tier',
      cardFields: ['custom.score'],
      pageSize: 20,
    },
  ],
}

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const input = (field: string) => page.locator(`#record-${field.replace(/\./g, '-')}`)
const columnTexts = (field: string) =>
  page.locator(`tbody td[data-column="${field}"]`).evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()))
const api = (method: 'get' | 'post' | 'patch', p: string, data?: unknown) =>
  admin[method](`${url}/api${p}`, { headers: { 'x-tenant': tenant }, data })

async function setLanguage(language: 'zh' | 'en') {
  const res = await page.request.patch(`${url}/api/users/${repId}`, { data: { language } })
  expect(res.status(), await res.text()).toBe(200)
}

/** A real pointer drag: press, move in steps (the board starts a drag after 5 px), release over the target. */
async function drag(from: Locator, to: Locator) {
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (!a || !b) throw new Error('nothing to drag or drop on')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 6)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height - 2, { steps: 3 })
  await page.mouse.move(b.x + b.width / 2, b.y + 60, { steps: 12 })
  await page.mouse.up()
}

beforeAll(async () => {
  browser = await launchBrowser()
  const adminContext = await browser.newContext()
  admin = adminContext.request
  const login = await admin.post(`${url}/api/users/login`, { data: { email: DEMO.admin, password: DEMO.adminPassword } })
  expect(login.status()).toBe(200)
  const created = await admin.post(`${url}/api/tenants`, {
    data: { name: '工作台测试公司', slug: `workspace-${Date.now().toString(36)}`, language: 'zh' },
  })
  expect(created.status(), await created.text()).toBe(201)
  tenantId = (await created.json()).doc.id
  tenant = String(tenantId)
  const sales = (await (await api('get', '/roles?where[key][equals]=sales&depth=0')).json()).docs[0]
  const user = await api('post', '/users', {
    email: REP.email,
    password: REP.password,
    name: '王销售',
    language: 'zh',
    memberships: [{ tenant: tenantId, roles: [sales.id] }],
  })
  expect(user.status(), await user.text()).toBe(201)
  repId = (await user.json()).doc.id
  const draft = await api('post', '/entity-schemas', { entity: 'accounts', schema, layout, listViews })
  expect(draft.status(), await draft.text()).toBe(201)
  const published = await api('post', `/entity-schemas/${(await draft.json()).doc.id}/publish`)
  expect(published.status(), await published.text()).toBe(200)
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  page = await context.newPage()
  await page.goto(`${url}/app/accounts/new`)
  await page.waitForURL((u) => u.pathname === '/app/login')
  await page.locator('#login-email').fill(REP.email)
  await page.locator('#login-password').fill(REP.password)
  await shot('workspace-login-zh')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => u.pathname === '/app/accounts/new', { timeout: 30_000 })
  // Two more of the rep's customers that the list must sort and filter among.
  for (const [name, tier, score] of [
    ['银河贸易', 'silver', 95],
    ['长江实业', 'gold', 70],
  ] as const) {
    const res = await page.request.post(`${url}/api/accounts`, { data: { name, custom: { tier, score } } })
    expect(res.status(), await res.text()).toBe(201)
  }
})

afterAll(async () => {
  await browser?.close()
})

it('fills the generated form: the rule hides and shows a field, the server’s refusal stands next to its field, then it saves (zh)', async () => {
  await page.getByRole('heading', { name: '新建客户' }).waitFor({ timeout: 30_000 })
  await page.getByText('客户分级').waitFor()
  expect(await page.getByText('VIP 备注').count()).toBe(0)
  await input('name').fill('华为测试客户')
  await input('custom.tier').selectOption('gold')
  await page.getByText('VIP 备注').waitFor()
  await input('custom.tier').selectOption('silver')
  expect(await page.getByText('VIP 备注').count()).toBe(0)
  await input('custom.tier').selectOption('gold')
  await input('custom.vipNote').fill('年度框架协议')
  await input('custom.score').fill('88')
  await input('custom.contactEmail').fill('不是邮箱')
  // Labels are tied to their inputs: the accessible name is the label.
  expect(await page.getByLabel('评分').inputValue()).toBe('88')
  await shot('workspace-new-zh-filled')
  await page.getByRole('button', { name: '保存' }).click()
  const error = page.locator('#record-custom-contactEmail-error')
  await error.waitFor({ timeout: 15_000 })
  expect(await error.innerText()).toBe('不是有效的邮箱地址。')
  expect(await error.getAttribute('role')).toBe('alert')
  expect(await input('custom.contactEmail').getAttribute('aria-invalid')).toBe('true')
  expect(await input('custom.contactEmail').getAttribute('aria-describedby')).toContain('record-custom-contactEmail-error')
  // Focus goes to the field to correct; what was typed stays.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('record-custom-contactEmail')
  expect(await input('custom.vipNote').inputValue()).toBe('年度框架协议')
  await shot('workspace-new-zh-server-error')
  await input('custom.contactEmail').fill('wang@example.cn')
  expect(await error.count()).toBe(0)
  await page.getByRole('button', { name: '保存' }).click()
  await page.waitForURL((u) => /^\/app\/accounts\/\d+$/.test(u.pathname), { timeout: 15_000 })
  await page.getByText('已保存。').waitFor()
  const id = new URL(page.url()).pathname.split('/').pop()
  const saved = await (await api('get', `/accounts/${id}?depth=0`)).json()
  expect(saved.name).toBe('华为测试客户')
  expect(saved.custom).toEqual({ tier: 'gold', vipNote: '年度框架协议', contactEmail: 'wang@example.cn', score: 88 })
  expect(saved.owner).toBe(repId)
  await shot('workspace-record-zh-saved')
})

it('finds the value in the designed list’s column, filtered and sorted (zh)', async () => {
  await page.goto(`${url}/app/accounts`)
  await page.getByRole('heading', { name: '客户' }).waitFor({ timeout: 30_000 })
  await page.locator('tbody tr').nth(2).waitFor()
  // The designed default view: sorted by score, highest first; tier shown by its label.
  expect(await columnTexts('name')).toEqual(['银河贸易', '华为测试客户', '长江实业'])
  expect(await columnTexts('custom.tier')).toEqual(['银牌', '金牌', '金牌'])
  expect(await columnTexts('custom.vipNote')).toEqual(['', '年度框架协议', ''])
  await page.locator('#quick-custom-tier').selectOption('gold')
  await expect.poll(() => columnTexts('name')).toEqual(['华为测试客户', '长江实业'])
  // A click on the header sorts ascending; aria-sort says so.
  await page.getByRole('button', { name: /评分/ }).click()
  await expect.poll(() => columnTexts('name')).toEqual(['长江实业', '华为测试客户'])
  expect(await page.locator('th[data-column="custom.score"]').getAttribute('aria-sort')).toBe('ascending')
  await shot('workspace-list-zh-filtered-sorted')
  // The address keeps the list as it is: a reload shows the same.
  await page.reload()
  await expect.poll(() => columnTexts('name')).toEqual(['长江实业', '华为测试客户'])
})

it('saves the list as a personal view that opens at once, without any publish step (zh)', async () => {
  await page.getByRole('button', { name: '保存视图' }).click()
  await page.getByLabel('名称', { exact: true }).fill('我的金牌客户')
  await page.getByLabel('默认打开此视图').check()
  await shot('workspace-save-view-zh')
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await page.getByRole('button', { name: '我的金牌客户' }).waitFor()
  await page.goto(`${url}/app/accounts`)
  // The user's default view opens, with the filter and sort it was saved with.
  await expect.poll(() => page.locator('[aria-current="true"]').innerText()).toBe('我的金牌客户')
  await expect.poll(() => columnTexts('name')).toEqual(['长江实业', '华为测试客户'])
  const views = await (await page.request.get(`${url}/api/saved-views?depth=0`)).json()
  expect(views.docs.map((d: { label: string; scope: string }) => [d.label, d.scope])).toEqual([['我的金牌客户', 'user']])
})

it('moves a card between kanban columns with the mouse; a move the rules forbid goes back with the reason (zh)', async () => {
  await page.getByRole('button', { name: '层级看板' }).click()
  const gold = page.locator('section[data-column-value="gold"]')
  const silver = page.locator('section[data-column-value="silver"]')
  await silver.getByText('银河贸易').waitFor({ timeout: 15_000 })
  await shot('workspace-kanban-zh-before')
  await drag(gold.locator('li', { hasText: '长江实业' }), silver)
  await silver.getByText('长江实业').waitFor()
  const tierOf = async (name: string) =>
    (await (await api('get', `/accounts?where[name][equals]=${encodeURIComponent(name)}&depth=0`)).json()).docs[0].custom.tier
  await expect.poll(() => tierOf('长江实业')).toBe('silver')
  // 银河贸易 scores 95: its tier is read-only by the rule, so the server refuses and the card returns.
  await drag(silver.locator('li', { hasText: '银河贸易' }), gold)
  const refusal = page.locator('p[role="alert"]', { hasText: '卡片无法移动' })
  await refusal.waitFor({ timeout: 15_000 })
  // The server's own reason, in the user's language.
  expect(await refusal.innerText()).toBe('卡片无法移动：该字段当前不可修改。')
  await silver.getByText('银河贸易').waitFor()
  expect(await gold.getByText('银河贸易').count()).toBe(0)
  expect(await tierOf('银河贸易')).toBe('silver')
  await shot('workspace-kanban-zh-refused')
  // The keyboard: focus the card, space picks it up, the left arrow carries it to 金牌, space drops it.
  // Each key waits for the board to take the previous one (a loaded machine once dropped the arrow).
  const card = silver.locator('li', { hasText: '长江实业' })
  await card.focus()
  await page.keyboard.press('Space')
  await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true')
  // The board announces where the card is (the screen reader hears the same). dnd-kit starts listening for
  // arrows a moment after the pick-up, so an arrow pressed at once may go unheard: press until it is over 金牌
  // (at the leftmost column another press does nothing), and drop only then.
  const announced = () => page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent?.trim()))
  await expect.poll(announced).toContain('银牌')
  await expect
    .poll(async () => {
      if (!(await announced()).includes('金牌')) await page.keyboard.press('ArrowLeft')
      return announced()
    })
    .toContain('金牌')
  await page.keyboard.press('Space')
  await gold.getByText('长江实业').waitFor()
  await expect.poll(() => tierOf('长江实业')).toBe('gold')
})

it('shows the same form and list in English', async () => {
  await setLanguage('en')
  await page.goto(`${url}/app/accounts/new`)
  await page.getByRole('heading', { name: 'New Account' }).waitFor({ timeout: 30_000 })
  await page.getByText('Grading').waitFor()
  expect(await page.getByText('VIP note').count()).toBe(0)
  await input('custom.tier').selectOption('gold')
  await page.getByText('VIP note').waitFor()
  await input('name').fill('Acme Test')
  await input('custom.score').fill('not a number')
  await page.getByRole('button', { name: 'Save' }).click()
  const error = page.locator('#record-custom-score-error')
  await error.waitFor({ timeout: 15_000 })
  expect(await error.innerText()).toMatch(/integer|number|whole/i)
  await shot('workspace-new-en-server-error')
  await page.goto(`${url}/app/accounts?view=graded`)
  await page.getByRole('heading', { name: 'Accounts' }).waitFor({ timeout: 30_000 })
  await page.locator('#quick-custom-tier').selectOption('gold')
  await expect.poll(() => columnTexts('name')).toEqual(['华为测试客户', '长江实业'])
  expect(await columnTexts('custom.tier')).toEqual(['Gold', 'Gold'])
  await shot('workspace-list-en')
})

it('works at phone width: the navigation folds into a menu, the form is one column', async () => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${url}/app/accounts/new`)
  await page.getByRole('heading', { name: 'New Account' }).waitFor({ timeout: 30_000 })
  expect(await page.locator('#workspace-nav').isVisible()).toBe(false)
  const [name, tier] = await Promise.all([input('name').boundingBox(), input('custom.tier').boundingBox()])
  expect(tier?.y).toBeGreaterThan((name?.y ?? 0) + (name?.height ?? 0))
  await shot('workspace-new-en-phone')
  await page.getByRole('button', { name: /Menu/ }).click()
  await page.locator('#workspace-nav').getByText('Accounts').waitFor()
  await shot('workspace-nav-en-phone')
  await setLanguage('zh')
})
