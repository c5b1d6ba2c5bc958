import { verifySignature } from '../webhooks/signature'

/** How far a signature's timestamp may be from the server's clock: a captured request replayed later is refused. */
export const REPLAY_WINDOW_SECONDS = 5 * 60

export type SignatureCheck = 'ok' | 'missing' | 'expired' | 'bad'

/**
 * Inbound CTI events are signed the way our outbound webhooks are (src/webhooks/signature.ts):
 * `X-Formwork-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, so one signing
 * routine serves a telephone system in both directions. The body is checked as received, byte for byte.
 */
export function verifyCtiSignature(secret: string, rawBody: string, header: string | null, nowMs = Date.now()): SignatureCheck {
  if (!header) return 'missing'
  const t = Number(/(?:^|,)t=(\d+)/.exec(header)?.[1])
  if (!Number.isFinite(t)) return 'bad'
  if (Math.abs(nowMs / 1000 - t) > REPLAY_WINDOW_SECONDS) return 'expired'
  return verifySignature(secret, rawBody, header) ? 'ok' : 'bad'
}
