import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { startSmtpListener } from '../helpers/smtpListener'

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpListener>>

beforeAll(async () => {
  delete process.env.SMTP_URL
  payload = (await bootPayload()).payload
  smtp = await startSmtpListener()
})

afterAll(async () => {
  await shutdownPayload(payload)
  await smtp?.close()
  delete process.env.SMTP_URL
})

const outboxRow = async (subject: string) =>
  (await payload.find({ collection: 'outbox', where: { subject: { equals: subject } }, overrideAccess: true, limit: 1 })).docs[0]

async function runRetryJob() {
  await payload.jobs.queue({ task: 'retryOutbox', input: {} })
  await payload.jobs.run({ limit: 10 })
}

it('without SMTP_URL a message is kept in the outbox, whole', async () => {
  await payload.sendEmail({ to: 'kept@example.test', subject: '报价单 Q-1', html: '<p>您好</p>' })
  expect(await outboxRow('报价单 Q-1')).toMatchObject({
    status: 'kept',
    to: 'kept@example.test',
    html: '<p>您好</p>',
    attempts: 0,
  })
  expect(smtp.received).toHaveLength(0)
})

it('with SMTP_URL a message reaches the server and is marked sent', async () => {
  process.env.SMTP_URL = smtp.url
  await payload.sendEmail({ to: 'buyer@example.test', subject: 'Invoice INV-7', text: 'Please find the invoice.' })
  const arrived = smtp.received.find((m) => m.raw.includes('Invoice INV-7'))
  expect(arrived?.to).toEqual(['buyer@example.test'])
  expect(arrived?.raw).toContain('Please find the invoice.')
  expect(await outboxRow('Invoice INV-7')).toMatchObject({ status: 'sent', attempts: 1 })
})

it('a refused message stays failed with the reason, and the retry job delivers it and the kept ones', async () => {
  process.env.SMTP_URL = smtp.url
  smtp.state.refuse = true
  await payload.sendEmail({ to: 'later@example.test', subject: 'Reminder R-3', text: 'Follow up.' })
  const failed = await outboxRow('Reminder R-3')
  expect(failed).toMatchObject({ status: 'failed', attempts: 1 })
  expect(failed.lastError).toMatch(/Mailbox unavailable/)

  smtp.state.refuse = false
  await runRetryJob()
  expect(await outboxRow('Reminder R-3')).toMatchObject({ status: 'sent', attempts: 2 })
  expect(await outboxRow('报价单 Q-1')).toMatchObject({ status: 'sent' })
  expect(smtp.received.map((m) => m.to[0])).toEqual(expect.arrayContaining(['later@example.test', 'kept@example.test']))
})
