import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

/**
 * A public lead form as an anonymous visitor meets it, on a phone in Chinese and on a desktop in
 * English: labels tied to inputs, a rule that shows and hides a field, required fields checked before
 * sending, the server's refusal next to the field it names, focus in layout order, the thank-you
 * page, and a 404 for a form that does not exist.
 */
const url = inject('e2eUrl')
let browser: Browser
let token: string
let tenant: string | number
const slug = `pf-${Date.now().toString(36)}`

const labels = (zh: string, en: string) => ({ zh, en })
const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['interest'],
  properties: {
    interest: defineField('select', {
      label: labels('您感兴趣的是', 'You are interested in'),
      options: [
        { value: 'demo', label: labels('产品演示', 'A demo') },
        { value: 'quote', label: labels('获取报价', 'A quote') },
      ],
    }),
    budget: {
      ...defineField('decimal', { label: labels('预算（元）', 'Budget (CNY)') }),
      'x-visibleWhen': "custom.interest == 'quote'",
      'x-help': labels('大致金额即可', 'A rough figure is fine'),
    },
  },
}

async function api(method: string, route: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(tenant ? { 'x-tenant': String(tenant) } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json().catch(() => null)
  if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = (await api('POST', '/users/login', { email: DEMO.admin, password: DEMO.adminPassword })).token
  tenant = (await api('POST', '/tenants', { name: '示例家电服务有限公司', slug, language: 'zh' })).doc.id
  const draft = await api('POST', '/entity-schemas', { entity: 'leads', schema })
  await api('POST', `/entity-schemas/${draft.doc.id}/publish`)
  await api('POST', '/public-forms', {
    slug: 'contact-us',
    entity: 'leads',
    titleZh: '联系我们',
    titleEn: 'Contact us',
    introZh: '留下您的联系方式，销售顾问会在一个工作日内与您联系。',
    introEn: 'Leave your details and a sales adviser will contact you within one working day.',
    columns: '2',
    fields: [
      { field: 'name' },
      { field: 'company' },
      { field: 'mobile' },
      { field: 'email', required: true },
      { field: 'custom.interest' },
      { field: 'custom.budget' },
      { field: 'description', wide: true },
    ],
    fixedValues: [{ field: 'source', value: 'web' }],
    thankYouZh: '提交成功！我们会在一个工作日内与您联系。',
    thankYouEn: 'Thank you! We will contact you within one working day.',
  })
})

afterAll(async () => {
  await browser?.close()
})

async function visitor(
  viewport: { width: number; height: number },
  locale: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale })
  return { context, page: await context.newPage() }
}
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const leadsNamed = async (name: string) =>
  (await api('GET', `/leads?where[name][equals]=${encodeURIComponent(name)}&depth=0`)).docs as Record<string, unknown>[]

it('on a phone in Chinese: a rule shows a field, required fields and the server’s refusal stand next to their fields, then thanks', async () => {
  const { context, page } = await visitor({ width: 390, height: 844 }, 'zh-CN')
  const response = await page.goto(`${url}/forms/${slug}/contact-us?lang=zh`)
  expect(response?.status()).toBe(200)
  await page.getByRole('heading', { name: '联系我们' }).waitFor()
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  // Labels are tied to their inputs: found by their label text.
  const name = page.getByLabel('姓名')
  const email = page.getByLabel('邮箱')
  const interest = page.getByLabel('您感兴趣的是')
  // One column on a phone even though the form has two.
  const [nameBox, companyBox] = await Promise.all([name.boundingBox(), page.getByLabel('公司').boundingBox()])
  expect(companyBox?.y).toBeGreaterThan((nameBox?.y ?? 0) + (nameBox?.height ?? 0))
  expect(await page.getByLabel('预算（元）').count()).toBe(0)
  await interest.selectOption('quote')
  await page.getByLabel('预算（元）').waitFor()
  await interest.selectOption('demo')
  expect(await page.getByLabel('预算（元）').count()).toBe(0)
  await interest.selectOption('quote')

  await page.getByRole('button', { name: '提交' }).click()
  const nameError = page.locator('#public-name-error')
  await nameError.waitFor()
  expect(await nameError.innerText()).toBe('此项必填。')
  expect(await nameError.getAttribute('role')).toBe('alert')
  expect(await name.getAttribute('aria-describedby')).toContain('public-name-error')
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('public-name')
  await shot(page, 'public-form-zh-required')

  await name.fill('王小明')
  await page.getByLabel('手机').fill('13800138000')
  await email.fill('不是邮箱')
  await page.getByLabel('预算（元）').fill('50000')
  await page.getByRole('button', { name: '提交' }).click()
  const emailError = page.locator('#public-email-error')
  await emailError.waitFor({ timeout: 15_000 })
  expect(await emailError.innerText()).toMatch(/[\u4e00-\u9fff]/)
  expect(await email.getAttribute('aria-invalid')).toBe('true')
  expect(await email.inputValue()).toBe('不是邮箱')
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('public-email')
  await shot(page, 'public-form-zh-server-error')

  await email.fill('wang@example.cn')
  expect(await emailError.count()).toBe(0)
  await page.getByRole('button', { name: '提交' }).click()
  await page.waitForURL((u) => u.pathname.endsWith('/thanks'), { timeout: 15_000 })
  await page.getByText('提交成功！我们会在一个工作日内与您联系。').waitFor()
  await shot(page, 'public-form-zh-thanks')
  const [lead] = await leadsNamed('王小明')
  expect(lead).toMatchObject({
    tenant,
    email: 'wang@example.cn',
    mobile: '13800138000',
    source: 'web',
    custom: { interest: 'quote', budget: '50000' },
  })
  await context.close()
})

