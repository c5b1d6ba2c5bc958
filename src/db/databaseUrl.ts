/** Which database adapter a `DATABASE_URL` selects, or a sentence telling the user how to fix it. */
export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/formwork.db'

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError'
}

export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const url = (raw ?? '').trim() || DEFAULT_SQLITE_URL
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    if (!file) throw new DatabaseUrlError(`DATABASE_URL "${url}" names no file: use file:./data/formwork.db`)
    return { kind: 'sqlite', url, file }
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    assertParsable(url)
    return { kind: 'postgres', url }
  }
  if (/^mongodb(\+srv)?:\/\//.test(url)) {
    assertParsable(url)
    return { kind: 'mongodb', url }
  }
  throw new DatabaseUrlError(
    `DATABASE_URL "${redact(url)}" is not supported: use file:./data/formwork.db (SQLite), postgres://user@host:5432/db (PostgreSQL) or mongodb://host:27017/db (MongoDB).`,
  )
}

function assertParsable(url: string): void {
  try {
    new URL(url)
  } catch {
    throw new DatabaseUrlError(`DATABASE_URL "${redact(url)}" is not a valid URL: check its host, port and escaping.`)
  }
}

/** Hide a password before a URL goes into a message or a log line. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}
