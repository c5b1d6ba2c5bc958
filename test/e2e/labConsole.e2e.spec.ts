import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS, useLanguage } from '../helpers/browser'

/**
 * The teacher's console in Chromium: a teacher creates a class of 3 groups from the shipped sales-lab
 * preset, watches the progress bar finish and downloads the logins; a student signs in with one and
 * sees only their group; what the student adds is gone after the teacher resets the group (and back
 * after restoring a snapshot taken before); a closed class is read-only and its students are out.
 */
const url = inject('e2eUrl')
const stamp = Date.now().toString(36)
const TEACHER = { email: `teacher-${stamp}@school.test`, password: 'e2e-teacher-pass' }
const SLUG = `crm-${stamp}`
let browser: Browser
let page: Page
let adminToken: string
let salesLab: string | number
let classId: string | number
let student: { name: string; email: string; password: string; group: string }

async function asAdmin(method: string, route: string, body?: unknown, tenant?: string | number) {
  const res = await fetch(`${url}/api${route}`, {
    method,
    headers: {
      authorization: `JWT ${adminToken}`,
      'content-type': 'application/json',
      ...(tenant != null ? { 'x-tenant': String(tenant) } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

const tenantId = async (slug: string) => (await asAdmin('GET', `/tenants?where[slug][equals]=${slug}&depth=0`)).docs[0].id
const accountsNamed = async (group: string | number, name: string) =>
  (await asAdmin('GET', `/accounts?where[name][equals]=${encodeURIComponent(name)}&depth=0`, undefined, group)).totalDocs
const shot = (p: Page, name: string) => p.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

async function signIn(p: Page, email: string, password: string) {
  await p.goto(`${url}/admin/login`)
  await p.locator('#field-email').fill(email)
  await p.locator('#field-password').fill(password)
  await p.locator('button[type="submit"]').click()
  await p.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
}

beforeAll(async () => {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.admin, password: DEMO.adminPassword }),
  })
  adminToken = (await login.json()).token
  salesLab = (await asAdmin('GET', '/lab-presets?where[key][equals]=sales-lab&depth=0')).docs[0].id
  // A teacher is one who holds the teacher role of a class: the school's staff class makes them one.
  const staff = (
    await asAdmin('POST', '/tenants', { name: `教研室 ${stamp}`, slug: `staff-${stamp}`, kind: 'class', language: 'zh' })
  ).doc
  const role = (await asAdmin('GET', `/roles?where[key][equals]=teacher&where[tenant][equals]=${staff.id}&depth=0`)).docs[0]
  await asAdmin(
    'POST',
    '/users',
    { ...TEACHER, name: '王老师', language: 'zh', memberships: [{ tenant: staff.id, roles: [role.id] }] },
    staff.id,
  )
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true })).newPage()
  await signIn(page, TEACHER.email, TEACHER.password)
})

afterAll(async () => {
  await browser?.close()
})

