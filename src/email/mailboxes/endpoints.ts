import { type Endpoint, NotFound, type PayloadRequest } from 'payload'
import { jsonBody, routeId } from '../../endpoints/requestParams'
import { toLanguage } from '../../i18n/language'
import { pollMailbox } from '../imap/pollMailbox'
import { seal } from './secretBox'
import { testMailbox } from './testMailbox'
import type { MailboxRow } from './transports'

const EDITABLE = [
  'address',
  'displayName',
  'smtpHost',
  'smtpPort',
  'smtpSecurity',
  'smtpUser',
  'imapHost',
  'imapPort',
  'imapSecurity',
  'imapUser',
  'allowSelfSigned',
] as const

/** The `:id` mailbox with its sealed passwords, once the user has shown they may read it (404 otherwise). */
async function routeMailbox(req: PayloadRequest): Promise<MailboxRow> {
  const id = routeId(req)
  const visible = await req.payload
    .findByID({ collection: 'mailboxes', id, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!visible) throw new NotFound(req.t)
  return (await req.payload.findByID({
    collection: 'mailboxes',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as MailboxRow
}

/**
 * POST /api/mailboxes/:id/test `{ …unsaved settings, smtpPassword?, imapPassword? }` → `{ smtp, imap }`,
 * each `{ configured, ok, stage?, message }` with stage dns / connect / tls / auth / protocol. Settings
 * in the body (what the form shows, not yet saved) are tried over the saved ones; nothing is stored.
 */
export const testMailboxEndpoint: Endpoint = {
  path: '/:id/test',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const saved = await routeMailbox(req)
    const body = await jsonBody(req)
    const trial: MailboxRow = { ...saved }
    for (const key of EDITABLE) if (body[key] !== undefined) (trial as Record<string, unknown>)[key] = body[key]
    for (const side of ['smtp', 'imap'] as const) {
      const key = `${side}Password` as const
      if (typeof body[key] === 'string' && body[key] !== '') trial[key] = seal(body[key] as string)
      // The saved password only goes to the saved server: pointing the test elsewhere must not leak it.
      else if (
        (['Host', 'Port', 'User'] as const).some(
          (part) => String(trial[`${side}${part}`] ?? '') !== String(saved[`${side}${part}`] ?? ''),
        )
      )
        trial[key] = null
    }
    return Response.json(await testMailbox(trial, toLanguage(req.i18n?.language)))
  },
}

/** POST /api/mailboxes/:id/poll → `{ imported, skipped }`: "check for new mail now", as the job does each minute. */
export const pollMailboxEndpoint: Endpoint = {
  path: '/:id/poll',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const mailbox = await routeMailbox(req)
    try {
      return Response.json(await pollMailbox(req.payload, mailbox))
    } catch (error) {
      const message = String((error as Error).message ?? error).slice(0, 2000)
      await req.payload.update({
        collection: 'mailboxes',
        id: mailbox.id,
        data: { lastPolledAt: new Date().toISOString(), lastPollError: message } as never,
        overrideAccess: true,
        depth: 0,
      })
      return Response.json({ errors: [{ path: 'imapHost', message }] }, { status: 502 })
    }
  },
}
