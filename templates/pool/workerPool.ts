import { Worker } from 'node:worker_threads'

export type PoolFailure = 'timeout' | 'memory' | 'crash' | 'input'

export type PoolOptions<R> = {
  /** Absolute path of the worker's entry file. */
  file: string
  size: number
  /** The result a job gets when its worker had to be stopped (hard timeout) or died under it. */
  failure: (reason: PoolFailure, detail: string) => R
  /** Jobs sent to one worker ahead of time: fewer messages, but they wait behind a slow one. */
  maxInFlight?: number
  /** A job running this long is "slow": the jobs queued behind it go to another worker. */
  stallMs?: number
  /** Extra time past a job's own limit before its worker is terminated (the worker normally stops it itself). */
  graceMs?: number
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number }
}

type Job<R> = {
  id: number
  input: unknown
  timeoutMs: number
  resolve: (result: R) => void
  settled: boolean
  /** Waiting in the pool's queue. */
  queued: boolean
  /** Workers that have it (two when it was handed on from a slow worker). */
  holders: number
}

type Slot<R> = {
  worker: Worker
  inFlight: Job<R>[]
  ready: boolean
  stalled: boolean
  dead: boolean
  timer?: NodeJS.Timeout
}

/**
 * Worker threads that run jobs off the request thread. Each worker gets a few jobs at a time (one
 * message), answers them in order, and a job that runs past its limit gets its worker terminated and
 * replaced: JavaScript cannot be interrupted any other way. Jobs queued behind a slow one are handed to
 * another worker, and whichever answer comes first wins (rendering is pure, so running twice is harmless).
 * Idle workers do not keep the process alive.
 */
export class WorkerPool<R> {
  private readonly options: Required<Omit<PoolOptions<R>, 'resourceLimits'>> & Pick<PoolOptions<R>, 'resourceLimits'>
  private readonly queue: Job<R>[] = []
  private readonly slots: Slot<R>[] = []
  private nextId = 1
  private closed = false

  constructor(options: PoolOptions<R>) {
    this.options = { maxInFlight: 8, stallMs: 100, graceMs: 250, ...options }
  }

  run(input: unknown, timeoutMs: number): Promise<R> {
    if (this.closed) return Promise.resolve(this.options.failure('crash', 'the renderer is shut down'))
    return new Promise<R>((resolve) => {
      this.queue.push({ id: this.nextId++, input, timeoutMs, resolve, settled: false, queued: true, holders: 0 })
      this.pump()
    })
  }

  /** Workers alive now (tests check that a runaway's worker was replaced). */
  get threadIds(): number[] {
    return this.slots.filter((s) => !s.dead).map((s) => s.worker.threadId)
  }

