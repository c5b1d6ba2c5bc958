/** The REST API as the signed-in user: JSON in, `{ status, body }` out (never throws on an HTTP error). */
export async function api(path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`/api${path}`, {
    credentials: 'include',
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

/** A refused write's messages: those naming a field (Payload's ValidationError data) and the others. */
export function problemsOf(body: any): { fields: { path?: string; message: string }[]; general: string[] } {
  const fields: { path?: string; message: string }[] = []
  const general: string[] = []
  for (const e of body?.errors ?? []) {
    const data = e?.data?.errors
    if (Array.isArray(data) && data.length > 0)
      fields.push(...data.map((d: any) => ({ path: d.path ?? d.field, message: String(d.message) })))
    else general.push(String(e?.message ?? 'Error'))
  }
  return { fields, general }
}