it('creates a class of 3 groups from sales-lab with a progress bar, and hands out the logins (zh)', async () => {
  await useLanguage(page, url, 'zh')
  // The navigation offers the console to a teacher (it may be folded away: the link is there, visible or not).
  await page.getByTestId('labs-nav-link').first().waitFor({ state: 'attached', timeout: 30_000 })
  await page.goto(`${url}/admin/labs`)
  await page.getByRole('heading', { name: '教师控制台' }).waitFor({ timeout: 30_000 })
  await page.getByTestId(`lab-class-staff-${stamp}`).waitFor({ timeout: 30_000 })
  await shot(page, 'labs-classes-zh')

  await page.locator('#lab-new-class').click()
  await page.getByRole('heading', { name: '新建班级' }).waitFor()
  await page.locator('#lab-name').fill('市场营销 2026 春')
  await page.locator('#lab-slug').fill('Bad Slug')
  await page.locator('#lab-preset').selectOption(String(salesLab))
  await page.locator('#lab-groups').fill('3')
  // Names from a file: a header row, then one per line.
  await page.locator('#lab-students-file').setInputFiles({
    name: 'students.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('姓名,学号\n张三,1\n李四,2\n王五,3\n赵六,4\n'),
  })
  // The file is read asynchronously: wait until its names are in the box.
  await expect.poll(() => page.locator('#lab-students').inputValue()).toBe('张三\n李四\n王五\n赵六')
  await page.locator('#lab-create').click()
  // The server's refusal is shown beside the field it names, and nothing was made.
  await expect.poll(() => page.getByTestId('lab-error-slug').textContent()).toContain('标识')
  await shot(page, 'labs-new-class-error-zh')

  await page.locator('#lab-slug').fill(SLUG)
  await page.locator('#lab-create').click()
  // Each group loads the whole preset, so a “group n of 3” label stays up long enough to be seen.
  await page
    .getByTestId('lab-progress-label')
    .filter({ hasText: /第 [123]\/3 组/ })
    .waitFor({ timeout: 60_000 })
  // Nothing offers to stop what cannot be stopped: no cancel link while the class is being made.
  expect(await page.getByRole('link', { name: '取消' }).count()).toBe(0)
  await shot(page, 'labs-new-class-progress-zh')
  await page.getByTestId('lab-created').waitFor({ timeout: 180_000 })
  expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100')
  expect(await page.getByTestId('lab-progress-label').textContent()).toBe('学生 4/4')
  await page.getByText('密码仅在此显示一次').waitFor()
  await shot(page, 'labs-new-class-done-zh')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lab-download-csv').click()])
  expect(download.suggestedFilename()).toBe(`${SLUG}-logins.csv`)
  const csv = fs.readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '')
  const [header, ...rows] = csv.trim().split(/\r?\n/)
  expect(header).toBe('姓名,小组,登录邮箱,初始密码')
  const logins = rows.map((row) => {
    const [name, group, email, password] = row.split(',')
    return { name, group, email, password }
  })
  expect(logins.map((l) => l.name)).toEqual(['张三', '李四', '王五', '赵六'])
  expect(logins.every((l) => l.password.length >= 8)).toBe(true)
  student = logins[0]
  expect(student.group).toBe('市场营销 2026 春 第 1 组')

  await page.getByTestId('lab-open-class').click()
  await page.getByTestId('lab-groups').waitFor({ timeout: 30_000 })
  classId = new URL(page.url()).pathname.split('/').pop() as string
  const g1 = page.getByTestId(`lab-group-${SLUG}-g1`)
  expect(await g1.textContent()).toContain('张三')
  expect(await g1.textContent()).toContain('赵六')
  expect(await g1.getByTestId('lab-group-passed').textContent()).toMatch(/^已完成 \d+\/8$/)
  expect(await page.locator('[data-testid^="lab-group-crm-"]').count()).toBe(3)
  await shot(page, 'labs-class-zh')

  await page.goto(`${url}/admin/labs`)
  const row = page.getByTestId(`lab-class-${SLUG}`)
  await row.waitFor({ timeout: 30_000 })
  expect(await row.textContent()).toContain('进行中')
}, 300_000)

it('lets a student see only their group, and the teacher reset and restore it (zh)', async () => {
  const g1 = await tenantId(`${SLUG}-g1`)
  const g2 = await tenantId(`${SLUG}-g2`)
  const otherAccount = (await asAdmin('GET', '/accounts?limit=1&depth=0', undefined, g2)).docs[0]
  const studentPage = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage()
  await signIn(studentPage, student.email, student.password)
  await studentPage.goto(`${url}/admin/collections/accounts`)
  await studentPage.getByText('华联超市（朝阳店）').first().waitFor({ timeout: 30_000 })
  await studentPage.getByTestId('tenant-selector').waitFor({ timeout: 30_000 })
  const options = await studentPage.getByTestId('tenant-selector').locator('option').allTextContents()
  expect(options).toEqual(['市场营销 2026 春 第 1 组'])
  expect(await studentPage.getByTestId('labs-nav-link').count()).toBe(0)
  // Another group's records are out of reach through REST, by list and by id.
  const list = await studentPage.request.get(`${url}/api/accounts?depth=0`, { headers: { 'x-tenant': String(g2) } })
  expect(list.status()).toBe(403)
  const byId = await studentPage.request.get(`${url}/api/accounts/${otherAccount.id}?depth=0`)
  expect([403, 404]).toContain(byId.status())
  expect(await studentPage.request.get(`${url}/api/labs/classes`).then((r) => r.status())).toBe(403)

  const made = await studentPage.request.post(`${url}/api/accounts`, {
    headers: { 'x-tenant': String(g1) },
    data: { name: '学生新建的客户' },
  })
  expect(made.status(), await made.text()).toBe(201)
  await studentPage.goto(`${url}/admin/collections/accounts`)
  await studentPage.getByText('学生新建的客户').first().waitFor({ timeout: 30_000 })
  await studentPage.getByTestId('tenant-selector').waitFor({ timeout: 30_000 })
  await shot(studentPage, 'labs-student-accounts-zh')
  expect(await accountsNamed(g1, '学生新建的客户')).toBe(1)

  // The teacher snapshots the group as the student left it, then resets it: the record is gone.
  await page.goto(`${url}/admin/labs/${classId}`)
  const row = page.getByTestId(`lab-group-${SLUG}-g1`)
  await row.waitFor({ timeout: 30_000 })
  await row.getByRole('button', { name: '快照（0）' }).click()
  const panel = page.getByTestId(`lab-snapshots-${SLUG}-g1`)
  await panel.getByPlaceholder('快照名称').fill('第一次作业')
  await panel.getByRole('button', { name: '快照', exact: true }).click()
  await page.getByTestId('lab-notice').filter({ hasText: '已保存' }).waitFor({ timeout: 60_000 })
  await panel.getByTestId('lab-snapshot-第一次作业').waitFor()
  await shot(page, 'labs-class-snapshots-zh')

  page.once('dialog', (dialog) => void dialog.accept())
  await row.getByRole('button', { name: '重置' }).click()
  await page.getByTestId('lab-notice').filter({ hasText: '已恢复为预设' }).waitFor({ timeout: 60_000 })
  expect(await accountsNamed(g1, '学生新建的客户')).toBe(0)
  expect(await accountsNamed(g1, '华联超市（朝阳店）')).toBe(1)
  await studentPage.reload()
  await studentPage.getByText('华联超市（朝阳店）').first().waitFor({ timeout: 30_000 })
  expect(await studentPage.getByText('学生新建的客户').count()).toBe(0)

  page.once('dialog', (dialog) => void dialog.accept())
  await panel.getByTestId('lab-snapshot-第一次作业').getByRole('button', { name: '恢复' }).click()
  await page.getByTestId('lab-notice').filter({ hasText: '已恢复到快照' }).waitFor({ timeout: 60_000 })
  expect(await accountsNamed(g1, '学生新建的客户')).toBe(1)
  await studentPage.context().close()
}, 300_000)

