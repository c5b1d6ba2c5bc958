import type { Endpoint, PayloadRequest } from 'payload'
import { findTenant } from '../access/activeTenant'
import type { Id } from '../access/types'
import { type Language, toLanguage } from '../i18n/language'
import { resolveAgent } from './agents'
import { applyCallEvent } from './applyCallEvent'
import { readCtiEvent } from './ctiEvent'
import { type CtiMessageKey, ctiMessage } from './messages'
import { REPLAY_WINDOW_SECONDS, verifyCtiSignature } from './verifyCtiSignature'

/** A CTI event is a few hundred bytes; anything much larger is not one. */
const MAX_EVENT_BYTES = 16 * 1024
const NO_STORE = { 'cache-control': 'no-store' }

const refuse = (status: number, errors: { path?: string; message: string }[]) =>
  Response.json({ errors }, { status, headers: NO_STORE })

type TenantRow = { id: Id; language?: string; cti?: { secret?: string | null } }

/**
 * POST /api/cti/events — a telephone system reports ringing, answered or hangup of a call, signed
 * with the tenant's CTI secret (`X-Tenant: <slug or id>`, `X-Formwork-Signature: t=…,v1=…`). Nothing is
 * read from the body before the signature holds; 401 stores nothing. 200 `{ activity, duplicate,
 * status, customer }`: a retried event answers 200 again with `duplicate: true`, so the CTI stops retrying.
 */
export const ctiEventEndpoint: Endpoint = {
  path: '/cti/events',
  method: 'post',
  custom: { formwork: true },
  handler: async (req: PayloadRequest) => {
    const say = (
      key: CtiMessageKey,
      vars?: Record<string, string | number>,
      language: Language = toLanguage(req.headers.get('accept-language')?.slice(0, 2)),
    ) => ctiMessage(language, key, vars)
    if (Number(req.headers.get('content-length') ?? 0) > MAX_EVENT_BYTES) return refuse(413, [{ message: 'Too large' }])
    const tenantName = req.headers.get('x-tenant')?.trim()
    if (!tenantName) return refuse(400, [{ path: 'X-Tenant', message: say('noTenant') }])
    const found = await findTenant(req, tenantName)
    const tenant = found
      ? ((await req.payload.findByID({
          collection: 'tenants',
          id: found.id,
          depth: 0,
          overrideAccess: true,
          // Without the request: a server read, so the secret is there even if a session cookie came along.
          select: { cti: true, language: true },
        })) as unknown as TenantRow)
      : null
    if (!tenant) return refuse(401, [{ path: 'X-Tenant', message: say('unknownTenant', { tenant: tenantName }) }])
    const language = toLanguage(tenant.language)
    const secret = tenant.cti?.secret?.trim()
    if (!secret) return refuse(401, [{ path: 'X-Formwork-Signature', message: say('notConfigured', {}, language) }])
    const raw = req.text ? await req.text() : ''
    if (raw.length > MAX_EVENT_BYTES) return refuse(413, [{ message: 'Too large' }])
    const check = verifyCtiSignature(secret, raw, req.headers.get('x-formwork-signature'))
    if (check !== 'ok') {
      const key = check === 'missing' ? 'missingSignature' : check === 'expired' ? 'expiredSignature' : 'badSignature'
      return refuse(401, [{ path: 'X-Formwork-Signature', message: say(key, { seconds: REPLAY_WINDOW_SECONDS }, language) }])
    }
    let body: unknown
    try {
      body = JSON.parse(raw)
    } catch {
      return refuse(400, [{ path: 'body', message: 'Not JSON' }])
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return refuse(400, [{ path: 'body', message: 'Not a JSON object' }])
    const read = readCtiEvent(body as Record<string, unknown>)
    if ('problems' in read)
      return refuse(
        400,
        read.problems.map((p) => ({ path: p.path, message: say(p.key, p.vars, language) })),
      )
    const event = read.event
    const agent = event.agent ? await resolveAgent(req, tenant.id, event.agent) : null
    // An unknown extension does not lose the call: it is stored without an agent, and the CTI told why.
    const warnings =
      event.agent && agent == null ? [{ path: 'agent', message: say('unknownAgent', { agent: event.agent }, language) }] : []
    const result = await applyCallEvent(req, tenant.id, event, agent, language)
    return Response.json({ ...result, agent, warnings }, { headers: NO_STORE })
  },
}
