import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { jobsConfig } from './jobsConfig'
import { QUEUE_NAMES, QUEUES } from './queues'

const SRC = path.resolve(__dirname, '..')
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.tsx?$/.test(name) && !name.includes('.spec.'))
  .map((name) => path.join(SRC, name))

describe('job queues', () => {
  it('the app runs every queue on its own cron', () => {
    const autoRun = jobsConfig.autoRun as { cron: string; queue: string }[]
    expect(autoRun.map((entry) => entry.queue).sort()).toEqual([...QUEUE_NAMES].sort())
    for (const entry of autoRun) expect(entry.cron).toBe(QUEUES[entry.queue as keyof typeof QUEUES])
  })

  it('every queue a job is put on is one the app and the worker run', () => {
    const used = new Set<string>()
    for (const file of sources)
      for (const match of readFileSync(file, 'utf8').matchAll(/jobs\.queue\(\{[^}]*?queue: '([a-z-]+)'/gs)) used.add(match[1])
    // Imports and exports sit on queues of their own, so an hour-long run holds up no email.
    expect(used).toContain('imports')
    expect(used).toContain('exports')
    for (const queue of used) expect(QUEUE_NAMES).toContain(queue)
  })
})