  async shutdown(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) this.settle(job, this.options.failure('crash', 'the renderer is shut down'))
    await Promise.all([...this.slots].map((slot) => this.stop(slot)))
    for (const job of this.queue.splice(0)) this.settle(job, this.options.failure('crash', 'the renderer is shut down'))
  }

  private settle(job: Job<R>, result: R) {
    if (job.settled) return
    job.settled = true
    job.resolve(result)
  }

  private spawn(): Slot<R> {
    const worker = new Worker(this.options.file, { resourceLimits: this.options.resourceLimits })
    const slot: Slot<R> = { worker, inFlight: [], ready: false, stalled: false, dead: false }
    worker.unref()
    worker.on('message', (message: { ready?: true; id?: number; result?: R }) => {
      if (slot.dead) return
      if (message.ready) {
        slot.ready = true
        this.watchHead(slot)
        return
      }
      const index = slot.inFlight.findIndex((job) => job.id === message.id)
      if (index < 0) return
      const [job] = slot.inFlight.splice(index, 1)
      this.settle(job, message.result as R)
      slot.stalled = false
      this.watchHead(slot)
      // Refill at half: fewer, larger messages than one job per answer.
      if (slot.inFlight.length <= this.options.maxInFlight / 2) this.pump()
    })
    const died = (reason: PoolFailure, detail: string) => {
      if (slot.dead) return
      // The job it was on is the culprit; a worker that never started fails all it was given.
      for (const job of slot.ready ? slot.inFlight.slice(0, 1) : slot.inFlight)
        this.settle(job, this.options.failure(reason, detail))
      void this.stop(slot)
      this.pump()
    }
    worker.on('error', (error: Error & { code?: string }) =>
      died(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', error.message),
    )
    worker.on('exit', (code) => died('crash', `the renderer stopped (exit code ${code})`))
    this.slots.push(slot)
    return slot
  }

  /** One timer for the job the worker is on: first "slow" (hand its followers elsewhere), then "too slow" (kill). */
  private watchHead(slot: Slot<R>) {
    clearTimeout(slot.timer)
    slot.timer = undefined
    const head = slot.inFlight[0]
    if (!head) {
      slot.worker.unref()
      return
    }
    if (!slot.ready) return
    const stallMs = Math.min(this.options.stallMs, head.timeoutMs)
    slot.timer = setTimeout(() => {
      if (slot.inFlight[0] !== head) return
      slot.stalled = true
      const followers = slot.inFlight.slice(1).filter((job) => !job.settled && !job.queued && job.holders === 1)
      for (const job of followers) job.queued = true
      this.queue.unshift(...followers)
      this.pump()
      slot.timer = setTimeout(
        () => {
          if (slot.inFlight[0] !== head) return
          this.settle(head, this.options.failure('timeout', `stopped after ${head.timeoutMs} ms`))
          void this.stop(slot)
          this.pump()
        },
        head.timeoutMs - stallMs + this.options.graceMs,
      )
    }, stallMs)
  }

  /** Terminates a worker; its unfinished jobs go back to the queue (they never started or will be redone). */
  private async stop(slot: Slot<R>) {
    if (slot.dead) return
    slot.dead = true
    clearTimeout(slot.timer)
    const index = this.slots.indexOf(slot)
    if (index >= 0) this.slots.splice(index, 1)
    const orphans: Job<R>[] = []
    for (const job of slot.inFlight) {
      job.holders--
      if (!job.settled && !job.queued && job.holders === 0) {
        job.queued = true
        orphans.push(job)
      }
    }
    slot.inFlight.length = 0
    this.queue.unshift(...orphans)
    // Replace a worker that was running (not one that failed to start: that would loop) so capacity is back.
    if (!this.closed && slot.ready && this.slots.length < this.options.size) this.spawn()
    await slot.worker.terminate()
  }

  private pump() {
    if (this.closed) return
    // All workers start with the first job: a cold start takes a few hundred ms, which a request stuck
    // behind a runaway should not have to wait for.
    while (this.queue.length > 0 && this.slots.length < this.options.size) this.spawn()
    const batches = new Map<Slot<R>, Job<R>[]>()
    while (this.queue.length > 0) {
      const job = this.queue[0]
      if (job.settled) {
        this.queue.shift()
        job.queued = false
        continue
      }
      let best: Slot<R> | undefined
      for (const slot of this.slots) {
        if (slot.dead || slot.stalled || slot.inFlight.length >= this.options.maxInFlight) continue
        if (!best || slot.inFlight.length < best.inFlight.length) best = slot
      }
      if (!best) break
      this.queue.shift()
      job.queued = false
      job.holders++
      const wasIdle = best.inFlight.length === 0
      best.inFlight.push(job)
      if (wasIdle) {
        best.worker.ref()
        this.watchHead(best)
      }
      const batch = batches.get(best)
      if (batch) batch.push(job)
      else batches.set(best, [job])
    }
    for (const [slot, jobs] of batches) this.post(slot, jobs)
  }

  /** Sends jobs; one whose input cannot be copied to a thread (a function, a class instance) fails alone. */
  private post(slot: Slot<R>, jobs: Job<R>[]) {
    try {
      slot.worker.postMessage({ jobs: jobs.map((job) => ({ id: job.id, input: job.input })) })
      return
    } catch {
      // find the culprit below
    }
    for (const job of jobs) {
      try {
        slot.worker.postMessage({ jobs: [{ id: job.id, input: job.input }] })
      } catch (error) {
        slot.inFlight.splice(slot.inFlight.indexOf(job), 1)
        job.holders--
        this.settle(job, this.options.failure('input', (error as Error).message))
      }
    }
    this.watchHead(slot)
  }
}
