import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { payloadSecret } from '../../config/secret'

const PREFIX = 'enc:v1:'

// A key of its own, derived from the server secret: rotating PAYLOAD_SECRET means re-entering passwords.
const key = () => createHash('sha256').update(`formwork-mailbox-passwords:${payloadSecret()}`).digest()

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX)

/** A mailbox password as stored: AES-256-GCM, so a database dump alone does not give it away. */
export function seal(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`
}

/** The password back, or '' when there is none or it was sealed with another secret. */
export function unseal(value: unknown): string {
  if (!isSealed(value)) return ''
  const [iv, tag, body] = value.slice(PREFIX.length).split(':')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64'))
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8')
  } catch {
    return ''
  }
}
