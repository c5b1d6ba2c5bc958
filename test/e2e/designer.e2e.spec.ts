import fs from 'node:fs'
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

const version = async (status: 'draft' | 'published') => {
  const res = await page.request.get(
    `${url}/api/entity-schemas?where[entity][equals]=leads&where[status][equals]=${status}&sort=-version&limit=1&depth=0`,
    { headers: { 'x-tenant': String(tenant) } },
  )
  return (await res.json()).docs[0]
}

it('says where a design is wrong and refuses to publish it, keeping every change (zh)', async () => {
  await page.goto(`${url}/admin/designer?entity=leads`)
  await card('custom.select').waitFor({ timeout: 30_000 })
  const draftBefore = await version('draft')

  // A key another field has is refused, and said; the field keeps its own until a free one is typed.
  await drag(page.getByTestId('palette-text'), page.getByTestId('section-basics'))
  await card('custom.text').waitFor()
  await page.getByTestId('field-key').fill('select')
  expect(await page.getByTestId('field-key-problem').innerText()).toBe('已有字段使用此标识。')
  expect(await card('custom.text').count()).toBe(1)
  await page.getByTestId('field-key').fill('notes')
  await card('custom.notes').waitFor()

  // A circle of rules: the select shows only when the address is filled, the address only for option 2.
  await card('custom.select').click()
  await page.getByTestId('field-visible-when').fill("custom.siteAddress != ''")
  const properties = page.getByTestId('field-properties')
  // The circle is named from whichever of its rules the schema lists first.
  const circle =
    /循环规则：custom\.(select → custom\.siteAddress → custom\.select|siteAddress → custom\.select → custom\.siteAddress)。/
  await properties.getByText(circle).waitFor()
  await shot('designer-circular-rule-zh')

  await page.getByTestId('designer-publish').click()
  const problems = page.getByTestId('designer-problems')
  await problems.waitFor({ timeout: 15_000 })
  expect(await problems.innerText()).toContain('未发布，您的修改仍保留在设计器中：')
  expect(await problems.getByTestId('designer-problem').first().innerText()).toMatch(circle)
  const flagged = await page
    .locator('[data-testid^="canvas-custom."][data-problem="true"]')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.testid))
  expect(flagged.length).toBe(1)
  expect(['canvas-custom.select', 'canvas-custom.siteAddress']).toContain(flagged[0])
  expect(await page.getByTestId('publish-dialog').count()).toBe(0)
  await shot('designer-publish-refused-zh')

  // Nothing was lost: the designer still holds every change; the stored draft and the published version are as they were.
  expect(await card('custom.notes').count()).toBe(1)
  expect(await page.getByTestId('designer-status').innerText()).toContain('有未保存的修改')
  const draftAfter = await version('draft')
  expect(draftAfter.id).toBe(draftBefore.id)
  expect(draftAfter.schema).toEqual(draftBefore.schema)
  expect((await version('published')).version).toBe(1)

  // "Show" takes the admin to the rule, whichever field was selected.
  await card('custom.notes').click()
  await problems.getByTestId('designer-problem-show').first().click()
  expect(`canvas-custom.${await page.getByTestId('field-key').inputValue()}`).toBe(flagged[0])
  await page.getByTestId('selection-problems').waitFor()

  await card('custom.select').click()
  await page.getByTestId('field-visible-when').fill('')
  expect(await properties.getByText('循环规则').count()).toBe(0)
  await page.getByTestId('designer-publish').click()
  await page.getByTestId('publish-dialog').waitFor({ timeout: 15_000 })
  await page.getByTestId('publish-confirm').click()
  await page.getByText('已发布版本 2。').waitFor({ timeout: 15_000 })
  expect(Object.keys((await version('published')).schema.properties).sort()).toEqual(['notes', 'select', 'siteAddress'])
})

