import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * `X-Formwork-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver recomputes
 * it with the shared secret, compares, and refuses old timestamps to stop replays.
 */
export function signBody(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${mac}`
}

/** Checks a signature header against the body and secret (for receivers and tests). */
export function verifySignature(secret: string, body: string, header: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]))
  const timestamp = Number(parts.t)
  if (!Number.isFinite(timestamp) || typeof parts.v1 !== 'string') return false
  const expected = Buffer.from(signBody(secret, body, timestamp).split('v1=')[1], 'hex')
  const given = Buffer.from(parts.v1, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
