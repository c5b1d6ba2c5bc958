import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

/**
 * The visual workflow editor in Chromium: an admin of a company of its own opens a new workflow,
 * starts from the repair preset, reorders stages with the mouse and with the keyboard, adds a
 * transition whose condition names a field the entity does not have — sees the problem live, and the
 * server refuses the save while the editor keeps every change — fixes it, saves, reloads and finds
 * the flow as saved; then checks the editor in English.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let tenant: number | string
let role = { key: '', name: '' }
const key = `repair-${Date.now().toString(36)}`

beforeAll(async () => {
  browser = await launchBrowser()
  // Tall enough that the stage list needs no scrolling: dnd-kit's keyboard sensor scrolls the page
  // (smoothly) instead of moving the stage when the next slot lies in the lower half of the window.
  page = await browser.newPage({ viewport: { width: 1440, height: 2600 }, locale: 'zh-CN' })
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(DEMO.admin)
  await page.locator('#field-password').fill(DEMO.adminPassword)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
  const created = await page.request.post(`${url}/api/tenants`, {
    data: { name: '流程编辑器测试公司', slug: `wf-editor-${Date.now().toString(36)}`, language: 'zh' },
  })
  expect(created.status(), await created.text()).toBe(201)
  tenant = (await created.json()).doc.id
  await page.context().addCookies([{ name: 'formwork-tenant', value: String(tenant), url }])
  // A new company comes with its roles: the transition below is limited to one of them.
  const roles = await page.request.get(
    `${url}/api/roles?${new URLSearchParams({ 'where[tenant][equals]': String(tenant), depth: '0' })}`,
  )
  role =
    ((await roles.json()).docs as { key: string; name: string; isTenantAdmin?: boolean }[]).find((r) => !r.isTenantAdmin) ?? role
  expect(role.key).not.toBe('')
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const stageOrder = () =>
  page
    .getByTestId('stage-list')
    .locator('li')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.testid?.slice(6)))

/** A real pointer drag: press, move in steps (dnd-kit starts after 4 px), release over the target. */
async function drag(from: Locator, to: Locator) {
  // The mouse only reaches what is on screen: the list sits below the workflow's own fields.
  await to.scrollIntoViewIfNeeded()
  await from.scrollIntoViewIfNeeded()
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (!a || !b) throw new Error('nothing to drag or drop on')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 - 8, { steps: 3 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 6, { steps: 12 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 4, { steps: 2 })
  await page.mouse.up()
}

const saved = async () => {
  const res = await page.request.get(`${url}/api/workflows?${new URLSearchParams({ 'where[key][equals]': key, depth: '0' })}`)
  return (await res.json()).docs as {
    id: number
    stages: { key: string }[]
    transitions: { key: string; when?: string; roles?: string[] }[]
  }[]
}

it('builds a flow from a preset, reorders by mouse and keyboard, is refused for an unknown field, fixes and saves it (zh)', async () => {
  await useLanguage(page, url, 'zh')
  await page.goto(`${url}/admin/collections/workflows/create`)
  await page.getByTestId('workflow-editor').waitFor({ timeout: 30_000 })
  await page.getByTestId('workflow-editor').getByText('流程编辑器').first().waitFor()
  await page.locator('#field-key').fill(key)
  await page.locator('#field-nameZh').fill('维修流程（编辑器）')
  await page.locator('#field-nameEn').fill('Repair (editor)')
  await page.locator('#field-entity .rs__control').click()
  await page.locator('.rs__option', { hasText: '服务工单' }).click()

  await page.getByTestId('flow-preset').selectOption('service-repair')
  await page.getByTestId('flow-use-preset').click()
  await page.getByTestId('flow-ok').waitFor()
  expect(await stageOrder()).toEqual(['received', 'initialDebug', 'advancedDebug', 'onsiteRepair', 'returnVisit', 'done'])

  // The mouse: the follow-up call dragged above the on-site repair.
  await drag(page.getByTestId('stage-handle-returnVisit'), page.getByTestId('stage-onsiteRepair'))
  await expect.poll(stageOrder).toEqual(['received', 'initialDebug', 'advancedDebug', 'returnVisit', 'onsiteRepair', 'done'])

  // The keyboard: focus the handle, space to pick up, arrow down, space to drop (a frame between keys).
  await page.getByTestId('stage-handle-initialDebug').focus()
  for (const k of ['Space', 'ArrowDown', 'Space']) {
    await page.keyboard.press(k)
    await page.waitForTimeout(250)
  }
  await expect.poll(stageOrder).toEqual(['received', 'advancedDebug', 'initialDebug', 'returnVisit', 'onsiteRepair', 'done'])
  // Screen readers were told where the stage went, in Chinese.
  await expect
    .poll(() => page.locator('[role="status"][aria-live]').allTextContents())
    .toContainEqual(expect.stringContaining('已放到第 3 个位置'))

  // A transition from the first stage straight to the end, for high priority, by service agents.
  await page.getByTestId('stage-select-received').click()
  await page.getByTestId('flow-add-transition').click()
  await page.getByTestId('transition-properties').waitFor()
  await page.getByTestId('transition-to').selectOption('done')
  await page.getByTestId('transition-label-zh').fill('直接关闭')
  await page.getByTestId('transition-label-en').fill('Close at once')
  await page.getByTestId('transition-key').fill('closeAtOnce')
  await page.getByTestId('transition-roles').getByLabel(`${role.name} (${role.key})`).check()
  await page.getByTestId('transition-when').fill("custom.nope == 'x'")

  const problems = page.getByTestId('flow-problems')
  await problems.waitFor()
  await expect.poll(() => problems.textContent()).toContain('流转 直接关闭')
  expect(await page.getByTestId('diagram-transition-closeAtOnce').getAttribute('data-problem')).toBe('true')
  await shot('workflow-editor-problem-zh')

  // The server refuses the same thing; the editor keeps everything and lists the refusal.
  await page.locator('#action-save').click()
  await page.getByTestId('flow-problems').filter({ hasText: '未保存' }).waitFor({ timeout: 15_000 })
  expect(await saved()).toEqual([])
  expect(new URL(page.url()).pathname).toMatch(/\/workflows\/create$/)
  expect(await stageOrder()).toEqual(['received', 'advancedDebug', 'initialDebug', 'returnVisit', 'onsiteRepair', 'done'])
  expect(await page.getByTestId('transition-when').inputValue()).toBe("custom.nope == 'x'")

  // The problem's link shows the transition; fixing the condition clears the list.
  await page.getByTestId('flow-problem-show').first().click()
  await page.getByTestId('transition-when').fill("priority == 'high'")
  await page.getByTestId('flow-ok').waitFor()
  await page.locator('#action-save').click()
  await page.waitForURL((u) => /\/workflows\/\d+/.test(u.pathname), { timeout: 15_000 })
  await expect.poll(async () => (await saved()).length).toBe(1)
  const [row] = await saved()
  expect(row.stages.map((s) => s.key)).toEqual([
    'received',
    'advancedDebug',
    'initialDebug',
    'returnVisit',
    'onsiteRepair',
    'done',
  ])
  expect(row.transitions.find((t) => t.key === 'closeAtOnce')).toMatchObject({
    from: 'received',
    to: 'done',
    when: "priority == 'high'",
    roles: [role.key],
  })

  // After a reload the editor draws the flow as saved.
  await page.reload()
  await page.getByTestId('workflow-editor').waitFor({ timeout: 30_000 })
  expect(await stageOrder()).toEqual(['received', 'advancedDebug', 'initialDebug', 'returnVisit', 'onsiteRepair', 'done'])
  await page.getByTestId('transition-closeAtOnce').getByRole('button').click()
  expect(await page.getByTestId('transition-when').inputValue()).toBe("priority == 'high'")
  await page.getByTestId('diagram-transition-closeAtOnce').waitFor()
  await page.getByTestId('flow-ok').waitFor()
  await shot('workflow-editor-saved-zh')

  // Undo/redo and the raw JSON behind the advanced switch.
  await page.getByTestId('stage-select-onsiteRepair').click()
  await page.getByTestId('stage-time-limit').fill('12')
  await page.getByTestId('flow-undo').click()
  expect(await page.getByTestId('stage-time-limit').inputValue()).toBe('48')
  await page.getByTestId('flow-redo').click()
  expect(await page.getByTestId('stage-time-limit').inputValue()).toBe('12')
  await page.getByTestId('flow-advanced').click()
  expect(await page.getByTestId('flow-json-stages').inputValue()).toContain('"timeLimitHours": 12')
  await shot('workflow-editor-json-zh')
  await page.getByTestId('flow-advanced').click()
})

it('speaks English when the admin does', async () => {
  await useLanguage(page, url, 'en')
  const [row] = await saved()
  await page.goto(`${url}/admin/collections/workflows/${row.id}`)
  await page.getByTestId('workflow-editor').waitFor({ timeout: 30_000 })
  await page.getByTestId('workflow-editor').getByText('Workflow editor').first().waitFor()
  expect(await page.getByTestId('stage-list').textContent()).toContain('Second-line diagnosis')
  await page.getByTestId('stage-select-done').click()
  expect(await page.getByTestId('stage-final').inputValue()).toBe('closed')
  await page.getByTestId('stage-final').selectOption('no')
  await expect.poll(() => page.getByTestId('flow-problems').textContent()).toContain('is not final but no transition leaves it')
  await shot('workflow-editor-problem-en')
  await page.getByTestId('flow-undo').click()
  await page.getByTestId('flow-ok').waitFor()
  await shot('workflow-editor-en')
})
