import { ImapFlow } from 'imapflow'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { unseal } from '../../src/email/mailboxes/secretBox'
import { MAX_SEND_ATTEMPTS } from '../../src/email/messages/deliverMessage'
import { Api, type Caller } from '../helpers/api'
import { startImapServer } from '../helpers/imapServer'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { freePort, startSmtpMailbox } from '../helpers/smtpMailbox'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Mailboxes and email: settings whose passwords never come back, a test that names the failing step,
 * sending through the jobs queue to a real SMTP server (template, attachment, retries, failure kept),
 * receiving from a real IMAP server (dovecot) once per message, matched to the customer's timeline,
 * and each company's mail out of every other company's reach.
 */
// The send job's backoff is read when the config is built: keep the waits short here.
process.env.FORMWORK_EMAIL_RETRY_DELAY_MS = '1'

const SMTP_USER = 'sales@a.test'
const SMTP_PASS = 'smtp-secret-1'
const IMAP_PASS = 'imap-secret-1'

let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}
let smtp: Awaited<ReturnType<typeof startSmtpMailbox>>
let imap: Awaited<ReturnType<typeof startImapServer>>
let mailbox: { id: Id }
let contact: { id: Id }

const as = (who: string, tenant?: TestTenant): Caller => ({ token: tokens[who], tenant: tenant?.id })
const settings = () => ({
  address: SMTP_USER,
  displayName: 'Sales A',
  smtpHost: smtp.host,
  smtpPort: smtp.port,
  smtpSecurity: 'none',
  smtpUser: SMTP_USER,
  imapHost: imap.host,
  imapPort: imap.port,
  imapSecurity: 'none',
  imapUser: SMTP_USER,
})

async function runJobsUntil(done: () => Promise<boolean>, rounds = 40) {
  for (let i = 0; i < rounds; i++) {
    await payload.jobs.run({ queue: 'interactive', limit: 20 })
    if (await done()) return
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  throw new Error('jobs did not finish')
}

const messageRow = async (id: Id) =>
  (await payload.findByID({ collection: 'email-messages', id, depth: 0, overrideAccess: true })) as unknown as Record<string, any>

async function appendToInbox(raw: string) {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: SMTP_USER, pass: IMAP_PASS },
    logger: false,
  })
  await client.connect()
  await client.append('INBOX', raw)
  await client.logout()
}

const timelineOf = async (entity: string, id: Id, caller: Caller) =>
  (
    await api.rest(
      'GET',
      `/activities?where[and][0][relatedTo.relationTo][equals]=${entity}&where[and][1][relatedTo.value][equals]=${id}&sort=-startAt&limit=20&depth=0`,
      caller,
    )
  ).body.docs as { subject: string; type: string; outcome: string }[]

