import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { CustomSchema } from '../customSchema'
import { DRAFT_2020_12 } from '../customSchema'
import { defineField } from '../defineField'
import { customTypesSource, interfaceName } from './customTypesSource'

const options = (...values: string[]) => values.map((value) => ({ value, label: { en: value } }))

/** Every kind of field the fixture exercises, plus a removed one that must not appear. */
const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['name', 'tier'],
  properties: {
    name: defineField('text', { label: { en: 'Name', zh: '名称' } }),
    tier: defineField('select', { options: options('a', 'b') }),
    headcount: defineField('integer'),
    budget: defineField('currency'),
    founded: defineField('date'),
    active: defineField('boolean'),
    channels: defineField('multiSelect', { dictionary: 'source' }),
    partner: defineField('lookup', { relationTo: 'accounts' }),
    address: defineField('address'),
    visits: defineField('group', { fields: { on: defineField('date'), cost: defineField('currency') }, requiredFields: ['on'] }),
    perHead: defineField('formula', { formula: 'round(custom.budget / custom.headcount, 2)' }),
    legacyCode: { ...defineField('text'), 'x-removed': true },
  },
} as unknown as CustomSchema

const tsc = path.resolve('node_modules/typescript/bin/tsc')
const fixture = path.join(import.meta.dirname, 'fixtures/usesCustomTypes.ts.fixture')

async function compileFixture(declarations: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formwork-custom-types-'))
  try {
    fs.writeFileSync(path.join(dir, 'generated.d.ts'), declarations)
    fs.copyFileSync(fixture, path.join(dir, 'usesCustomTypes.ts'))
    // Only the two files: no ambient @types from any node_modules around.
    const compilerOptions = { noEmit: true, strict: true, exactOptionalPropertyTypes: true, target: 'es2022', types: [] }
    const tsconfig = { compilerOptions, files: ['generated.d.ts', 'usesCustomTypes.ts'] }
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
    return await promisify(execFile)(process.execPath, [tsc, '-p', dir]).then(
      () => ({ code: 0, output: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('generated custom-field types', () => {
  it('names the interface after the entity', () => {
    expect(interfaceName('accounts')).toBe('AccountsCustom')
    expect(interfaceName('sales-orders')).toBe('SalesOrdersCustom')
  })

  it('compile with tsc: right uses pass, every wrong use in the fixture is a type error', async () => {
    const source = await customTypesSource({
      entity: 'accounts',
      tenant: 'acme',
      version: 3,
      schema,
      dictionaries: { source: ['web', 'referral'] },
    })
    expect(source).not.toContain('legacyCode')
    const result = await compileFixture(source)
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  }, 60_000)

  it('a generator that loosened the types would fail the same fixture', async () => {
    const loose = 'export interface AccountsCustom { [key: string]: any }\n'
    const result = await compileFixture(loose)
    expect(result.code).not.toBe(0)
    expect(result.output).toMatch(/TS2578: Unused '@ts-expect-error' directive/)
  }, 60_000)
})
