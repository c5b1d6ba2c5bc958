import { formatNames, handleEndpoints, type SanitizedConfig } from 'payload'

export type Caller = { token?: string; tenant?: string | number; headers?: Record<string, string> }
export type ApiResponse = { status: number; body: any; headers: Headers }

/**
 * Calls the real REST and GraphQL handlers the Next routes serve, in process: the same request
 * parsing, auth, access and error mapping, without a network hop.
 */
export class Api {
  constructor(private readonly config: SanitizedConfig) {}

  private headersFor(caller: Caller, json: boolean): Headers {
    const headers = new Headers(caller.headers)
    if (json) headers.set('content-type', 'application/json')
    if (caller.token) headers.set('authorization', `JWT ${caller.token}`)
    if (caller.tenant != null) headers.set('x-tenant', String(caller.tenant))
    return headers
  }

  async rest(method: string, path: string, caller: Caller = {}, body?: unknown): Promise<ApiResponse> {
    const request = new Request(`http://localhost/api${path}`, {
      method,
      headers: this.headersFor(caller, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handleEndpoints({ config: this.config, request, payloadInstanceCacheKey: process.env.DATABASE_URL })
    const text = await response.text()
    return { status: response.status, body: text ? safeJson(text) : null, headers: response.headers }
  }

  /** A request whose answer is a file (PDF, XLSX, CSV): the exact bytes, not text. */
  async restRaw(method: string, path: string, caller: Caller = {}, body?: unknown) {
    const request = new Request(`http://localhost/api${path}`, {
      method,
      headers: this.headersFor(caller, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handleEndpoints({ config: this.config, request, payloadInstanceCacheKey: process.env.DATABASE_URL })
    const bytes = Buffer.from(await response.arrayBuffer())
    return { status: response.status, bytes, headers: response.headers, json: () => safeJson(bytes.toString('utf8')) }
  }

  /** A create or update with a file, as the admin's upload form sends it (`_payload` JSON + `file`). */
  async restWithFile(
    method: string,
    path: string,
    caller: Caller,
    body: unknown,
    file: { data: Buffer; name: string; mimetype: string },
  ) {
    const form = new FormData()
    form.append('_payload', JSON.stringify(body))
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    const headers = this.headersFor(caller, false)
    const request = new Request(`http://localhost/api${path}`, { method, headers, body: form })
    const response = await handleEndpoints({ config: this.config, request, payloadInstanceCacheKey: process.env.DATABASE_URL })
    const text = await response.text()
    return { status: response.status, body: text ? safeJson(text) : null, headers: response.headers }
  }

  async graphql(query: string, variables: Record<string, unknown>, caller: Caller = {}): Promise<ApiResponse> {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: this.headersFor(caller, true),
      body: JSON.stringify({ query, variables }),
    })
    const response = await GRAPHQL_POST(Promise.resolve(this.config))(request)
    return { status: response.status, body: await response.json(), headers: response.headers }
  }

  async login(email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
    const res = await this.rest('POST', '/users/login', { headers }, { email, password })
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.token
  }
}

/** GraphQL names Payload derives from a collection's slug. */
export function graphqlNames(slug: string): { singular: string; plural: string } {
  const names = formatNames(slug)
  return { singular: names.singular, plural: names.singular === names.plural ? `all${names.singular}` : names.plural }
}

function safeJson(text: string) {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
