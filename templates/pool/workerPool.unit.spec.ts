import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WorkerPool } from './workerPool'

type Result = { value?: number; failed?: string }
const file = path.join(import.meta.dirname, '..', 'testing', 'spinWorker.mjs')
let pool: WorkerPool<Result>

const makePool = (size: number) =>
  new WorkerPool<Result>({ file, size, failure: (reason) => ({ failed: reason }), stallMs: 50, graceMs: 50 })

afterEach(async () => {
  await pool?.shutdown()
})

describe('the worker pool', () => {
  it('terminates a worker stuck past the limit, replaces it, and hands on the jobs queued behind it', async () => {
    pool = makePool(2)
    await Promise.all([pool.run({ value: 1 }, 1000), pool.run({ value: 2 }, 1000)]) // both workers up
    const before = pool.threadIds
    const order: string[] = []
    const stuck = pool.run({ spin: true }, 300).then((r) => {
      order.push('stuck')
      return r
    })
    const quick = Array.from({ length: 20 }, (_, i) =>
      pool.run({ value: i }, 1000).then((r) => {
        order.push(`quick${i}`)
        return r
      }),
    )
    expect(await Promise.all(quick)).toEqual(Array.from({ length: 20 }, (_, i) => ({ value: i })))
    expect(await stuck).toEqual({ failed: 'timeout' })
    expect(order.at(-1)).toBe('stuck')
    expect(await pool.run({ value: 42 }, 1000)).toEqual({ value: 42 })
    const after = pool.threadIds
    expect(after).toHaveLength(2)
    expect(after.filter((id) => !before.includes(id))).toHaveLength(1)
  })

  it('with one worker, the jobs behind a stuck one still get answered after it is stopped', async () => {
    pool = makePool(1)
    const stuck = pool.run({ spin: true }, 200)
    const behind = [pool.run({ value: 1 }, 1000), pool.run({ value: 2 }, 1000)]
    expect(await stuck).toEqual({ failed: 'timeout' })
    expect(await Promise.all(behind)).toEqual([{ value: 1 }, { value: 2 }])
  })

  it('a worker that dies fails only the job it was on', async () => {
    pool = makePool(1)
    await pool.run({ value: 0 }, 1000)
    const dying = pool.run({ exit: true }, 1000)
    const next = pool.run({ value: 7 }, 1000)
    expect(await dying).toEqual({ failed: 'crash' })
    expect(await next).toEqual({ value: 7 })
  })

  it('fails only the job whose input cannot be sent to a thread', async () => {
    pool = makePool(1)
    const results = await Promise.all([
      pool.run({ value: 1 }, 1000),
      pool.run({ value: 2, bad: () => 0 }, 1000),
      pool.run({ value: 3 }, 1000),
    ])
    expect(results).toEqual([{ value: 1 }, { failed: 'input' }, { value: 3 }])
  })

  it('answers queued jobs with a failure at shutdown and refuses new ones', async () => {
    pool = makePool(1)
    const stuck = pool.run({ spin: true }, 10_000)
    await pool.shutdown()
    expect(await stuck).toEqual({ failed: 'crash' })
    expect(await pool.run({ value: 1 }, 1000)).toEqual({ failed: 'crash' })
  })
})
