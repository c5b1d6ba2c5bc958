import type { PayloadRequest } from 'payload'

/**
 * In-process locks on unique values, held from the uniqueness check until the record is written.
 * SQLite has no Payload transactions, so without them two concurrent creates could both find no
 * duplicate and both insert. Released after the write (afterChange), on a refused REST write
 * (afterError), and at the latest after HOLD_MS, so a write that failed elsewhere cannot block a value.
 */
const HOLD_MS = 10_000
const tails = new Map<string, Promise<void>>()
const held = new WeakMap<PayloadRequest, Map<string, () => void>>()

/** Waits for the lock on `key`, then holds it for this request (a request already holding it goes on). */
export async function lockValue(req: PayloadRequest, key: string): Promise<void> {
  if (held.get(req)?.has(key)) return
  const previous = tails.get(key) ?? Promise.resolve()
  let release!: () => void
  const mine = new Promise<void>((resolve) => {
    release = resolve
  })
  const tail = previous.then(() => mine)
  tails.set(key, tail)
  await previous
  const timer = setTimeout(release, HOLD_MS)
  const done = () => {
    clearTimeout(timer)
    release()
    if (tails.get(key) === tail) tails.delete(key)
  }
  held.set(req, (held.get(req) ?? new Map()).set(key, done))
}

/** Lets the next writer of the same values in. */
export function releaseValues(req: PayloadRequest) {
  const releases = held.get(req)
  held.delete(req)
  for (const release of releases?.values() ?? []) release()
}
