import crypto from 'node:crypto'

/**
 * How many reverse proxies (load balancer, ingress) stand between the internet and the app, each
 * appending the address it saw to X-Forwarded-For. The client is the entry that many places from the
 * right: entries further left were written by the client and could be anything.
 */
export const trustedProxies = (env: NodeJS.ProcessEnv = process.env) => {
  const n = Number(env.FORMWORK_TRUSTED_PROXIES ?? 1)
  return Number.isInteger(n) && n >= 0 ? n : 1
}

/**
 * The visitor's address as the nearest trusted proxy reported it. With no proxy (0), Next.js itself
 * fills X-Forwarded-For from the socket when the client sent none; one the client sent is then used as
 * is, which is why deployments put a proxy in front (docs/public-forms.md).
 */
export function clientAddress(headers: Headers, proxies = trustedProxies()): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const fromRight = chain[chain.length - Math.max(proxies, 1)] ?? chain[0]
  return fromRight || headers.get('x-real-ip')?.trim() || 'unknown'
}

/**
 * What is stored instead of the address: a keyed hash, so the log can count one visitor's submissions
 * without keeping their address (a plain hash of an IPv4 address is reversed by trying all 2³²).
 */
export function hashAddress(address: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(`public-form:${address}`).digest('hex').slice(0, 32)
}
