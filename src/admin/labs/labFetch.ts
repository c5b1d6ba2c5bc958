/** A refusal of the labs API as the console shows it: the server's message and the field it names. */
export type LabProblem = { message: string; field?: string }

/** The first problem of a `{ errors: [{ message, field? }] }` answer, else the HTTP status text. */
export async function problemOf(res: Response): Promise<LabProblem> {
  const body = (await res.json().catch(() => null)) as { errors?: LabProblem[] } | null
  const first = body?.errors?.[0]
  return { message: first?.message ?? `${res.status} ${res.statusText}`, ...(first?.field ? { field: first.field } : {}) }
}

/** POST JSON to the labs API (signed-in cookie); null when it went through, else the problem. */
export async function postLab(path: string, body: unknown = {}): Promise<LabProblem | null> {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return res.ok ? null : problemOf(res)
}