beforeAll(async () => {
  smtp = await startSmtpMailbox({ [SMTP_USER]: SMTP_PASS })
  imap = await startImapServer([{ user: SMTP_USER, password: IMAP_PASS }])
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'mail-a')
  b = await createTenant(payload, 'mail-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin, bRep: b.people.repRoot }))
    tokens[key] = await api.login(person.email, PASSWORD)
  contact = await payload.create({
    collection: 'contacts',
    data: { tenant: a.id, name: '王伟', email: 'wang.wei@customer.test', owner: a.people.repRoot.id } as never,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await smtp?.close()
  await imap?.stop()
  await shutdownPayload(payload)
})

describe('mailbox settings', () => {
  it('stores passwords sealed and never returns them, to anyone', async () => {
    const created = await api.rest('POST', '/mailboxes', as('repRoot'), {
      ...settings(),
      smtpPassword: SMTP_PASS,
      imapPassword: IMAP_PASS,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    mailbox = created.body.doc
    const text = JSON.stringify(created.body)
    expect(text).not.toContain(SMTP_PASS)
    expect(text).not.toContain('enc:v1')
    expect(created.body.doc.smtpPasswordSet).toBe(true)
    expect(created.body.doc.imapPasswordSet).toBe(true)
    for (const who of ['repRoot', 'admin']) {
      const read = await api.rest('GET', `/mailboxes/${mailbox.id}`, as(who))
      expect(read.status).toBe(200)
      expect(read.body).not.toHaveProperty('smtpPassword')
      expect(read.body).not.toHaveProperty('imapPassword')
      const list = await api.rest('GET', '/mailboxes?depth=0', as(who))
      expect(JSON.stringify(list.body)).not.toMatch(/smtp-secret|imap-secret|enc:v1/)
    }
    const graphql = await api.rest('POST', '/graphql', as('admin'), {
      query: `{ Mailboxes { docs { address smtpPasswordSet } } }`,
    })
    expect(JSON.stringify(graphql.body)).not.toMatch(/smtp-secret|enc:v1/)
    // In the database: sealed, not the password.
    const stored = (await payload.findByID({ collection: 'mailboxes', id: mailbox.id, overrideAccess: true })) as any
    expect(stored.smtpPassword).toMatch(/^enc:v1:/)
    expect(stored.smtpPassword).not.toContain(SMTP_PASS)
    expect(unseal(stored.smtpPassword)).toBe(SMTP_PASS)
    // Saving other settings keeps the password.
    const patched = await api.rest('PATCH', `/mailboxes/${mailbox.id}`, as('repRoot'), { displayName: 'Sales team A' })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    const after = (await payload.findByID({ collection: 'mailboxes', id: mailbox.id, overrideAccess: true })) as any
    expect(unseal(after.smtpPassword)).toBe(SMTP_PASS)
    expect(unseal(after.imapPassword)).toBe(IMAP_PASS)
  })

  it('the test says both servers work with the right settings', async () => {
    const res = await api.rest('POST', `/mailboxes/${mailbox.id}/test`, as('repRoot'), {})
    expect(res.status).toBe(200)
    expect(res.body.smtp).toMatchObject({ configured: true, ok: true })
    expect(res.body.imap).toMatchObject({ configured: true, ok: true })
  })

  it('the test names the step that failed, for SMTP and IMAP separately', async () => {
    const closed = await freePort()
    const cases: [Record<string, unknown>, string, string][] = [
      [{ smtpPassword: 'wrong', imapPassword: 'wrong' }, 'auth', 'auth'],
      [{ smtpHost: 'no-such-host.invalid', imapHost: 'no-such-host.invalid' }, 'dns', 'dns'],
      [{ smtpPort: closed, imapPort: closed }, 'connect', 'connect'],
      // TLS spoken to a plain-text server.
      [{ smtpSecurity: 'tls', imapSecurity: 'tls' }, 'tls', 'tls'],
      [{ smtpPassword: 'wrong' }, 'auth', 'ok'],
    ]
    for (const [body, smtpStage, imapStage] of cases) {
      const res = await api.rest('POST', `/mailboxes/${mailbox.id}/test`, as('repRoot'), body)
      expect(res.status).toBe(200)
      const stageOf = (side: { ok: boolean; stage?: string }) => (side.ok ? 'ok' : side.stage)
      expect([stageOf(res.body.smtp), stageOf(res.body.imap)], JSON.stringify({ body, answer: res.body })).toEqual([
        smtpStage,
        imapStage,
      ])
    }
    const zh = await api.rest(
      'POST',
      `/mailboxes/${mailbox.id}/test`,
      { ...as('repRoot'), headers: { 'accept-language': 'zh' } },
      {
        smtpPassword: 'wrong',
      },
    )
    expect(zh.body.smtp.message).toMatch(/认证/)
  })

  it('a changed host does not get the saved password', async () => {
    // Pointing the test at another server without typing a password: the saved one is not sent there.
    const res = await api.rest('POST', `/mailboxes/${mailbox.id}/test`, as('repRoot'), { smtpHost: 'localhost' })
    expect(res.body.smtp).toMatchObject({ ok: false, stage: 'auth' })
  })
})

describe('sending', () => {
  it('a draft with a template and an attachment goes through the queue to the SMTP server and onto the timeline', async () => {
    const template = await api.rest('POST', '/export-templates', as('admin'), {
      name: 'Greeting',
      entity: 'contacts',
      language: 'en',
      format: 'html',
      source: '<p>Dear {{doc.name}}, greetings from {{tenant.name}}.</p>',
    })
    expect(template.status, JSON.stringify(template.body)).toBe(201)
    const upload = await api.restWithFile(
      'POST',
      '/documents',
      as('repRoot'),
      { title: 'Brochure' },
      { data: Buffer.from('brochure bytes'), name: `brochure-${Date.now()}.txt`, mimetype: 'text/plain' },
    )
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)
    const draft = await api.rest('POST', '/email-messages', as('repRoot'), {
      to: 'wang.wei@customer.test',
      subject: 'Our offer',
      body: 'Hello,\nsee the brochure.',
      template: template.body.doc.id,
      attachments: [upload.body.doc.id],
      relatedTo: { relationTo: 'contacts', value: contact.id },
      // A user cannot file their draft as sent.
      folder: 'sent',
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(draft.body.doc.folder).toBe('draft')
    const sent = await api.rest('POST', `/email-messages/${draft.body.doc.id}/send`, as('repRoot'), {})
    expect(sent.status, JSON.stringify(sent.body)).toBe(202)
    expect((await messageRow(draft.body.doc.id)).folder).toBe('outbox')
    await runJobsUntil(async () => (await messageRow(draft.body.doc.id)).folder !== 'outbox')
    const row = await messageRow(draft.body.doc.id)
    expect(row.folder, row.lastError).toBe('sent')
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]
    expect(mail.subject).toBe('Our offer')
    expect(mail.from?.text).toContain(SMTP_USER)
    expect(String(mail.html)).toContain('Dear 王伟, greetings from Tenant mail-a.')
    expect(String(mail.html)).toContain('see the brochure.')
    expect(mail.attachments.map((x) => x.content.toString())).toEqual(['brochure bytes'])
    const timeline = await timelineOf('contacts', contact.id, as('repRoot'))
    expect(timeline.map((t) => [t.type, t.subject])).toContainEqual(['email', 'Our offer'])
    // Sent once: sending again is refused, the folder says why.
    const again = await api.rest('POST', `/email-messages/${draft.body.doc.id}/send`, as('repRoot'), {})
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0].path).toBe('folder')
  })

  it('bad recipients are refused naming the field, and nothing is queued', async () => {
    const draft = await api.rest('POST', '/email-messages', as('repRoot'), { to: 'not-an-address', subject: 'x' })
    const res = await api.rest('POST', `/email-messages/${draft.body.doc.id}/send`, as('repRoot'), {})
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('to')
    expect((await messageRow(draft.body.doc.id)).folder).toBe('draft')
  })

  it('with the SMTP server down the message is retried, then filed as failed with its error, nothing lost', async () => {
    const down = await api.rest('POST', '/mailboxes', as('repChild'), {
      ...settings(),
      address: 'east@a.test',
      smtpPort: await freePort(),
      smtpPassword: 'x',
    })
    expect(down.status).toBe(201)
    const draft = await api.rest('POST', '/email-messages', as('repChild'), {
      to: 'wang.wei@customer.test',
      subject: 'Will fail',
      body: 'kept',
      mailbox: down.body.doc.id,
    })
    const queued = await api.rest('POST', `/email-messages/${draft.body.doc.id}/send`, as('repChild'), {})
    expect(queued.status, JSON.stringify(queued.body)).toBe(202)
    const attemptsSeen = new Set<number>()
    await runJobsUntil(async () => {
      const row = await messageRow(draft.body.doc.id)
      attemptsSeen.add(Number(row.attempts))
      return row.folder === 'failed'
    }, 80)
    const visible = await api.rest('GET', `/email-messages/${draft.body.doc.id}?depth=0`, as('repChild'))
    expect(visible.body.folder).toBe('failed')
    expect(visible.body.attempts).toBe(MAX_SEND_ATTEMPTS)
    expect(visible.body.lastError).toMatch(/ECONNREFUSED|connect/i)
    expect(visible.body.body).toBe('kept')
    // It went through the intermediate attempts (retries), not straight to failed.
    expect(attemptsSeen.size).toBeGreaterThan(1)
    const failedFolder = await api.rest('GET', '/email-messages?where[folder][equals]=failed&depth=0', as('repChild'))
    expect(failedFolder.body.docs.map((d: { subject: string }) => d.subject)).toEqual(['Will fail'])
  })
})

describe('receiving', () => {
  it('imports new INBOX messages once, matched to the contact and on its timeline', async () => {
    await appendToInbox(
      'From: Wang Wei <Wang.Wei@customer.test>\r\nTo: sales@a.test\r\nSubject: Re: Our offer\r\nMessage-ID: <r1@customer.test>\r\n\r\nThanks, interested.\r\n',
    )
    await appendToInbox('From: someone@unknown.test\r\nTo: sales@a.test\r\nSubject: Spam offer\r\n\r\nBuy.\r\n')
    const first = await api.rest('POST', `/mailboxes/${mailbox.id}/poll`, as('repRoot'))
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.imported).toBe(2)
    const second = await api.rest('POST', `/mailboxes/${mailbox.id}/poll`, as('repRoot'))
    expect(second.body.imported).toBe(0)
    // The scheduled job as well: nothing new, nothing twice.
    await payload.jobs.queue({ task: 'pollMailboxes', input: {} })
    await payload.jobs.run({ limit: 10 })
    const inbox = await api.rest('GET', '/email-messages?where[folder][equals]=inbox&sort=subject&depth=0', as('repRoot'))
    expect(inbox.body.docs.map((d: { subject: string }) => d.subject)).toEqual(['Re: Our offer', 'Spam offer'])
    const reply = inbox.body.docs[0]
    expect(reply.relatedTo).toEqual({ relationTo: 'contacts', value: contact.id })
    expect(reply.body).toContain('Thanks, interested.')
    expect(inbox.body.docs[1].relatedTo ?? null).toBeNull()
    const timeline = await timelineOf('contacts', contact.id, as('repRoot'))
    expect(timeline.filter((t) => t.subject === 'Re: Our offer').map((t) => t.type)).toEqual(['email'])
    // One more message: only it is imported.
    await appendToInbox('From: wang.wei@customer.test\r\nTo: sales@a.test\r\nSubject: One more\r\n\r\nx\r\n')
    const third = await api.rest('POST', `/mailboxes/${mailbox.id}/poll`, as('repRoot'))
    expect(third.body.imported).toBe(1)
    const all = await payload.count({
      collection: 'email-messages',
      where: { folder: { equals: 'inbox' } },
      overrideAccess: true,
    })
    expect(all.totalDocs).toBe(3)
    const stored = (await payload.findByID({ collection: 'mailboxes', id: mailbox.id, overrideAccess: true })) as any
    expect(stored.imapLastUid).toBe(3)
    expect(stored.imapUidValidity).toMatch(/^\d+$/)
  })

  it('a wrong IMAP password is kept on the mailbox as its receiving error', async () => {
    const broken = await api.rest('POST', '/mailboxes', as('repOther'), {
      ...settings(),
      address: 'svc@a.test',
      imapPassword: 'wrong',
    })
    const res = await api.rest('POST', `/mailboxes/${broken.body.doc.id}/poll`, as('repOther'))
    expect(res.status).toBe(502)
    const row = await api.rest('GET', `/mailboxes/${broken.body.doc.id}`, as('repOther'))
    expect(row.body.lastPollError).toBeTruthy()
  })
})

describe('tenant isolation', () => {
  it('another company sees none of the mail or mailboxes, and cannot test, poll or send them', async () => {
    for (const who of ['bAdmin', 'bRep']) {
      expect((await api.rest('GET', '/mailboxes?depth=0', as(who))).body.totalDocs).toBe(0)
      expect((await api.rest('GET', '/email-messages?depth=0', as(who))).body.totalDocs).toBe(0)
      expect((await api.rest('GET', `/mailboxes/${mailbox.id}`, as(who))).status).toBe(404)
      expect((await api.rest('POST', `/mailboxes/${mailbox.id}/test`, as(who), {})).status).toBe(404)
      expect((await api.rest('POST', `/mailboxes/${mailbox.id}/poll`, as(who))).status).toBe(404)
      const theirs = await payload.find({
        collection: 'email-messages',
        where: { tenant: { equals: a.id } },
        limit: 1,
        overrideAccess: true,
      })
      expect((await api.rest('POST', `/email-messages/${theirs.docs[0].id}/send`, as(who), {})).status).toBe(404)
      expect((await api.rest('GET', `/email-messages/${theirs.docs[0].id}`, as(who))).status).toBe(404)
    }
    // Inside the company, a rep's mailbox is theirs: a colleague neither sees nor uses it.
    expect((await api.rest('GET', `/mailboxes/${mailbox.id}`, as('repOther'))).status).toBe(404)
    const draft = await api.rest('POST', '/email-messages', as('repOther'), {
      to: 'x@customer.test',
      subject: 'borrow',
      mailbox: mailbox.id,
    })
    const borrowed = await api.rest('POST', `/email-messages/${draft.body.doc.id}/send`, as('repOther'), {})
    expect(borrowed.status).toBe(400)
    expect(borrowed.body.errors[0].data.errors[0].path).toBe('mailbox')
  })
})
