import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

/**
 * The designed form of custom fields in Payload's edit view: a company of its own publishes service
 * request fields with a layout; the super admin fills them in, sees a rule show a field, sees the
 * server's refusal next to the field it names, and saves — in Chinese and in English.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let tenant: number | string

const label = (zh: string, en: string) => ({ zh, en })
const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['channel'],
  properties: {
    channel: defineField('select', {
      label: label('受理渠道', 'Channel'),
      options: [
        { value: 'phone', label: label('电话', 'Phone') },
        { value: 'onsite', label: label('上门', 'On site') },
      ],
    }),
    siteAddress: {
      ...defineField('text', { label: label('上门地址', 'Site address') }),
      'x-visibleWhen': "custom.channel == 'onsite'",
    },
    reporterEmail: defineField('email', { label: label('报修人邮箱', 'Reporter email') }),
    hours: defineField('decimal', { label: label('预计工时', 'Estimated hours'), scale: 1 }),
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
          id: 'intake',
          label: label('受理信息', 'Intake'),
          columns: 2,
          fields: [
            { field: 'custom.channel' },
            { field: 'custom.reporterEmail' },
            { field: 'custom.siteAddress', span: 2 },
            { field: 'custom.hours' },
          ],
        },
      ],
    },
  ],
}

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1366, height: 1000 }, locale: 'zh-CN' })
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(DEMO.admin)
  await page.locator('#field-password').fill(DEMO.adminPassword)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
  const slug = `form-${Date.now().toString(36)}`
  const created = await page.request.post(`${url}/api/tenants`, { data: { name: '表单测试公司', slug, language: 'zh' } })
  expect(created.status(), await created.text()).toBe(201)
  tenant = (await created.json()).doc.id
  const headers = { 'x-tenant': String(tenant) }
  const draft = await page.request.post(`${url}/api/entity-schemas`, {
    headers,
    data: { entity: 'service-requests', schema, layout },
  })
  expect(draft.status(), await draft.text()).toBe(201)
  const published = await page.request.post(`${url}/api/entity-schemas/${(await draft.json()).doc.id}/publish`, { headers })
  expect(published.status(), await published.text()).toBe(200)
  await page.context().addCookies([{ name: 'formwork-tenant', value: String(tenant), url }])
})

afterAll(async () => {
  await browser?.close()
})

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const field = (key: string) => page.locator(`#custom-field-custom-${key}`)

it('draws the designed form in Chinese; a rule shows a field; the server’s refusal stands next to its field; then it saves', async () => {
  await useLanguage(page, url, 'zh')
  await page.goto(`${url}/admin/collections/service-requests/create`)
  await page.getByText('受理信息').waitFor({ timeout: 30_000 })
  await page.locator('#field-subject').fill('打印机卡纸')
  expect(await page.getByText('上门地址').count()).toBe(0)
  await field('channel').selectOption('onsite')
  await page.getByText('上门地址').waitFor()
  await field('siteAddress').fill('上海市浦东新区世纪大道 100 号')
  await field('reporterEmail').fill('不是邮箱')
  await field('hours').fill('2.5')
  // Two columns as designed: channel and email side by side, the address across both.
  const [channelBox, emailBox, addressBox] = await Promise.all(
    ['channel', 'reporterEmail', 'siteAddress'].map((k) => field(k).boundingBox()),
  )
  expect(emailBox?.y).toBe(channelBox?.y)
  expect(emailBox?.x).toBeGreaterThan((channelBox?.x ?? 0) + (channelBox?.width ?? 0))
  expect(addressBox?.width).toBeGreaterThan((channelBox?.width ?? 0) * 1.8)
  await shot('custom-form-zh-filled')
  await page.locator('#action-save').click()
  const error = page.locator('#custom-field-custom-reporterEmail-error')
  await error.waitFor({ timeout: 15_000 })
  expect(await error.innerText()).toBe('不是有效的邮箱地址。')
  expect(await field('reporterEmail').getAttribute('aria-invalid')).toBe('true')
  // What the user typed stays, to be corrected (Payload's error entries must not blank it).
  expect(await field('reporterEmail').inputValue()).toBe('不是邮箱')
  await shot('custom-form-zh-server-error')
  await field('reporterEmail').fill('zhang@example.cn')
  expect(await error.count()).toBe(0)
  await page.locator('#action-save').click()
  await page.waitForURL((u) => /\/service-requests\/\d+/.test(u.pathname), { timeout: 15_000 })
  const id = new URL(page.url()).pathname.split('/').pop()
  const saved = await (
    await page.request.get(`${url}/api/service-requests/${id}?depth=0`, { headers: { 'x-tenant': String(tenant) } })
  ).json()
  expect(saved.custom).toEqual({
    channel: 'onsite',
    siteAddress: '上海市浦东新区世纪大道 100 号',
    reporterEmail: 'zhang@example.cn',
    hours: '2.5',
  })
})

it('shows the stored values with English labels, and clearing the channel hides the address again', async () => {
  await useLanguage(page, url, 'en')
  await page.getByText('Intake').waitFor({ timeout: 30_000 })
  expect(await field('siteAddress').inputValue()).toBe('上海市浦东新区世纪大道 100 号')
  await page.getByText('Site address').waitFor()
  await shot('custom-form-en-stored')
  await field('channel').selectOption('phone')
  expect(await page.getByText('Site address').count()).toBe(0)
  await useLanguage(page, url, 'zh')
})
