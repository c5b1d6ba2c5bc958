import { describe, expect, it } from 'vitest'
import { DatabaseUrlError, parseDatabaseUrl, redact } from './databaseUrl'

describe('DATABASE_URL', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/other.db', 'sqlite'],
    ['postgres://app:secret@db:5432/crm', 'postgres'],
    ['postgresql://db/crm', 'postgres'],
    ['mongodb://127.0.0.1:27017/crm', 'mongodb'],
    ['mongodb+srv://cluster.example.net/crm', 'mongodb'],
  ])('%s selects %s', (url, kind) => {
    expect(parseDatabaseUrl(url).kind).toBe(kind)
  })

  it.each([['mysql://root@localhost/crm'], ['file:'], ['postgres://bad host:5432/x'], ['just-a-name']])(
    '%s is refused with one sentence',
    (url) => {
      expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError)
      try {
        parseDatabaseUrl(url)
      } catch (error) {
        expect((error as Error).message).not.toContain('\n')
        expect((error as Error).message).toMatch(/DATABASE_URL/)
      }
    },
  )

  it('never prints a password', () => {
    expect(redact('postgres://app:s3cret@db/crm')).toBe('postgres://app:***@db/crm')
    expect(() => parseDatabaseUrl('mysql://app:s3cret@db/crm')).toThrow(/app:\*\*\*@db/)
  })
})
