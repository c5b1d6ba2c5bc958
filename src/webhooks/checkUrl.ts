import { isIP } from 'node:net'
import type { WebhookMessageKey } from './messages'

/** 10/8, 172.16/12, 192.168/16, 127/8, 169.254/16, 0/8, ::1, fc00::/7, fe80::/10, and `localhost`. */
function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (h === 'localhost' || h.endsWith('.localhost')) return true
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number)
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    )
  }
  if (isIP(h) === 6) return h === '::1' || h === '::' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith('::ffff:127.')
  return false
}

/**
 * What is wrong with a webhook URL, or null: only absolute http(s) URLs are called. With
 * `FORMWORK_WEBHOOKS_PUBLIC_ONLY=1` literal private and loopback addresses are refused too (names are
 * not resolved here, so a public name pointing inside is not caught; put an egress proxy in front for that).
 */
export function urlProblem(value: unknown, env: NodeJS.ProcessEnv = process.env): WebhookMessageKey | null {
  if (typeof value !== 'string') return 'badUrl'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'badUrl'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'badUrl'
  if (env.FORMWORK_WEBHOOKS_PUBLIC_ONLY === '1' && isPrivateHost(url.hostname)) return 'privateUrl'
  return null
}
