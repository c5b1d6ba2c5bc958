import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notify } from '../../src/notifications/notify'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * In-app notifications are their recipient's alone: stored per user by the server, read and marked
 * read by the recipient only, never by a colleague or an admin; a retried notice is not stored twice.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
let req: PayloadRequest
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'notices-a')
  b = await createTenant(payload, 'notices-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
  req = await createLocalReq({}, payload)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const listOf = async (who: string, query = '') =>
  (await api.rest('GET', `/notifications?limit=50&depth=0${query}`, { token: tokens[who] })).body as {
    docs: { id: number | string; textEn: string; textZh: string; readAt?: string | null }[]
    totalDocs: number
  }

describe('notifications', () => {
  it('reach each recipient once, even when the same notice is sent again', async () => {
    const notice = {
      tenant: a.id,
      kind: 'reminder' as const,
      text: { zh: '工单已超时', en: 'The request is overdue' },
      entity: 'service-requests',
      record: 7,
      key: 'overdue:7',
    }
    expect(await notify(req, [a.people.repRoot.id, a.people.repChild.id], notice)).toBe(2)
    expect(await notify(req, [a.people.repRoot.id], notice)).toBe(0)
    const mine = await listOf('repRoot', '&where[textEn][equals]=The request is overdue')
    expect(mine.totalDocs).toBe(1)
    expect(mine.docs[0].textZh).toBe('工单已超时')
  })

  it('are read by their recipient only: not by a colleague, an admin, or another company', async () => {
    await notify(req, [a.people.repRoot.id], { tenant: a.id, kind: 'info', text: { zh: '私密', en: 'Private note' } })
    const own = await listOf('repRoot', '&where[textEn][equals]=Private note')
    expect(own.totalDocs).toBe(1)
    for (const other of ['repChild', 'admin', 'bAdmin'])
      expect((await listOf(other, '&where[textEn][equals]=Private note')).totalDocs, other).toBe(0)
    const id = own.docs[0].id
    expect(
      (await api.rest('PATCH', `/notifications/${id}`, { token: tokens.admin }, { readAt: new Date().toISOString() })).status,
    ).toBe(403)
  })

  it('are marked read by the recipient, who cannot rewrite what they say; unread ones are counted', async () => {
    await notify(req, [a.people.repChild.id], { tenant: a.id, kind: 'approval', text: { zh: '请审批', en: 'Please approve' } })
    const unread = await listOf('repChild', '&where[readAt][exists]=false')
    expect(unread.totalDocs).toBeGreaterThanOrEqual(2)
    const target = unread.docs.find((d) => d.textEn === 'Please approve')
    if (!target) throw new Error('notice missing')
    const res = await api.rest(
      'PATCH',
      `/notifications/${target.id}`,
      { token: tokens.repChild },
      { readAt: new Date().toISOString(), textEn: 'Changed' },
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const stored = await payload.findByID({ collection: 'notifications', id: target.id, overrideAccess: true })
    expect(stored.readAt).toBeTruthy()
    expect(stored.textEn).toBe('Please approve')
    expect((await listOf('repChild', '&where[readAt][exists]=false')).totalDocs).toBe(unread.totalDocs - 1)
    // Nobody creates notifications by hand.
    const forged = await api.rest(
      'POST',
      '/notifications',
      { token: tokens.admin },
      { user: a.people.repChild.id, kind: 'info', textZh: 'x', textEn: 'x' },
    )
    expect(forged.status).toBe(403)
  })
})
