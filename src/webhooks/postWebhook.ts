import { signBody } from './signature'

export type WebhookResult = { ok: true; status: number } | { ok: false; status: number | null; error: string }

/** How long a receiver may take to answer (`FORMWORK_WEBHOOK_TIMEOUT_MS`, default 10 s). */
export const webhookTimeoutMs = () => Number(process.env.FORMWORK_WEBHOOK_TIMEOUT_MS || 10_000)

/**
 * One delivery: POST the JSON body with its idempotency key (the same on every retry, so the receiver
 * can drop repeats) and, when there is a secret, its signature. Never throws; a non-2xx answer or a
 * timeout is a failed attempt.
 */
export async function postWebhook(args: {
  url: string
  secret?: string | null
  idempotencyKey: string
  body: string
}): Promise<WebhookResult> {
  const headers: Record<string, string> = {
    // A fresh connection per delivery: a pooled keep-alive socket the receiver closes just as we reuse it
    // fails the POST ("other side closed"), and fetch never retries a POST. Deliveries are few; the
    // handshake is cheap next to a spurious failed attempt.
    connection: 'close',
    'content-type': 'application/json',
    'user-agent': 'Formwork-Webhooks/1',
    'idempotency-key': args.idempotencyKey,
  }
  if (args.secret) headers['x-formwork-signature'] = signBody(args.secret, args.body, Math.floor(Date.now() / 1000))
  try {
    const res = await fetch(args.url, {
      method: 'POST',
      headers,
      body: args.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(webhookTimeoutMs()),
    })
    await res.body?.cancel().catch(() => undefined)
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status }
    return { ok: false, status: res.status, error: `HTTP ${res.status}` }
  } catch (error) {
    const name = (error as Error).name
    const message = name === 'TimeoutError' ? `timed out after ${webhookTimeoutMs()} ms` : describeFailure(error as Error)
    return { ok: false, status: null, error: message }
  }
}

/** fetch says only "fetch failed"; the cause (refused, reset, DNS) is what the admin needs to read. */
function describeFailure(error: Error): string {
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause
  const detail = cause?.code || cause?.message
  return detail ? `${error.message} (${detail})` : error.message
}
