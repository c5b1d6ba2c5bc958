/** A file download: ASCII fallback name plus the exact UTF-8 name (RFC 6266), e.g. 报价单-Q-001.pdf. */
export function fileResponse(
  body: Buffer | string,
  {
    contentType,
    fileName,
    disposition = 'attachment',
    headers = {},
  }: {
    contentType: string
    fileName: string
    disposition?: 'attachment' | 'inline'
    headers?: Record<string, string>
  },
): Response {
  const ascii = Array.from(fileName, (ch) => (ch < ' ' || ch > '~' || ch === '"' || ch === '\\' ? '_' : ch)).join('')
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-length': String(bytes.length),
      'content-disposition': `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
      ...headers,
    },
  })
}

/** A file name from a document number: no path separators or control characters. */
export const safeFileName = (base: string) =>
  Array.from(base, (ch) => (ch.charCodeAt(0) < 32 || '/\\?%*:|"<>'.includes(ch) ? '-' : ch))
    .join('')
    .slice(0, 120) || 'document'
