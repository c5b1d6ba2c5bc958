import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

/**
 * The form designer in Chromium: a company of its own designs its leads' form by dragging field types
 * onto the canvas with the mouse, reordering with the keyboard, naming fields and a rule, then
 * publishing — and the published version holds exactly what was designed.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let tenant: number | string

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(DEMO.admin)
  await page.locator('#field-password').fill(DEMO.adminPassword)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
  const created = await page.request.post(`${url}/api/tenants`, {
    data: { name: '设计器测试公司', slug: `designer-${Date.now().toString(36)}`, language: 'zh' },
  })
  expect(created.status(), await created.text()).toBe(201)
  tenant = (await created.json()).doc.id
  await page.context().addCookies([{ name: 'formwork-tenant', value: String(tenant), url }])
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const card = (field: string) => page.getByTestId(`canvas-${field}`)
const order = async () =>
  page.locator('[data-testid^="canvas-"]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.testid?.slice(7)))

/** A real pointer drag: press, move in steps (dnd-kit starts after 4 px), release over the target. */
async function drag(from: Locator, to: Locator) {
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (!a || !b) throw new Error('nothing to drag or drop on')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + 2, { steps: 2 })
  await page.mouse.up()
}

it('drags field types onto the canvas, reorders with the keyboard, names them, sets a rule and publishes (zh)', async () => {
  await useLanguage(page, url, 'zh')
  await page.goto(`${url}/admin/designer?entity=leads`)
  await page.getByTestId('designer').waitFor({ timeout: 30_000 })
  await page.getByRole('heading', { name: '表单设计器' }).waitFor()
  const section = page.getByTestId('section-basics')
  await drag(page.getByTestId('palette-text'), section)
  await card('custom.text').waitFor()
  await drag(page.getByTestId('palette-select'), card('custom.text'))
  await card('custom.select').waitFor()
  const dropped = await order()
  expect(dropped.indexOf('custom.select')).toBe(dropped.indexOf('custom.text') - 1)

  // The keyboard: focus the select's card, space to pick it up, arrow right/down, space to drop.
  // dnd-kit measures between key presses: give each a frame or two, as a person would.
  await card('custom.select').focus()
  for (const key of ['Space', 'ArrowRight', 'Space']) {
    await page.keyboard.press(key)
    await page.waitForTimeout(250)
  }
  const moved = await order()
  expect(moved.indexOf('custom.select')).toBeGreaterThan(moved.indexOf('custom.text'))

  await card('custom.text').click()
  await page.getByTestId('field-label-zh').fill('上门地址')
  await page.getByTestId('field-label-en').fill('Site address')
  await page.getByTestId('field-key-suggestion').click()
  await card('custom.siteAddress').waitFor()
  await page.getByTestId('field-visible-when').fill("custom.select == 'option2'")
  await page.getByTestId('field-visible-when').press('Tab')
  expect(await page.getByText('Unknown field').count()).toBe(0)
  await page.getByTestId('field-span').selectOption('2')
  await shot('designer-zh')

  await page.getByTestId('designer-publish').click()
  const dialog = page.getByTestId('publish-dialog')
  await dialog.waitFor()
  expect(await dialog.getByTestId('diff-added').innerText()).toContain('siteAddress')
  await shot('designer-publish-dialog-zh')
  await page.getByTestId('publish-confirm').click()
  await page.getByText('已发布版本 1。').waitFor({ timeout: 15_000 })

  const res = await page.request.get(
    `${url}/api/entity-schemas?where[entity][equals]=leads&where[status][equals]=published&depth=0`,
    {
      headers: { 'x-tenant': String(tenant) },
    },
  )
  const [version] = (await res.json()).docs
  expect(Object.keys(version.schema.properties).sort()).toEqual(['select', 'siteAddress'])
  expect(version.schema.properties.siteAddress['x-label']).toEqual({ zh: '上门地址', en: 'Site address' })
  expect(version.schema.properties.siteAddress['x-visibleWhen']).toBe("custom.select == 'option2'")
  const fields = version.layout.tabs[0].sections[0].fields.map((f: { field: string }) => f.field)
  expect(fields.indexOf('custom.select')).toBeGreaterThan(fields.indexOf('custom.siteAddress'))
  expect(version.layout.tabs[0].sections[0].fields.find((f: { field: string }) => f.field === 'custom.siteAddress').span).toBe(2)
})

it('shows the published design in English, undo and redo included', async () => {
  await useLanguage(page, url, 'en')
  await page.getByRole('heading', { name: 'Form designer' }).waitFor({ timeout: 30_000 })
  await card('custom.siteAddress').waitFor()
  await page.getByTestId('designer-add-section').click()
  await page.getByTestId('section-section1').waitFor()
  await page.getByTestId('designer-undo').click()
  expect(await page.getByTestId('section-section1').count()).toBe(0)
  await page.getByTestId('designer-redo').click()
  await page.getByTestId('section-section1').waitFor()
  await shot('designer-en')

  // The list designer: a column added and moved first with the keyboard, a sort, a page size; saved as a draft.
  await page.getByTestId('designer-mode-lists').click()
  await page.getByTestId('list-add-column').selectOption('custom.siteAddress')
  const chip = page.getByTestId('column-custom.siteAddress')
  await chip.waitFor()
  await chip.locator('span').first().focus()
  for (const key of ['Space', 'Home', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'Space']) {
    await page.keyboard.press(key)
    await page.waitForTimeout(150)
  }
  await page.getByTestId('list-sort').selectOption('-custom.siteAddress')
  await page.getByTestId('list-page-size').selectOption('50')
  await shot('designer-lists-en')
  await page.getByTestId('designer-save').click()
  await page.getByText('Draft saved.').waitFor({ timeout: 15_000 })
  const res = await page.request.get(
    `${url}/api/entity-schemas?where[entity][equals]=leads&where[status][equals]=draft&depth=0`,
    {
      headers: { 'x-tenant': String(tenant) },
    },
  )
  const [draft] = (await res.json()).docs
  const [view] = draft.listViews.views
  expect(view.columns[0].field).toBe('custom.siteAddress')
  expect(view.sort).toBe('-custom.siteAddress')
  expect(view.pageSize).toBe(50)
  expect(draft.layout.tabs[0].sections.map((s: { id: string }) => s.id)).toContain('section1')
  await useLanguage(page, url, 'zh')
})
