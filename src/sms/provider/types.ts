/** What a gateway needs to send one message, whatever the provider. */
export type OutgoingSms = { to: string; text: string; messageId: string }

/** A gateway's answer: its own id for the message, kept to match delivery receipts. */
export type SmsSendResult = { providerMessageId: string | null }

/**
 * A way to reach an SMS or fax gateway. Throws when the gateway is unreachable or refuses: the caller
 * retries with backoff. Another gateway (a vendor SDK, SMPP) is one more implementation of this.
 */
export interface SmsProvider {
  send(message: OutgoingSms): Promise<SmsSendResult>
}

/** A gateway's settings as stored (the secret still sealed). */
export type GatewayRow = {
  id: number | string
  tenant?: unknown
  channel: 'sms' | 'fax'
  provider?: 'http' | null
  url: string
  method?: 'POST' | 'PUT' | null
  bodyTemplate?: string | null
  signatureHeader?: string | null
  secret?: string | null
  senderId?: string | null
  active?: boolean | null
}