it('exports the design and refuses files that are not one, saying why, without touching the design (zh, en)', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('designer-export').click()])
  expect(download.suggestedFilename()).toBe('leads-design.json')
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'))
  expect(exported).toMatchObject({ format: 'formwork/entity-design', version: 1, entity: 'leads' })
  expect(Object.keys(exported.schema.properties).sort()).toEqual(['notes', 'select', 'siteAddress'])
  const upload = (name: string, content: unknown) =>
    page.getByTestId('designer-import-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
    })
  const problems = page.getByTestId('designer-problems')
  const before = await order()

  await upload('layout.json', exported.layout)
  await problems.getByText('layout.json 未导入，当前设计没有任何改动：').waitFor()
  expect(await problems.innerText()).toContain('这不是 Formwork 的设计文件')
  expect(await order()).toEqual(before)

  const ghost = structuredClone(exported)
  ghost.layout.tabs[0].sections[0].fields.push({ field: 'custom.ghost' })
  await upload('ghost.json', ghost)
  await problems.getByText('ghost.json 未导入').waitFor()
  expect(await problems.innerText()).toContain('不存在字段“custom.ghost”。')
  expect(await page.getByTestId('section-basics').getAttribute('data-problem')).toBe('true')
  expect(await order()).toEqual(before)
  await shot('designer-import-refused-zh')

  const relabelled = structuredClone(exported)
  relabelled.schema.properties.notes['x-label'] = { zh: '导入的备注', en: 'Imported notes' }
  await upload('relabelled.json', relabelled)
  await page.getByTestId('designer-message').getByText('已导入 relabelled.json').waitFor()
  expect(await card('custom.notes').innerText()).toContain('导入的备注')
  await page.getByTestId('designer-undo').click()
  expect(await card('custom.notes').innerText()).not.toContain('导入的备注')

  await useLanguage(page, url, 'en')
  await card('custom.notes').waitFor({ timeout: 30_000 })
  await upload('notes.txt', 'name,tier\nACME,a')
  await problems.getByText('notes.txt was not imported; the design is unchanged:').waitFor()
  expect(await problems.innerText()).toContain('The file is not JSON')
  await shot('designer-import-refused-en')
  await useLanguage(page, url, 'zh')
})

