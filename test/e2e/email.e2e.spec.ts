import path from 'node:path'
import { ImapFlow } from 'imapflow'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO } from '../helpers/appServer'
import { launchBrowser, SCREENSHOTS } from '../helpers/browser'
import { startImapServer } from '../helpers/imapServer'
import { startSmtpMailbox } from '../helpers/smtpMailbox'

/**
 * Email from a customer's page: a rep sets up their mailbox (a real SMTP server and dovecot started
 * here) and tests it, writes to an account from the account's page, the message leaves through the
 * outbox to the SMTP server and shows on the account's timeline; a reply is fetched into the inbox.
 * In the Chinese demo company and in the English one.
 */
const url = inject('e2eUrl')
let browser: Browser
let smtp: Awaited<ReturnType<typeof startSmtpMailbox>>
let imap: Awaited<ReturnType<typeof startImapServer>>
const MAIL_PASSWORD = 'mail-pass-1'

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

const cases = [
  {
    language: 'zh',
    rep: 'sales.east@demo.formwork.local',
    locale: 'zh-CN',
    t: {
      write: '写邮件',
      compose: '写邮件',
      to: '收件人（多个用逗号分隔）',
      subject: '主题',
      body: '正文',
      send: '发送',
      outbox: '发件箱',
      sent: '已发送',
      inbox: '收件箱',
      settings: '邮箱设置',
      test: '测试这些设置',
      ok: '正常',
      check: '立即收信',
      timeline: '跟进动态',
      auth: '认证',
    },
  },
  {
    language: 'en',
    rep: 'sales.a@demo-en.formwork.local',
    locale: 'en-GB',
    t: {
      write: 'Write an email',
      compose: 'Write an email',
      to: 'To (several: separate with commas)',
      subject: 'Subject',
      body: 'Message',
      send: 'Send',
      outbox: 'Outbox',
      sent: 'Sent',
      inbox: 'Inbox',
      settings: 'Mailbox settings',
      test: 'Test these settings',
      ok: 'OK',
      check: 'Check for new mail now',
      timeline: 'Activity',
      auth: 'Authentication',
    },
  },
] as const

beforeAll(async () => {
  smtp = await startSmtpMailbox(Object.fromEntries(cases.map((c) => [c.rep, MAIL_PASSWORD])))
  imap = await startImapServer(cases.map((c) => ({ user: c.rep, password: MAIL_PASSWORD })))
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await smtp?.close()
  await imap?.stop()
})

async function signIn(email: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale })
  const page = await context.newPage()
  await page.goto(`${url}/app`)
  await page.waitForURL((u) => u.pathname === '/app/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(DEMO.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => /^\/app(\/|$)/.test(u.pathname) && u.pathname !== '/app/login', { timeout: 30_000 })
  return { context, page }
}

async function appendReply(user: string, from: string, subject: string) {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: MAIL_PASSWORD },
    logger: false,
  })
  await client.connect()
  await client.append('INBOX', `From: ${from}\r\nTo: ${user}\r\nSubject: ${subject}\r\n\r\nThanks!\r\n`)
  await client.logout()
}

describe.each(cases)('email from a customer page ($language)', (c) => {
  it('sets up and tests the mailbox, sends from the account page, and the timeline shows the email', async () => {
    const { context, page } = await signIn(c.rep, c.locale)
    try {
      const me = (await (await page.request.get(`${url}/api/users/me`)).json()).user
      expect((await page.request.patch(`${url}/api/users/${me.id}`, { data: { language: c.language } })).status()).toBe(200)
      // The settings screen: the form, saved, then tested against both servers.
      await page.goto(`${url}/app/mail?folder=settings`)
      const form = page.getByRole('form', { name: c.t.settings })
      await form.locator('input[name="address"]').fill(c.rep)
      for (const side of ['smtp', 'imap'] as const) {
        await form.locator(`input[name="${side}Host"]`).fill('127.0.0.1')
        await form.locator(`input[name="${side}Port"]`).fill(String(side === 'smtp' ? smtp.port : imap.port))
        await form.locator(`input[name="${side}User"]`).fill(c.rep)
      }
      await form.locator('select').nth(0).selectOption('none')
      await form.locator('select').nth(1).selectOption('none')
      for (const input of await form.locator('input[type="password"]').all()) await input.fill(MAIL_PASSWORD)
      await form.getByRole('button', { name: c.t.test }).click()
      await form.locator('[data-check="smtp"]').filter({ hasText: c.t.ok }).waitFor({ timeout: 30_000 })
      await form.locator('[data-check="imap"]').filter({ hasText: c.t.ok }).waitFor()
      await shot(page, `email-settings-tested-${c.language}`)
      // A wrong password typed over the saved one: the SMTP side names authentication, IMAP stays fine.
      await form.locator('input[type="password"]').first().fill('wrong-password')
      await form.getByRole('button', { name: c.t.test }).click()
      await form.locator('[data-check="smtp"]').filter({ hasText: c.t.auth }).waitFor({ timeout: 30_000 })
      await shot(page, `email-settings-auth-failed-${c.language}`)

      const account = (
        await (await page.request.get(`${url}/api/accounts?where[owner][equals]=${me.id}&limit=1&depth=0&sort=name`)).json()
      ).docs[0]
      expect(account, `an account of ${c.rep}`).toBeTruthy()
      const customer = `buyer.${c.language}.${Date.now().toString(36)}@example.com`
      await page.goto(`${url}/app/accounts/${account.id}`)
      await page.getByRole('link', { name: c.t.write }).click()
      await page.waitForURL((u) => u.pathname === '/app/mail')
      // The email is about the account, named as the rep knows it (not "accounts #12").
      await page.getByRole('form', { name: c.t.compose }).getByRole('link', { name: account.name }).waitFor()
      const subject = `${c.language === 'zh' ? '报价跟进' : 'Quote follow-up'} ${Date.now().toString(36)}`
      await page.getByLabel(c.t.to).fill(customer)
      await page.getByLabel(c.t.subject).fill(subject)
      await page.getByLabel(c.t.body).fill(c.language === 'zh' ? '您好，附上报价说明。' : 'Hello, here is our quote.')
      await shot(page, `email-compose-${c.language}`)
      await page.getByRole('button', { name: c.t.send, exact: true }).click()
      await page.getByRole('heading', { name: c.t.outbox }).waitFor()
      await shot(page, `email-outbox-${c.language}`)
      await expect.poll(() => smtp.received.some((m) => m.subject === subject), { timeout: 30_000 }).toBe(true)
      expect(smtp.received.find((m) => m.subject === subject)?.to).toBeTruthy()

      await page.locator('[data-folder="sent"]').click()
      await page.getByRole('button').filter({ hasText: subject }).click()
      await shot(page, `email-sent-${c.language}`)

      await page.goto(`${url}/app/accounts/${account.id}`)
      await page.getByRole('complementary', { name: c.t.timeline }).getByText(subject).first().waitFor({ timeout: 15_000 })
      await shot(page, `email-timeline-${c.language}`)

      // A reply arrives: "check now" imports it into the inbox.
      await appendReply(c.rep, customer, `Re: ${subject}`)
      await page.goto(`${url}/app/mail?folder=settings`)
      await page.getByRole('button', { name: c.t.check }).click()
      await page.getByRole('status').filter({ hasText: /1/ }).first().waitFor({ timeout: 15_000 })
      await page.locator('[data-folder="inbox"]').click()
      await page
        .getByRole('button')
        .filter({ hasText: `Re: ${subject}` })
        .click()
      await shot(page, `email-inbox-${c.language}`)
    } finally {
      await context.close()
    }
  }, 180_000)
})
