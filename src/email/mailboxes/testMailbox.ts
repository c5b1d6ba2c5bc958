import { lookup } from 'node:dns/promises'
import type { Language } from '../../i18n/language'
import { emailMessage } from '../messages'
import { imapClientOf, type MailboxRow, smtpTransportOf } from './transports'

export type Stage = 'dns' | 'connect' | 'tls' | 'auth' | 'protocol'
export type CheckResult = { configured: boolean; ok: boolean; stage?: Stage; message: string }

type Failure = { code?: string; responseCode?: number; authenticationFailed?: boolean; message?: string; reason?: string }

const TLS_WORDS = /tls|ssl|certificate|self[- ]signed|wrong version number|handshake|EPROTO/i

/** Which step of a connection an error belongs to, from what nodemailer, imapflow and Node report. */
export function stageOf(error: Failure): Stage {
  const code = String(error.code ?? '')
  const text = `${error.message ?? ''} ${error.reason ?? ''}`
  if (error.authenticationFailed || code === 'EAUTH' || error.responseCode === 535) return 'auth'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EDNS') return 'dns'
  if (code === 'ETLS' || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code === 'EPROTO' || TLS_WORDS.test(text))
    return 'tls'
  if (['ECONNREFUSED', 'ETIMEDOUT', 'ECONNECTION', 'EHOSTUNREACH', 'ENETUNREACH', 'CONNECT_TIMEOUT', 'ECONNRESET'].includes(code))
    return 'connect'
  if (/ECONNREFUSED|ETIMEDOUT|timed? ?out/i.test(text)) return 'connect'
  return 'protocol'
}

async function check(
  language: Language,
  host: string | null | undefined,
  port: number,
  attempt: () => Promise<void>,
): Promise<CheckResult> {
  if (!host) return { configured: false, ok: false, message: emailMessage(language, 'notConfigured') }
  const vars = { host, port }
  try {
    await lookup(host)
  } catch (error) {
    return {
      configured: true,
      ok: false,
      stage: 'dns',
      message: emailMessage(language, 'dns', { ...vars, detail: String((error as Error).message) }),
    }
  }
  try {
    await attempt()
    return { configured: true, ok: true, message: emailMessage(language, 'ok') }
  } catch (error) {
    const failure = error as Failure
    const stage = stageOf(failure)
    const detail = [failure.code, failure.message, failure.reason].filter(Boolean).join(': ').slice(0, 300)
    return { configured: true, ok: false, stage, message: emailMessage(language, stage, { ...vars, detail }) }
  }
}

/**
 * Try the mailbox's SMTP and IMAP servers, each on its own: resolve the host (DNS), connect, secure
 * the connection (TLS), sign in (auth). Each answer names the first step that failed.
 */
export async function testMailbox(mailbox: MailboxRow, language: Language) {
  const smtpPort = mailbox.smtpPort ?? 465
  const imapPort = mailbox.imapPort ?? 993
  const [smtp, imap] = await Promise.all([
    check(language, mailbox.smtpHost, smtpPort, async () => {
      const transport = smtpTransportOf(mailbox)
      try {
        await transport.verify()
      } finally {
        transport.close()
      }
    }),
    check(language, mailbox.imapHost, imapPort, async () => {
      const client = imapClientOf(mailbox)
      await client.connect()
      await client.logout().catch(() => {})
    }),
  ])
  return { smtp, imap }
}