it('sets a placeholder, limits, a default, a dictionary and permissions per role in the panel, and publishes them (zh, en)', async () => {
  // The property panel scrolls within the window: a tall window for its picture shows all of it.
  const panelShot = async (name: string, panelName: string) => {
    await page.setViewportSize({ width: 1440, height: 2400 })
    await page.getByRole('complementary', { name: panelName }).screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) })
    await page.setViewportSize({ width: 1440, height: 1000 })
  }
  const publishedBefore = (
    await (
      await page.request.get(
        `${url}/api/entity-schemas?where[entity][equals]=leads&where[status][equals]=published&sort=-version&limit=1&depth=0`,
        { headers: { 'x-tenant': String(tenant) } },
      )
    ).json()
  ).docs[0]
  await useLanguage(page, url, 'zh')
  await page.getByRole('heading', { name: '表单设计器' }).waitFor({ timeout: 30_000 })
  const panel = page.getByRole('complementary', { name: '属性' })
  await card('custom.siteAddress').click()
  await page.getByTestId('field-placeholder-zh').fill('例如：人民路 1 号')
  await page.getByTestId('field-placeholder-en').fill('e.g. 1 Main St')
  await page.getByTestId('field-help-en').fill('Where the engineer goes')
  await page.getByTestId('field-constraint-maxLength').fill('40')
  // A pattern is checked as it is typed: one that does not compile is named and not kept.
  await page.getByTestId('field-constraint-pattern').fill('([a-z')
  await page.getByTestId('field-constraint-pattern-problem').waitFor()
  expect(await page.getByTestId('field-constraint-pattern-problem').innerText()).toContain('不是有效的正则表达式')
  // A default the field would refuse (longer than the limit just set) is shown as a problem.
  await page.getByTestId('field-default').fill('很'.repeat(41))
  expect(await page.getByTestId('field-default-problem').innerText()).toContain('最多 40 个字符')
  await panelShot('designer-properties-problems-zh', '属性')
  await page.getByTestId('field-constraint-pattern').fill('^[^<>]*$')
  expect(await page.getByTestId('field-constraint-pattern-problem').count()).toBe(0)
  await page.getByTestId('field-default').fill('上海市')
  expect(await page.getByTestId('field-default-problem').count()).toBe(0)
  await page.getByTestId('permission-sales').selectOption('readOnly')
  // Tenant admins (and teachers) are never restricted: shown, not offered.
  expect(await panel.getByText('始终可见全部', { exact: true }).count()).toBe(2)
  expect(await page.getByTestId('permission-tenant-admin').count()).toBe(0)
  await panelShot('designer-properties-zh', '属性')

  // The select draws its options from the tenant's industry dictionary instead of its own.
  await card('custom.select').click()
  await page.getByTestId('field-choices-dictionary').check()
  await page.getByTestId('field-dictionary').selectOption('industry')
  expect(await page.getByTestId('field-dictionary-entries').innerText()).toContain('制造业')
  await page.getByTestId('field-default').selectOption('retail')
  await panelShot('designer-properties-dictionary-zh', '属性')

  // A base field: its permissions go to the version's fieldPermissions; a required one can only be masked.
  await card('phone').click()
  await page.getByTestId('base-field-properties').waitFor()
  await page.getByTestId('permission-sales').selectOption('hidden')
  await card('name').click()
  expect(await page.getByTestId('permission-sales').locator('option[value="hidden"]').isDisabled()).toBe(true)
  await page.getByTestId('permission-sales').selectOption('masked')
  await panelShot('designer-properties-base-zh', '属性')

  await page.getByTestId('designer-publish').click()
  await page.getByTestId('publish-dialog').waitFor()
  await page.getByTestId('publish-confirm').click()
  await page.getByText(`已发布版本 ${publishedBefore.version + 1}。`).waitFor({ timeout: 15_000 })
  const res = await page.request.get(
    `${url}/api/entity-schemas?where[entity][equals]=leads&where[status][equals]=published&sort=-version&limit=1&depth=0`,
    { headers: { 'x-tenant': String(tenant) } },
  )
  const [version] = (await res.json()).docs
  expect(version.version).toBe(publishedBefore.version + 1)
  expect(version.schema.properties.siteAddress).toMatchObject({
    'x-placeholder': { zh: '例如：人民路 1 号', en: 'e.g. 1 Main St' },
    'x-help': { en: 'Where the engineer goes' },
    maxLength: 40,
    pattern: '^[^<>]*$',
    default: '上海市',
    'x-permissions': { sales: 'readOnly' },
  })
  expect(version.schema.properties.select).toMatchObject({ 'x-dictionary': 'industry', default: 'retail' })
  expect(version.schema.properties.select).not.toHaveProperty('enum')
  expect(version.fieldPermissions).toEqual({ phone: { sales: 'hidden' }, name: { sales: 'masked' } })

  // The same panel in English, read back from the published version.
  await useLanguage(page, url, 'en')
  await page.getByRole('heading', { name: 'Form designer' }).waitFor({ timeout: 30_000 })
  await card('custom.siteAddress').click()
  expect(await page.getByTestId('field-placeholder-en').inputValue()).toBe('e.g. 1 Main St')
  expect(await page.getByTestId('field-constraint-maxLength').inputValue()).toBe('40')
  expect(await page.getByTestId('permission-sales').inputValue()).toBe('readOnly')
  await panelShot('designer-properties-en', 'Properties')
  await page.getByTestId('field-constraint-maxLength').fill('forty')
  expect(await page.getByTestId('field-constraint-maxLength-problem').innerText()).toBe('Enter a whole number.')
  await panelShot('designer-properties-problems-en', 'Properties')
  await page.getByTestId('field-constraint-maxLength').fill('40')
  await card('custom.select').click()
  expect(await page.getByTestId('field-dictionary').inputValue()).toBe('industry')
  await panelShot('designer-properties-dictionary-en', 'Properties')
  await useLanguage(page, url, 'zh')
})
