import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { verifySignature } from '../../src/webhooks/signature'
import { MAX_EFFECT_ATTEMPTS, runEffect } from '../../src/workflow/effects/runEffect'
import { Api } from '../helpers/api'
import { effectRows, setEffectFlow } from '../helpers/effectFlow'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'
import { startReceiver } from '../helpers/webhookReceiver'

/**
 * Workflow effects: one row per effect written with the stage change and run by the jobs queue;
 * in-database effects exactly once, webhooks at least once with one idempotency key and a signature;
 * failures retried then marked failed; an unknown kind fails clearly; assignment strategies.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
let receiver: Awaited<ReturnType<typeof startReceiver>>
const tokens: Record<string, string> = {}
const SECRET = 'whsec-test'

const newRequest = async (subject: string, owner?: Id) =>
  (
    await payload.create({
      collection: 'service-requests',
      data: { tenant: a.id, subject, owner: owner ?? a.people.repRoot.id, department: a.departments.root } as never,
      overrideAccess: true,
    })
  ).id as Id
const start = async (id: Id) => {
  const res = await api.rest('PATCH', `/service-requests/${id}`, { token: tokens.repRoot }, { stage: 'working' })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}
const countWhere = async (collection: 'tasks' | 'activities' | 'notifications' | 'approval-requests', where: object) =>
  (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'fx-a')
  b = await createTenant(payload, 'fx-b')
  tokens.repRoot = await api.login(a.people.repRoot.email, PASSWORD)
  receiver = await startReceiver()
})

afterAll(async () => {
  await receiver?.close()
  await shutdownPayload(payload)
})

describe('effects of a stage change', () => {
  it('writes one row per effect and a job; the job applies in-database effects exactly once and call the webhook with its key, signed', async () => {
    await setEffectFlow(payload, a.id, {
      start: [
        { kind: 'setField', field: 'priority', value: 'high' },
        { kind: 'createTask', subject: { zh: '联系客户', en: 'Call the customer' }, dueInHours: 4 },
        { kind: 'createActivity', activityType: 'visit', subject: { zh: '上门', en: 'Visit' } },
        { kind: 'webhook', url: receiver.url, secret: SECRET },
      ],
      enterWorking: [{ kind: 'assign', strategy: 'fixed', users: [a.people.repChild.id] }],
    })
    const id = await newRequest('effects')
    // Counted by task: a run of the queue may also add the scheduled jobs whose time has come.
    const effectJobs = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'runWorkflowEffects' } },
          overrideAccess: true,
        })
      ).totalDocs
    const jobsBefore = await effectJobs()
    await start(id)
    const rows = await effectRows(payload, id)
    const [transition] = (
      await payload.find({ collection: 'workflow-transitions', where: { record: { equals: String(id) } }, overrideAccess: true })
    ).docs
    expect(rows.map((r) => [r.kind, r.status, r.idempotencyKey])).toEqual(
      ['setField', 'createTask', 'createActivity', 'webhook', 'assign'].map((kind, i) => [
        kind,
        'pending',
        `wfe:${transition.id}:${i}`,
      ]),
    )
    expect(await effectJobs()).toBe(jobsBefore + 1)

    await payload.jobs.run({ limit: 50 })
    expect((await effectRows(payload, id)).map((r) => r.status)).toEqual(['done', 'done', 'done', 'done', 'done'])
    const record = await payload.findByID({ collection: 'service-requests', id, depth: 0, overrideAccess: true })
    expect(record.priority).toBe('high')
    expect(record.owner).toBe(a.people.repChild.id)
    expect(await countWhere('tasks', { effectKey: { equals: rows[1].idempotencyKey } })).toBe(1)
    expect(await countWhere('activities', { effectKey: { equals: rows[2].idempotencyKey } })).toBe(1)
    expect(
      await countWhere('notifications', {
        and: [{ user: { equals: a.people.repChild.id } }, { kind: { equals: 'assignment' } }],
      }),
    ).toBe(1)
    const [delivery] = receiver.deliveries
    expect(receiver.deliveries).toHaveLength(1)
    expect(delivery.headers['idempotency-key']).toBe(rows[3].idempotencyKey)
    expect(verifySignature(SECRET, delivery.body, String(delivery.headers['x-formwork-signature']))).toBe(true)
    expect(verifySignature('wrong', delivery.body, String(delivery.headers['x-formwork-signature']))).toBe(false)
    expect(JSON.parse(delivery.body)).toMatchObject({ entity: 'service-requests', id, record: { subject: 'effects' } })

    // Run again (a retried job): every row is done, nothing happens twice.
    for (const row of rows) expect(await runEffect(payload, row.id)).toBe('skipped')
    expect(await countWhere('tasks', { effectKey: { equals: rows[1].idempotencyKey } })).toBe(1)
    expect(receiver.deliveries).toHaveLength(1)
  })

  it('runs the first stage’s effects when a record is created, and writes made by effects queue no effects', async () => {
    await setEffectFlow(payload, a.id, {
      enterOpen: [{ kind: 'createTask', subject: { zh: '确认', en: 'Confirm' }, assignTo: 'owner' }],
      enterWorking: [{ kind: 'setField', field: 'stage', value: 'open' }],
    })
    const id = await newRequest('on create')
    const [row] = await effectRows(payload, id)
    expect(row.idempotencyKey).toBe(`wfe:service-requests:${id}:enter:0`)
    expect(await runEffect(payload, row.id)).toBe('done')
    expect(await countWhere('tasks', { effectKey: { equals: row.idempotencyKey } })).toBe(1)
    // Entering `working` moves it back to `open` by an effect: a checked move, recorded, without open's effects again.
    await start(id)
    const [, back] = await effectRows(payload, id)
    expect(await runEffect(payload, back.id)).toBe('done')
    expect((await payload.findByID({ collection: 'service-requests', id, overrideAccess: true })).stage).toBe('open')
    expect(await effectRows(payload, id)).toHaveLength(2)
  })

  it('a refused move writes no effect', async () => {
    await setEffectFlow(payload, a.id, { start: [{ kind: 'setField', field: 'priority', value: 'high' }] })
    const id = await newRequest('refused')
    const res = await api.rest('PATCH', `/service-requests/${id}`, { token: tokens.repRoot }, { stage: 'closed' })
    expect(res.status).toBe(400)
    expect(await effectRows(payload, id)).toHaveLength(0)
  })

  it('starts an approval once; a process that does not exist fails the effect clearly, the record untouched', async () => {
    await payload.create({
      collection: 'approval-processes',
      data: {
        tenant: a.id,
        key: 'repair-approval',
        nameZh: '维修审批',
        nameEn: 'Repair approval',
        entity: 'service-requests',
        steps: [
          { key: 'one', labelZh: '审批', labelEn: 'Approve', approverType: 'users', mode: 'any', users: [a.people.admin.id] },
        ],
      } as never,
      overrideAccess: true,
    })
    await setEffectFlow(payload, a.id, { start: [{ kind: 'startApproval', process: 'repair-approval' }] })
    const id = await newRequest('approval')
    await start(id)
    const [row] = await effectRows(payload, id)
    expect(await runEffect(payload, row.id)).toBe('done')
    const pending = { and: [{ record: { equals: String(id) } }, { status: { equals: 'pending' } }] }
    expect(await countWhere('approval-requests', pending)).toBe(1)
    expect(await runEffect(payload, row.id)).toBe('skipped')
    expect(await countWhere('approval-requests', pending)).toBe(1)

    await setEffectFlow(payload, a.id, { start: [{ kind: 'startApproval', process: 'no-such-process' }] })
    const other = await newRequest('unknown process')
    await start(other)
    const before = await payload.findByID({ collection: 'service-requests', id: other, depth: 0, overrideAccess: true })
    const [bad] = await effectRows(payload, other)
    // An applier's error is retried like any failure, then the effect is failed.
    const outcomes: string[] = []
    for (let attempt = 0; attempt < MAX_EFFECT_ATTEMPTS; attempt++) outcomes.push(await runEffect(payload, bad.id))
    expect(outcomes).toEqual([...Array(MAX_EFFECT_ATTEMPTS - 1).fill('retry'), 'failed'])
    const [failed] = await effectRows(payload, other)
    expect(failed.status).toBe('failed')
    expect(String(failed.lastError)).toMatch(/no-such-process|process/i)
    expect(
      (await payload.findByID({ collection: 'service-requests', id: other, depth: 0, overrideAccess: true })).updatedAt,
    ).toBe(before.updatedAt)
  })

  it('retries a webhook the receiver refuses or never answers, then marks it failed, the record untouched', async () => {
    process.env.FORMWORK_WEBHOOK_TIMEOUT_MS = '300'
    await setEffectFlow(payload, a.id, { start: [{ kind: 'webhook', url: receiver.url, secret: SECRET }] })
    const id = await newRequest('refusing receiver')
    await start(id)
    const before = await payload.findByID({ collection: 'service-requests', id, depth: 0, overrideAccess: true })
    const [row] = await effectRows(payload, id)
    const seen = receiver.deliveries.length
    receiver.setMode('hang')
    expect(await runEffect(payload, row.id)).toBe('retry')
    expect((await effectRows(payload, id))[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'timed out after 300 ms',
    })
    receiver.setMode('error')
    // Through the queue: the job's attempt fails and stays queued for a retry with backoff.
    await payload.jobs.run({ limit: 50 })
    expect((await effectRows(payload, id))[0]).toMatchObject({ status: 'pending', attempts: 2, lastError: 'HTTP 500' })
    const outcomes = []
    for (let i = 2; i < MAX_EFFECT_ATTEMPTS; i++) outcomes.push(await runEffect(payload, row.id))
    expect(outcomes).toEqual([...Array(MAX_EFFECT_ATTEMPTS - 3).fill('retry'), 'failed'])
    expect((await effectRows(payload, id))[0]).toMatchObject({
      status: 'failed',
      attempts: MAX_EFFECT_ATTEMPTS,
      lastError: 'HTTP 500',
    })
    const sent = receiver.deliveries.slice(seen)
    expect(sent).toHaveLength(MAX_EFFECT_ATTEMPTS)
    expect(new Set(sent.map((d) => d.headers['idempotency-key']))).toEqual(new Set([row.idempotencyKey]))
    expect(await runEffect(payload, row.id)).toBe('skipped')
    expect((await payload.findByID({ collection: 'service-requests', id, depth: 0, overrideAccess: true })).updatedAt).toBe(
      before.updatedAt,
    )
    receiver.setMode('ok')
  })
})

describe('assignment strategies', () => {
  const moved = async (effect: object, owner: Id = b.people.admin.id) => {
    await setEffectFlow(payload, b.id, { start: [effect as never] })
    const id = (
      await payload.create({
        collection: 'service-requests',
        data: { tenant: b.id, subject: 'assign', owner } as never,
        overrideAccess: true,
      })
    ).id as Id
    await payload.update({ collection: 'service-requests', id, data: { stage: 'working' }, overrideAccess: true })
    const [row] = await effectRows(payload, id)
    return { id, row }
  }
  const ownerOf = async (id: Id) =>
    (await payload.findByID({ collection: 'service-requests', id, depth: 0, overrideAccess: true })).owner

  it('round robin takes turns among the role’s users, fairly across concurrent runs, with the cursor kept', async () => {
    const reps = [b.people.repRoot.id, b.people.repChild.id, b.people.repOther.id]
    const effect = { kind: 'assign', strategy: 'roundRobin', role: 'sales' }
    const owners = []
    for (let i = 0; i < 4; i++) {
      const { id, row } = await moved(effect)
      const outcome = await runEffect(payload, row.id)
      expect(outcome, JSON.stringify(await effectRows(payload, id))).toBe('done')
      owners.push(await ownerOf(id))
    }
    expect(owners).toEqual([...reps, reps[0]])
    const batch = [await moved(effect), await moved(effect), await moved(effect)]
    await Promise.all(batch.map(({ row }) => runEffect(payload, row.id)))
    expect(new Set(await Promise.all(batch.map(({ id }) => ownerOf(id))))).toEqual(new Set(reps))
    const { docs } = await payload.find({
      collection: 'assignment-cursors',
      where: { tenant: { equals: b.id } },
      overrideAccess: true,
    })
    expect(docs.map((d) => d.turns)).toEqual([7])
  })

  it('least loaded picks the user with the fewest open records (ties: the first by id)', async () => {
    // Candidates in id order: a tie goes to the first.
    const [p1, p2, p3] = [b.people.manager.id, b.people.repChild.id, b.people.admin.id].sort((x, y) => Number(x) - Number(y))
    const open = async (owner: Id) =>
      payload.count({
        collection: 'service-requests',
        where: { and: [{ owner: { equals: owner } }, { stage: { not_equals: 'closed' } }] },
        overrideAccess: true,
      })
    const loads = await Promise.all([p1, p2, p3].map(async (u) => (await open(u)).totalDocs))
    const effect = { kind: 'assign', strategy: 'leastLoaded', users: [p1, p2, p3] }
    const { id, row } = await moved(effect, b.people.repOther.id)
    expect(await runEffect(payload, row.id)).toBe('done')
    const min = Math.min(...loads)
    expect(await ownerOf(id)).toBe([p1, p2, p3][loads.indexOf(min)])
  })

  it('fails clearly when nobody can be assigned', async () => {
    const { id, row } = await moved({ kind: 'assign', strategy: 'roundRobin', role: 'no-such-role' })
    const owner = await ownerOf(id)
    for (let i = 0; i < MAX_EFFECT_ATTEMPTS; i++) await runEffect(payload, row.id)
    const [failed] = await effectRows(payload, id)
    expect(failed.status).toBe('failed')
    expect(failed.lastError).toContain('assign: nobody to assign')
    expect(await ownerOf(id)).toBe(owner)
  })
})
