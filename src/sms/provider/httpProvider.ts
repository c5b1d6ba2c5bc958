import { createHmac, timingSafeEqual } from 'node:crypto'
import { unseal } from '../../email/mailboxes/secretBox'
import type { GatewayRow, OutgoingSms, SmsProvider, SmsSendResult } from './types'

export const DEFAULT_BODY_TEMPLATE = '{"to":"{{to}}","text":"{{text}}","id":"{{messageId}}","from":"{{senderId}}"}'

/** Hex HMAC-SHA256 of the raw body: the signature most Chinese SMS gateways ask for and send back. */
export const hmacHex = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex')

export function signatureMatches(secret: string, body: string, given: string | null): boolean {
  if (!secret || !given) return false
  const expected = Buffer.from(hmacHex(secret, body), 'hex')
  const actual = Buffer.from(given.trim(), 'hex')
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

// Values go into a JSON string: escape them as JSON does, so a quote in a message cannot break the body.
const jsonEscape = (value: string) => JSON.stringify(value).slice(1, -1)

/** The request body: the template with its placeholders filled in. */
export function renderBody(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => jsonEscape(values[name] ?? ''))
}

/** A gateway reached over HTTP(S): one signed request per message; any non-2xx answer is a failure. */
export function httpProvider(gateway: GatewayRow, timeoutMs = 10_000): SmsProvider {
  return {
    async send(message: OutgoingSms): Promise<SmsSendResult> {
      const body = renderBody(gateway.bodyTemplate || DEFAULT_BODY_TEMPLATE, {
        ...message,
        senderId: gateway.senderId ?? '',
      })
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      const secret = unseal(gateway.secret)
      if (secret) headers[gateway.signatureHeader || 'X-Signature'] = hmacHex(secret, body)
      const response = await fetch(gateway.url, {
        method: gateway.method || 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(timeoutMs),
      })
      const text = await response.text()
      if (!response.ok) throw new Error(`gateway answered ${response.status}: ${text.slice(0, 300)}`)
      let providerMessageId: string | null = null
      try {
        const parsed = JSON.parse(text) as Record<string, unknown>
        const id = parsed.messageId ?? parsed.id ?? parsed.msgId
        providerMessageId = id == null ? null : String(id)
      } catch {
        providerMessageId = null
      }
      return { providerMessageId }
    },
  }
}
