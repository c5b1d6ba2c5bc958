import type { Endpoint } from 'payload'
import { unseal } from '../email/mailboxes/secretBox'
import { toLanguage } from '../i18n/language'
import { smsMessage } from './messages'
import { signatureMatches } from './provider/httpProvider'

const RECEIPT_STATUSES = ['delivered', 'failed'] as const

/**
 * POST /api/sms/callback/:tenant (tenant slug) — a gateway's delivery receipt, `{ messageId, status:
 * delivered|failed, error? }`, signed like our requests (hex HMAC-SHA256 of the raw body with the
 * gateway's secret, in its signature header). A bad signature is refused with 401 and changes nothing.
 * `messageId` is the gateway's id for the message (or ours, `fw-<id>`). No login: the signature is the proof.
 */
export const smsCallbackEndpoint: Endpoint = {
  path: '/sms/callback/:tenant',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const language = toLanguage(req.i18n?.language)
    const slug = String(req.routeParams?.tenant ?? '')
    const tenant = (
      await req.payload.find({
        collection: 'tenants',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0]
    if (!tenant) return Response.json({ error: smsMessage(language, 'unknownTenant') }, { status: 404 })
    const body = req.text ? await req.text() : ''
    const gateways = (
      await req.payload.find({
        collection: 'sms-gateways',
        where: { tenant: { equals: tenant.id } },
        limit: 50,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs as unknown as { secret?: string; signatureHeader?: string | null }[]
    const signed = gateways.some((g) =>
      signatureMatches(unseal(g.secret), body, req.headers.get(g.signatureHeader || 'X-Signature')),
    )
    if (!signed) return Response.json({ error: smsMessage(language, 'badSignature') }, { status: 401 })
    let receipt: { messageId?: unknown; status?: unknown; error?: unknown }
    try {
      receipt = JSON.parse(body)
    } catch {
      receipt = {}
    }
    const status = String(receipt.status ?? '')
    if (typeof receipt.messageId !== 'string' || !(RECEIPT_STATUSES as readonly string[]).includes(status))
      return Response.json({ errors: [{ path: 'status', message: smsMessage(language, 'badReceipt') }] }, { status: 400 })
    const found = await req.payload.find({
      collection: 'sms-messages',
      where: { and: [{ tenant: { equals: tenant.id } }, { providerMessageId: { equals: receipt.messageId } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const message = found.docs[0] as unknown as { id: number | string; status: string } | undefined
    if (!message) return Response.json({ updated: 0 }, { status: 404 })
    // A receipt only follows a send: a late "failed" cannot undo a delivery already recorded.
    if (message.status === 'sent' || (message.status === 'failed' && status === 'delivered')) {
      await req.payload.update({
        collection: 'sms-messages',
        id: message.id,
        data:
          status === 'delivered'
            ? { status: 'delivered', deliveredAt: new Date().toISOString() }
            : { status: 'failed', error: String(receipt.error ?? 'the gateway reported a failed delivery').slice(0, 2000) },
        overrideAccess: true,
        depth: 0,
        req,
      } as never)
    }
    return Response.json({ updated: 1, id: message.id })
  },
}
