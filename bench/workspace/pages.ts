import { toSearchParams } from '../../form-designer/model/list/listQuery'
import { RELATIONS } from '../../form-designer/record/page/relations'
import { relatedToWhere } from '../../src/fields/relatedToWhere'

/** A signed-in user's session cookie, as the login page gets it (Payload's REST login sets it). */
export async function login(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  await res.text()
  const cookie = res.headers.getSetCookie().find((c) => /-token=/.test(c))
  if (res.status !== 200 || !cookie) throw new Error(`login ${email}: HTTP ${res.status}`)
  return cookie.split(';')[0]
}

/**
 * A GET that survives the keep-alive race: after a pause longer than the server's keep-alive timeout
 * (5 s in Node), a pooled socket the server is just closing fails with "other side closed" before the
 * request reached it. Sent again once on a fresh socket; any other failure stands.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error
    return fetch(url, init)
  }
}

/** GET as the user, body read to the end; a page that is not 200 (a redirect to login, an error) fails the bench. */
export async function get(base: string, cookie: string, path: string): Promise<{ status: number; text: string }> {
  const res = await fetchOnce(`${base}${path}`, { headers: { cookie }, redirect: 'manual' })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 200)}`)
  return { status: res.status, text }
}

export const timelinePath = (account: number) =>
  `/api/activities?${toSearchParams({
    where: relatedToWhere('accounts', String(account)),
    sort: '-startAt',
    limit: 10,
    page: 1,
    depth: 1,
    select: { subject: true, type: true, status: true, startAt: true, createdAt: true, outcome: true, owner: true },
  })}`

/**
 * The API reads a record page of an account makes in the browser once its HTML is in (the form, the
 * timeline, the related lists, attachments, history, workflow and approval panels), as the browser
 * sends them: all at once.
 */
export function recordDataPaths(account: number): string[] {
  const id = String(account)
  const related = relatedToWhere('accounts', id)
  return [
    `/api/accounts/${id}?depth=0`,
    `/api/accounts/${id}?depth=0&select[lastFollowUpAt]=true`,
    timelinePath(account),
    ...RELATIONS.accounts.map(
      (r) =>
        `/api/${r.entity}?${toSearchParams({ where: { [r.field]: { equals: id } }, sort: '-updatedAt', limit: 5, page: 1, depth: 0 })}`,
    ),
    `/api/documents?${toSearchParams({ where: related, sort: '-createdAt', limit: 5, page: 1, depth: 0 })}`,
    `/api/audit-log/record/accounts/${id}?page=1&limit=10`,
    `/api/workflow/accounts/${id}?limit=10`,
    `/api/approvals/record/accounts/${id}`,
  ]
}
