import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { runEffect } from '../../src/workflow/effects/runEffect'
import { effectRows, setEffectFlow } from '../helpers/effectFlow'
import { killAtProbe } from '../helpers/killAtProbe'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, type TestTenant } from '../helpers/tenants'
import { startReceiver } from '../helpers/webhookReceiver'

/**
 * The delivery rules when the worker dies: a process running an effect is killed with SIGKILL (a)
 * after an in-database effect's writes but before they are committed and marked done, (b) after a
 * webhook was delivered but before it was marked done. Run again, (a) is applied exactly once and (b)
 * is delivered again with the same idempotency key.
 */
let payload: Payload
let t: TestTenant
let receiver: Awaited<ReturnType<typeof startReceiver>>

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  t = await createTenant(payload, 'crash')
  receiver = await startReceiver()
})

afterAll(async () => {
  await receiver?.close()
  await shutdownPayload(payload)
})

/** Runs one effect in a separate process and kills it with SIGKILL at the probe. */
const killEffectAtProbe = (effect: Id, probe: 'beforeCommit' | 'afterDeliver') =>
  killAtProbe('test/helpers/runEffectChild.ts', [String(effect), probe])

const moveToWorking = async () => {
  const id = (
    await payload.create({
      collection: 'service-requests',
      data: { tenant: t.id, subject: 'crash', owner: t.people.repRoot.id } as never,
      overrideAccess: true,
    })
  ).id as Id
  await payload.update({ collection: 'service-requests', id, data: { stage: 'working' }, overrideAccess: true })
  return { id, rows: await effectRows(payload, id) }
}

describe('a worker killed mid-effect', () => {
  it('(a) in-database effects killed before commit are applied exactly once when run again', async () => {
    const pool = [t.people.repChild.id, t.people.repOther.id]
    await setEffectFlow(payload, t.id, {
      start: [
        { kind: 'createTask', subject: { zh: '回访', en: 'Follow up' } },
        { kind: 'assign', strategy: 'roundRobin', users: pool },
      ],
    })
    const { id, rows } = await moveToWorking()
    const [task, assign] = rows
    for (const row of rows) await killEffectAtProbe(row.id, 'beforeCommit')
    // Killed before the mark: nothing is done (on PostgreSQL the writes themselves were rolled back).
    expect((await effectRows(payload, id)).map((r) => r.status)).toEqual(['pending', 'pending'])
    const countTasks = async () =>
      (await payload.count({ collection: 'tasks', where: { effectKey: { equals: task.idempotencyKey } }, overrideAccess: true }))
        .totalDocs
    // SQLite has no transaction to roll back: the killed run's task is there, and the rerun must not add one.
    expect(await countTasks()).toBe(payload.db.name === 'sqlite' ? 1 : 0)

    expect(await runEffect(payload, task.id)).toBe('done')
    expect(await runEffect(payload, assign.id)).toBe('done')
    expect(await runEffect(payload, task.id)).toBe('skipped')
    expect(await countTasks()).toBe(1)
    // One turn of the round robin taken, whatever the killed run had done: the first of the pool.
    const { docs } = await payload.find({
      collection: 'assignment-cursors',
      where: { tenant: { equals: t.id } },
      overrideAccess: true,
    })
    expect(docs.map((d) => d.turns)).toEqual([1])
    expect((await payload.findByID({ collection: 'service-requests', id, depth: 0, overrideAccess: true })).owner).toBe(pool[0])
    const notices = await payload.count({
      collection: 'notifications',
      where: { and: [{ user: { equals: pool[0] } }, { kind: { equals: 'assignment' } }] },
      overrideAccess: true,
    })
    expect(notices.totalDocs).toBe(1)
  }, 180_000)

  it('(b) a webhook delivered before the kill is delivered again with the same idempotency key', async () => {
    await setEffectFlow(payload, t.id, { start: [{ kind: 'webhook', url: receiver.url, secret: 'k' }] })
    const { id, rows } = await moveToWorking()
    await killEffectAtProbe(rows[0].id, 'afterDeliver')
    expect(receiver.deliveries).toHaveLength(1)
    expect((await effectRows(payload, id))[0].status).toBe('pending')
    expect(await runEffect(payload, rows[0].id)).toBe('done')
    expect(receiver.deliveries).toHaveLength(2)
    expect(new Set(receiver.deliveries.map((d) => d.headers['idempotency-key']))).toEqual(new Set([rows[0].idempotencyKey]))
  }, 120_000)
})
