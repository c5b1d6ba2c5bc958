import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'

/**
 * The calendar: a sales rep opens the week, creates an event from a slot, creates a second one at an
 * overlapping time and is warned with the first one named, changes the time, drags the event onto the
 * first and saves anyway, then looks at the month and the day — in Chinese, in English, on a phone.
 */
const url = inject('e2eUrl')
let browser: Browser
let page: Page
let userId: string | number

// A Wednesday far from the demo data, so the week holds only what this test creates.
const DAY = '2030-03-06'
const run = Date.now().toString(36).slice(-4)
const FIRST = `客户拜访 ${run}`
const SECOND = `产品演示 ${run}`

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
const setLanguage = async (language: 'zh' | 'en') =>
  expect((await page.request.patch(`${url}/api/users/${userId}`, { data: { language } })).status()).toBe(200)
const dialog = () => page.getByRole('dialog')
const block = (subject: string) => page.locator(`[data-event="${subject}"]`).first()

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${url}/app/login`)
  await page.locator('#login-email').fill('sales.east@demo.formwork.local')
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => u.pathname.startsWith('/app') && !u.pathname.startsWith('/app/login'), { timeout: 30_000 })
  userId = (await (await page.request.get(`${url}/api/users/me`)).json()).user.id
  await setLanguage('zh')
})

afterAll(async () => {
  if (page) await setLanguage('zh')
  await browser?.close()
})

it('opens the week from the navigation, Monday first, and creates an event from a slot (zh)', async () => {
  await page.goto(`${url}/app`)
  await page.locator('a[data-nav="calendar"]').click()
  await page.waitForURL('**/app/calendar**')
  await page.goto(`${url}/app/calendar?view=week&date=${DAY}`)
  const heads = page.locator('[data-day-head]')
  await heads.first().waitFor()
  expect(await heads.first().getAttribute('data-day-head')).toBe('2030-03-04')
  expect(await heads.count()).toBe(7)
  // The 10:00 slot of Wednesday (48 px an hour).
  await page.locator(`[data-day-column="${DAY}"]`).click({ position: { x: 30, y: 10 * 48 + 6 } })
  await dialog().getByRole('heading', { name: '新建日程' }).waitFor()
  expect(await dialog().locator('input[name="start"]').inputValue()).toBe('10:00')
  expect(await dialog().locator('input[name="end"]').inputValue()).toBe('11:00')
  await dialog().locator('input[name="subject"]').fill(FIRST)
  await dialog().getByRole('button', { name: '保存' }).click()
  await block(FIRST).waitFor()
  expect(await dialog().count()).toBe(0)
})

it('warns before saving an overlapping event, naming the first; a changed time saves', async () => {
  await page.getByRole('button', { name: '+ 新建日程' }).click()
  await dialog().locator('input[name="subject"]').fill(SECOND)
  await dialog().locator('input[name="day"]').fill(DAY)
  await dialog().locator('input[name="start"]').fill('10:30')
  expect(await dialog().locator('input[name="end"]').inputValue()).toBe('11:30')
  await dialog().getByRole('button', { name: '保存' }).click()
  const warning = page.getByTestId('conflict-warning')
  await warning.waitFor()
  expect(await warning.innerText()).toContain('与同一人的其他日程时间冲突')
  expect(await warning.innerText()).toContain(`10:00–11:00 ${FIRST}`)
  await shot('calendar-conflict-zh')
  // Nothing was saved yet.
  expect(await block(SECOND).count()).toBe(0)
  await warning.getByRole('button', { name: '修改时间' }).click()
  await dialog().locator('input[name="start"]').fill('11:00')
  await dialog().getByRole('button', { name: '保存' }).click()
  await block(SECOND).waitFor()
  await shot('calendar-week-zh')
})

it('dragging the second event onto the first warns too, and "save anyway" keeps both side by side', async () => {
  const box = await block(SECOND).boundingBox()
  if (!box) throw new Error('the second event is not drawn')
  await page.mouse.move(box.x + box.width / 2, box.y + 10)
  await page.mouse.down()
  // One hour up, in small steps so dnd-kit sees a drag.
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2, box.y + 10 - i * 6)
  await page.mouse.up()
  const warning = page.getByTestId('conflict-warning')
  await warning.waitFor()
  expect(await warning.innerText()).toContain(FIRST)
  expect(await dialog().locator('input[name="start"]').inputValue()).toBe('10:00')
  await warning.getByRole('button', { name: '仍然保存' }).click()
  await dialog().waitFor({ state: 'detached' })
  // Saved and drawn again: same hour, side by side.
  const top = async (subject: string) => Math.round((await block(subject).boundingBox())?.y ?? -1)
  await expect.poll(() => top(SECOND), { timeout: 10_000 }).toBe(await top(FIRST))
  expect((await block(SECOND).boundingBox())?.x).not.toBe((await block(FIRST).boundingBox())?.x)
  const stored = await (
    await page.request.get(`${url}/api/activities?where[subject][equals]=${encodeURIComponent(SECOND)}&depth=0`)
  ).json()
  expect(new Date(stored.docs[0].startAt).toISOString()).toBe('2030-03-06T02:00:00.000Z')
  await shot('calendar-week-overlap-zh')
})

it('shows both in the month and in the day', async () => {
  await page.locator('button[data-view="month"]').click()
  const cell = page.locator(`[data-month-day="${DAY}"]`)
  await cell.locator(`[data-event="${FIRST}"]`).waitFor()
  await cell.locator(`[data-event="${SECOND}"]`).waitFor()
  expect(await page.locator('[data-month-day]').first().getAttribute('data-month-day')).toBe('2030-02-25')
  await shot('calendar-month-zh')
  await cell.getByRole('button', { name: '2030年3月6日星期三' }).click()
  await page.locator(`[data-day-column="${DAY}"] [data-event="${FIRST}"]`).waitFor()
  await block(SECOND).waitFor()
  expect(await page.locator('[data-day-head]').count()).toBe(1)
  await shot('calendar-day-zh')
})

it('in English: weeks start on Sunday and the overlap warning speaks English', async () => {
  await setLanguage('en')
  await page.goto(`${url}/app/calendar?view=week&date=${DAY}`)
  const heads = page.locator('[data-day-head]')
  await heads.first().waitFor()
  expect(await heads.first().getAttribute('data-day-head')).toBe('2030-03-03')
  await block(FIRST).waitFor()
  await page.getByRole('button', { name: '+ New event' }).click()
  await dialog().locator('input[name="subject"]').fill('Overlap check')
  await dialog().locator('input[name="day"]').fill(DAY)
  await dialog().locator('input[name="start"]').fill('10:15')
  await dialog().getByRole('button', { name: 'Save' }).click()
  const warning = page.getByTestId('conflict-warning')
  await warning.waitFor()
  expect(await warning.innerText()).toContain('This overlaps other events of the same person')
  expect(await warning.innerText()).toContain(FIRST)
  await shot('calendar-conflict-en')
  await dialog().getByRole('button', { name: 'Cancel' }).click()
  expect(await page.locator('[data-event="Overlap check"]').count()).toBe(0)
  await shot('calendar-week-en')
})

it('on a phone: the day view by default, and the week as a list', async () => {
  await setLanguage('zh')
  await page.setViewportSize({ width: 390, height: 820 })
  await page.goto(`${url}/app/calendar?date=${DAY}`)
  await page.locator('button[data-view="day"][aria-pressed="true"]').waitFor()
  await block(FIRST).waitFor()
  await shot('calendar-day-zh-phone')
  await page.locator('button[data-view="week"]').click()
  const agenda = page.getByRole('list', { name: '日程列表' })
  await agenda.waitFor()
  expect(await agenda.innerText()).toContain(SECOND)
  await shot('calendar-agenda-zh-phone')
})
