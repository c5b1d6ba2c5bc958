import { ImapFlow } from 'imapflow'
import nodemailer from 'nodemailer'
import { unseal } from './secretBox'

/** A mailbox row as the server reads it (passwords still sealed). */
export type MailboxRow = {
  id: number | string
  tenant?: unknown
  owner?: unknown
  address: string
  displayName?: string | null
  scope?: 'personal' | 'tenant' | null
  smtpHost?: string | null
  smtpPort?: number | null
  smtpSecurity?: 'tls' | 'starttls' | 'none' | null
  smtpUser?: string | null
  smtpPassword?: string | null
  imapHost?: string | null
  imapPort?: number | null
  imapSecurity?: 'tls' | 'starttls' | 'none' | null
  imapUser?: string | null
  imapPassword?: string | null
  allowSelfSigned?: boolean | null
  imapUidValidity?: string | null
  imapLastUid?: number | null
}

const TIMEOUT_MS = 10_000

/** nodemailer's transport for the mailbox's SMTP server. */
export function smtpTransportOf(mailbox: MailboxRow) {
  const security = mailbox.smtpSecurity ?? 'tls'
  const password = unseal(mailbox.smtpPassword)
  return nodemailer.createTransport({
    host: mailbox.smtpHost ?? '',
    port: mailbox.smtpPort ?? (security === 'tls' ? 465 : 587),
    secure: security === 'tls',
    requireTLS: security === 'starttls',
    ignoreTLS: security === 'none',
    auth: mailbox.smtpUser ? { user: mailbox.smtpUser, pass: password } : undefined,
    tls: { rejectUnauthorized: !mailbox.allowSelfSigned },
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: 30_000,
  })
}

/** An imapflow client for the mailbox's IMAP server (not yet connected). */
export function imapClientOf(mailbox: MailboxRow) {
  const security = mailbox.imapSecurity ?? 'tls'
  const client = new ImapFlow({
    host: mailbox.imapHost ?? '',
    port: mailbox.imapPort ?? (security === 'tls' ? 993 : 143),
    secure: security === 'tls',
    doSTARTTLS: security === 'starttls' ? true : security === 'none' ? false : undefined,
    auth: { user: mailbox.imapUser ?? mailbox.address, pass: unseal(mailbox.imapPassword) },
    tls: { rejectUnauthorized: !mailbox.allowSelfSigned },
    logger: false,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
  })
  // A dropped connection emits 'error'; the caller sees the failure from its own await.
  client.on('error', () => {})
  return client
}
