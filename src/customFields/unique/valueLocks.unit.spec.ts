import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { lockValue, releaseValues } from './valueLocks'

const request = () => ({}) as PayloadRequest

describe('value locks', () => {
  it('a second writer of the same value waits until the first has written', async () => {
    const [first, second] = [request(), request()]
    const order: string[] = []
    await lockValue(first, 'v')
    const waiting = lockValue(second, 'v').then(() => order.push('second locked'))
    await new Promise((resolve) => setImmediate(resolve))
    order.push('first releases')
    releaseValues(first)
    await waiting
    expect(order).toEqual(['first releases', 'second locked'])
    releaseValues(second)
  })

  it('other values do not wait, and a request holding a value takes it again at once', async () => {
    const [first, second] = [request(), request()]
    await lockValue(first, 'a')
    await lockValue(second, 'b')
    await lockValue(first, 'a')
    releaseValues(first)
    releaseValues(second)
    const third = request()
    await lockValue(third, 'a')
    releaseValues(third)
  }, 2_000) // far below the locks' own 10 s release: waiting on itself would fail here
})
