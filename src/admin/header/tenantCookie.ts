/** The admin remembers the active tenant in a cookie the server reads (API clients send X-Tenant instead). */
export const TENANT_COOKIE = 'formwork-tenant'

export function readTenantCookie(): string {
  const match = document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${TENANT_COOKIE}=`))
  return match ? decodeURIComponent(match.slice(TENANT_COOKIE.length + 1)) : ''
}

export function writeTenantCookie(value: string) {
  document.cookie = `${TENANT_COOKIE}=${encodeURIComponent(value)}; Path=/; SameSite=Lax; Max-Age=31536000`
}
