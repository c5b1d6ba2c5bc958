import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUNDLE_SCHEMA } from './bundleSchema'
import { canonical, referencesIn } from './references'
import { validateBundle } from './validateBundle'

const good = () => ({
  format: 'formwork-bundle',
  version: 1,
  name: '销售实训',
  config: {
    dictionaries: [{ key: 'industry', values: { key: 'industry', nameZh: '行业', nameEn: 'Industry', options: [] } }],
    workflows: [{ key: 'repair', values: { key: 'repair', approval: { $ref: 'approvalProcesses/discount' } } }],
  },
})

describe('the bundle format', () => {
  it('ships its JSON Schema as seeds/labs/bundle.schema.json, equal to the one the code checks with', () => {
    expect(JSON.parse(fs.readFileSync('seeds/labs/bundle.schema.json', 'utf8'))).toEqual(BUNDLE_SCHEMA)
  })

  it('accepts a well-formed bundle', () => {
    expect(validateBundle(good())).toEqual([])
  })

  it('refuses a newer format version alone, at /version', () => {
    expect(validateBundle({ ...good(), version: 2, name: '' })).toEqual([
      { path: '/version', message: expect.stringContaining('format version 2') },
    ])
  })

  it('refuses what is not a bundle', () => {
    expect(validateBundle([])).toEqual([{ path: '', message: expect.any(String) }])
    expect(validateBundle({ ...good(), format: 'other' })).toEqual([{ path: '/format', message: expect.any(String) }])
  })

  it('names the exact place of every schema problem', () => {
    const bad = good() as Record<string, any>
    bad.name = ''
    bad.config.dictionaries[0].key = ''
    bad.config.dictionaries.push({ key: 'x' })
    bad.config.leads = []
    const paths = validateBundle(bad).map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['/name', '/config/dictionaries/0/key', '/config/dictionaries/1', '/config']))
    expect(validateBundle(bad).find((p) => p.path === '/config')?.message).toContain('leads')
  })

  it('still reads a version-1 bundle written before entity schemas and shared views existed', () => {
    const old = good()
    expect('entitySchemas' in old.config || 'savedViews' in old.config).toBe(false)
    expect(validateBundle(old)).toEqual([])
  })

  it("refuses an entity schema or a view that does not fit its section's shape, at the field", () => {
    const bundle = {
      ...good(),
      config: {
        entitySchemas: [
          { key: 'accounts', values: { entity: 'accounts', schema: { type: 'array', properties: {} }, version: 3 } },
        ],
        savedViews: [{ key: 'accounts/mine', values: { entity: 'accounts', label: 'Mine', scope: 'user', view: {} } }],
      },
    }
    expect(validateBundle(bundle).map((p) => p.path)).toEqual(
      expect.arrayContaining([
        '/config/entitySchemas/0/values',
        '/config/entitySchemas/0/values/schema/type',
        '/config/savedViews/0/values/scope',
      ]),
    )
  })

  it('refuses a key used twice in a section, at the second one', () => {
    const twice = good()
    twice.config.dictionaries.push({ ...twice.config.dictionaries[0] })
    expect(validateBundle(twice)).toEqual([{ path: '/config/dictionaries/1/key', message: expect.stringContaining('item 0') }])
  })
})

describe('references and comparison', () => {
  it('finds every reference with its pointer', () => {
    expect(referencesIn(good().config.workflows[0].values, '/v')).toEqual([
      { path: '/v/approval', ref: { $ref: 'approvalProcesses/discount' } },
    ])
  })

  it('compares values whatever the order of their keys', () => {
    expect(canonical({ a: 1, b: [{ y: 2, x: 1 }] })).toBe(canonical({ b: [{ x: 1, y: 2 }], a: 1 }))
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }))
  })
})