it('shows the console in English, and closes the class: read-only, its students out (en)', async () => {
  await useLanguage(page, url, 'en')
  await page.goto(`${url}/admin/labs`)
  await page.getByRole('heading', { name: "Teacher's console" }).waitFor({ timeout: 30_000 })
  await page.getByTestId(`lab-class-${SLUG}`).waitFor({ timeout: 30_000 })
  await shot(page, 'labs-classes-en')

  // A second, small class in English: the form, a refusal naming its field, the progress, the logins.
  await page.locator('#lab-new-class').click()
  await page.getByRole('heading', { name: 'New class' }).waitFor()
  await page.locator('#lab-name').fill('Sales basics')
  await page.locator('#lab-slug').fill(`en-${stamp}`)
  await page.locator('#lab-language').selectOption('en')
  await page.locator('#lab-groups').fill('1')
  await page.locator('#lab-students').fill('Alice Smith\nBob Jones')
  await page.locator('#lab-create').click()
  await expect.poll(() => page.getByTestId('lab-error-preset').textContent()).toContain('preset')
  await shot(page, 'labs-new-class-error-en')
  await page.locator('#lab-preset').selectOption(String(salesLab))
  await page.locator('#lab-create').click()
  // One group and two students go by fast (a bulk copy, two logins): the bar is caught while it is up,
  // and its last words checked once the class is made, not raced for in between.
  await page.getByTestId('lab-progress').waitFor({ timeout: 60_000 })
  await shot(page, 'labs-new-class-progress-en')
  await page.getByTestId('lab-created').waitFor({ timeout: 120_000 })
  expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100')
  expect(await page.getByTestId('lab-progress-label').textContent()).toBe('Students 2 of 2')
  await page.getByText('The passwords are shown only this once').waitFor()
  await shot(page, 'labs-new-class-done-en')

  await page.goto(`${url}/admin/labs/${classId}`)
  const row = page.getByTestId(`lab-group-${SLUG}-g1`)
  await row.waitFor({ timeout: 30_000 })
  await row.getByRole('button', { name: 'Snapshots (1)' }).click()
  await page.getByTestId(`lab-snapshot-第一次作业`).waitFor()
  await shot(page, 'labs-class-en')

  page.once('dialog', (dialog) => void dialog.accept())
  await page.locator('#lab-close-class').click()
  await page.getByTestId('lab-closed-notice').waitFor({ timeout: 30_000 })
  expect(await page.getByTestId('lab-class-state').textContent()).toBe('Closed')
  expect(await page.getByRole('button', { name: 'Reset' }).count()).toBe(0)
  expect(await page.locator('#lab-close-class').count()).toBe(0)
  expect(await page.getByRole('button', { name: 'Restore' }).count()).toBe(0)
  await shot(page, 'labs-class-closed-en')

  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: student.email, password: student.password }),
  })
  expect(login.ok).toBe(false)
  await page.goto(`${url}/admin/labs`)
  const closedRow = page.getByTestId(`lab-class-${SLUG}`)
  await closedRow.waitFor({ timeout: 30_000 })
  expect(await closedRow.textContent()).toContain('Closed')
}, 300_000)