it('on a desktop in English (from the browser’s language): two columns, focus in layout order, the switch keeps what was typed', async () => {
  const { context, page } = await visitor({ width: 1280, height: 900 }, 'en-US')
  await page.goto(`${url}/forms/${slug}/contact-us`)
  await page.getByRole('heading', { name: 'Contact us' }).waitFor()
  const name = page.getByLabel('Name')
  const [nameBox, companyBox] = await Promise.all([name.boundingBox(), page.getByLabel('Company').boundingBox()])
  expect(companyBox?.y).toBe(nameBox?.y)
  expect(companyBox?.x).toBeGreaterThan((nameBox?.x ?? 0) + (nameBox?.width ?? 0))
  await page.getByLabel('You are interested in').selectOption('quote')
  // Tab from the first field walks the layout: left to right, row by row, then the button (never the honeypot).
  await name.focus()
  const order: string[] = []
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab')
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''))
  }
  expect(order).toEqual([
    'public-company',
    'public-mobile',
    'public-email',
    'public-custom-interest',
    'public-custom-budget',
    'public-description',
    'Submit',
  ])
  await name.fill('Alice Smith')
  await page.getByLabel('Email').fill('alice@example.com')
  await page.getByRole('button', { name: '中文' }).click()
  await page.getByRole('heading', { name: '联系我们' }).waitFor()
  expect(await page.getByLabel('姓名').inputValue()).toBe('Alice Smith')
  expect(new URL(page.url()).searchParams.get('lang')).toBe('zh')
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('heading', { name: 'Contact us' }).waitFor()
  await page.getByLabel('Budget (CNY)').fill('twelve')
  await shot(page, 'public-form-en-filled')
  await page.getByRole('button', { name: 'Submit' }).click()
  const budgetError = page.locator('#public-custom-budget-error')
  await budgetError.waitFor({ timeout: 15_000 })
  expect(await budgetError.innerText()).toBe('Not a number.')
  await shot(page, 'public-form-en-server-error')
  await page.getByLabel('Budget (CNY)').fill('12000')
  await page.getByRole('button', { name: 'Submit' }).click()
  await page.waitForURL((u) => u.pathname.endsWith('/thanks'), { timeout: 15_000 })
  await page.getByText('Thank you! We will contact you within one working day.').waitFor()
  await shot(page, 'public-form-en-thanks')
  expect(await leadsNamed('Alice Smith')).toHaveLength(1)
  await context.close()
})

it('in the admin, the form shows its public address and the fields it may use, in Chinese and English', async () => {
  const { context, page } = await visitor({ width: 1366, height: 1000 }, 'zh-CN')
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(DEMO.admin)
  await page.locator('#field-password').fill(DEMO.adminPassword)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
  await context.addCookies([{ name: 'formwork-tenant', value: String(tenant), url }])
  const forms = await api('GET', '/public-forms?where[slug][equals]=contact-us&depth=0')
  await page.goto(`${url}/admin/collections/public-forms/${forms.docs[0].id}`)
  await useLanguage(page, url, 'zh')
  await page.getByText('访客可填写的字段').waitFor({ timeout: 30_000 })
  await page.getByText(`/forms/${slug}/contact-us`).waitFor()
  await page.getByText('custom.budget (预算（元）)', { exact: false }).first().waitFor()
  await shot(page, 'public-form-admin-zh')
  await useLanguage(page, url, 'en')
  await page.getByText('Fields the public may fill').waitFor({ timeout: 30_000 })
  await page.getByText('custom.budget (Budget (CNY))', { exact: false }).first().waitFor()
  await shot(page, 'public-form-admin-en')
  await useLanguage(page, url, 'zh')
  await context.close()
})

it('a form that does not exist, or no longer accepts submissions, is a 404 page in both languages', async () => {
  const { context, page } = await visitor({ width: 390, height: 844 }, 'en-US')
  const missing = await page.goto(`${url}/forms/${slug}/no-such-form`)
  expect(missing?.status()).toBe(404)
  await page.getByText('This form does not exist or no longer accepts submissions.').waitFor()
  await page.getByText('该表单不存在或已停止收集。').waitFor()
  await shot(page, 'public-form-404')
  const forms = await api('GET', '/public-forms?where[slug][equals]=contact-us&depth=0')
  await api('PATCH', `/public-forms/${forms.docs[0].id}`, { active: false })
  expect((await page.goto(`${url}/forms/${slug}/contact-us`))?.status()).toBe(404)
  await context.close()
})
