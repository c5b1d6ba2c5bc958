import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { checkTimeLimits } from '../../src/workflow/timeLimits/checkTimeLimits'
import { setEffectFlow } from '../helpers/effectFlow'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, type TestTenant } from '../helpers/tenants'

/**
 * Stage time limits: past the limit the owner is reminded, past twice the limit their manager (or the
 * department's manager) is told, each once per stage entry however often the job runs. Time passes
 * by backdating the record and its stage change.
 */
let payload: Payload
let t: TestTenant
const HOUR = 3_600_000

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  t = await createTenant(payload, 'limits')
  await setEffectFlow(payload, t.id, { workingHours: 2 })
  // The Sales rep reports to the manager; the East rep has no manager of their own, East's head is the admin.
  const rep = await payload.findByID({ collection: 'users', id: t.people.repRoot.id, depth: 0, overrideAccess: true })
  await payload.update({
    collection: 'users',
    id: rep.id,
    data: { memberships: rep.memberships?.map((m: Record<string, unknown>) => ({ ...m, manager: t.people.manager.id })) },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'departments',
    id: t.departments.child,
    data: { manager: t.people.admin.id },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

/** A record moved to `working` `hoursAgo` hours ago (created a day before that). */
async function workingSince(owner: Id, department: Id, hoursAgo: number) {
  const doc = await payload.create({
    collection: 'service-requests',
    data: { tenant: t.id, subject: `late ${hoursAgo}h`, owner, department } as never,
    overrideAccess: true,
  })
  await payload.update({ collection: 'service-requests', id: doc.id, data: { stage: 'working' }, overrideAccess: true })
  await backdate(doc.id as Id, hoursAgo)
  return doc.id as Id
}

async function backdate(record: Id, hoursAgo: number) {
  const at = (h: number) => new Date(Date.now() - h * HOUR).toISOString()
  await payload.db.updateOne({ collection: 'service-requests', id: record, data: { createdAt: at(hoursAgo + 24) } })
  const { docs } = await payload.find({
    collection: 'workflow-transitions',
    where: { record: { equals: String(record) } },
    overrideAccess: true,
  })
  for (const row of docs)
    await payload.db.updateOne({ collection: 'workflow-transitions', id: row.id, data: { createdAt: at(hoursAgo) } })
}

const noticesFor = async (record: Id) =>
  (
    await payload.find({
      collection: 'notifications',
      where: { record: { equals: String(record) } },
      sort: 'id',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs.map((n) => [n.kind, n.user])

describe('stage time limits', () => {
  it('reminds the owner once past the limit, tells the manager once past twice the limit, and again after a new entry', async () => {
    const fresh = await workingSince(t.people.repRoot.id, t.departments.root, 1)
    const late = await workingSince(t.people.repRoot.id, t.departments.root, 3)
    await checkTimeLimits(payload)
    await checkTimeLimits(payload)
    expect(await noticesFor(fresh)).toEqual([])
    expect(await noticesFor(late)).toEqual([['reminder', t.people.repRoot.id]])

    await backdate(late, 5)
    await checkTimeLimits(payload)
    await checkTimeLimits(payload)
    expect(await noticesFor(late)).toEqual([
      ['reminder', t.people.repRoot.id],
      ['escalation', t.people.manager.id],
    ])
    const [reminder] = (
      await payload.find({
        collection: 'notifications',
        where: { record: { equals: String(late) } },
        sort: 'id',
        overrideAccess: true,
      })
    ).docs
    expect(reminder).toMatchObject({
      entity: 'service-requests',
      textEn: expect.stringContaining('"late 3h" has been in "Working" for over 2 h'),
    })

    // Back to open and in again: a new stage entry, reminded anew once it is late.
    await payload.update({ collection: 'service-requests', id: late, data: { stage: 'open' }, overrideAccess: true })
    await payload.update({ collection: 'service-requests', id: late, data: { stage: 'working' }, overrideAccess: true })
    await checkTimeLimits(payload)
    expect(await noticesFor(late)).toHaveLength(2)
    const { docs } = await payload.find({
      collection: 'workflow-transitions',
      where: { record: { equals: String(late) } },
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    await payload.db.updateOne({
      collection: 'workflow-transitions',
      id: docs[0].id,
      data: { createdAt: new Date(Date.now() - 3 * HOUR).toISOString() },
    })
    await checkTimeLimits(payload)
    expect(await noticesFor(late)).toHaveLength(3)
  })

  it('escalates to the department’s manager when the owner has no manager of their own', async () => {
    const late = await workingSince(t.people.repChild.id, t.departments.child, 5)
    const totals = await checkTimeLimits(payload)
    expect(totals.escalations).toBeGreaterThanOrEqual(1)
    expect(await noticesFor(late)).toEqual([
      ['reminder', t.people.repChild.id],
      ['escalation', t.people.admin.id],
    ])
    expect(await checkTimeLimits(payload)).toEqual({ reminders: 0, escalations: 0 })
  })
})
