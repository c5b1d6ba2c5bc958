import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { cacheSqliteStatements } from './sqliteStatementCache'

type Statement = {
  run: (args: unknown[]) => { changes: number }
  all: (args: unknown[]) => unknown[]
  raw: (on: boolean) => Statement
}
type Database = { prepare: (sql: string) => Statement; exec: (sql: string) => void }
const Database = createRequire(import.meta.url)('libsql') as new (path: string) => Database

describe('the SQLite statement cache', () => {
  beforeAll(() => cacheSqliteStatements(3))

  it('hands back the statement already prepared for the same SQL on the same connection only', () => {
    const one = new Database(':memory:')
    const two = new Database(':memory:')
    expect(one.prepare('select 1')).toBe(one.prepare('select 1'))
    expect(two.prepare('select 1')).not.toBe(one.prepare('select 1'))
  })

  it('lets the least recently used go beyond its limit', () => {
    const db = new Database(':memory:')
    const a = db.prepare('select 1')
    const b = db.prepare('select 2')
    db.prepare('select 3')
    expect(db.prepare('select 1')).toBe(a) // now the most recent: `select 2` is the oldest
    db.prepare('select 4')
    expect(db.prepare('select 1')).toBe(a)
    expect(db.prepare('select 2')).not.toBe(b)
  })

  it('gives each run its own parameters and rows, also after a refused write and a schema change', () => {
    const db = new Database(':memory:')
    db.exec('create table t (k text primary key, v integer)')
    const insert = 'insert into t (k, v) values (?, ?)'
    const select = 'select v from t where k = ?'
    db.prepare(insert).run(['a', 1])
    db.prepare(insert).run(['b', 2])
    expect(() => db.prepare(insert).run(['a', 3])).toThrow(/UNIQUE/)
    expect(db.prepare(select).raw(true).all(['a'])).toEqual([[1]])
    expect(db.prepare(select).raw(true).all(['b'])).toEqual([[2]])
    db.exec('alter table t add column w integer default 7')
    db.prepare(insert).run(['c', 4])
    expect(db.prepare('select k, v, w from t order by k').raw(true).all([])).toEqual([
      ['a', 1, 7],
      ['b', 2, 7],
      ['c', 4, 7],
    ])
  })
})
