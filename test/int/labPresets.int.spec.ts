import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { solve as salesLab } from '../../seeds/labs/solutions/sales-lab'
import { solve as serviceLab } from '../../seeds/labs/solutions/service-lab'
import { solve as smbCallcenter } from '../../seeds/labs/solutions/smb-callcenter'
import { solve as wealthCrm } from '../../seeds/labs/solutions/wealth-crm'
import type { Id } from '../../src/access/types'
import { applyBundle } from '../../src/labs/bundle/applyBundle'
import { exportBundle } from '../../src/labs/bundle/exportBundle'
import type { Bundle } from '../../src/labs/bundle/format'
import { validateBundle } from '../../src/labs/bundle/validateBundle'
import { checkExercises } from '../../src/labs/exercises/checkExercises'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, type TestTenant } from '../helpers/tenants'

/**
 * The lab presets (seeds/labs/*.json): each is a valid bundle that loads into a fresh group, whose
 * exercises all fail there and all pass once the preset's solution has done what a student would —
 * on SQLite and PostgreSQL.
 */
const PRESETS: { name: string; solve: (payload: Payload, group: Id) => Promise<void> }[] = [
  { name: 'sales-lab', solve: salesLab },
  { name: 'service-lab', solve: serviceLab },
  { name: 'smb-callcenter', solve: smbCallcenter },
  { name: 'wealth-crm', solve: wealthCrm },
]

let payload: Payload
/** The class whose groups the presets go into. */
let klass: TestTenant

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  klass = await createTenant(payload, 'preset-class', 'class')
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

const countsOf = (records: Bundle['records']) =>
  Object.fromEntries(Object.entries(records ?? {}).map(([collection, items]) => [collection, items.length]))

describe.each(PRESETS)('preset $name', ({ name, solve }) => {
  // Read from the file, as a teacher's console or `npm run lab -- import` would.
  const bundle = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../seeds/labs', `${name}.json`), 'utf8')) as Bundle
  let group: TestTenant

  beforeAll(async () => {
    group = await createTenant(payload, `preset-${name}`, 'group', klass.id)
  })

  it('is a valid bundle with sample records and exercises', () => {
    expect(validateBundle(bundle)).toEqual([])
    expect(bundle.exercises?.length).toBeGreaterThanOrEqual(4)
    expect(bundle.exercises?.length).toBeLessThanOrEqual(8)
    const total = Object.values(countsOf(bundle.records)).reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThanOrEqual(40)
    expect(total).toBeLessThanOrEqual(150)
    // A preset goes into groups whose people differ: it names none.
    expect(JSON.stringify(bundle)).not.toMatch(/"\$(user|department)"/)
  })

  it('loads into a fresh group, which then holds its configuration and exactly its records', async () => {
    await applyBundle(payload, group.id, bundle, { overwrite: true })
    const { bundle: exported } = await exportBundle(payload, group.id, name, { data: true })
    for (const [section, items] of Object.entries(bundle.config))
      expect(
        exported.config[section]?.map((i) => i.key),
        section,
      ).toEqual(expect.arrayContaining(items.map((i) => i.key)))
    expect(countsOf(exported.records)).toEqual(countsOf(bundle.records))
    // Every record is found under the key the preset gives it.
    for (const [collection, items] of Object.entries(bundle.records ?? {}))
      expect(
        exported.records?.[collection]?.map((i) => i.key),
        collection,
      ).toEqual(items.map((i) => i.key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    // Custom values went in after the entity schemas that allow them, and are kept as given.
    for (const [collection, items] of Object.entries(bundle.records ?? {}))
      for (const item of items.filter((i) => i.values.custom != null))
        expect(exported.records?.[collection]?.find((i) => i.key === item.key)?.values.custom, item.key).toEqual(
          item.values.custom,
        )
  })

  it('has every exercise open in the fresh group, and every one done once solved', async () => {
    const exercises = bundle.exercises ?? []
    const before = await checkExercises(payload, group.id, exercises)
    expect(before.filter((r) => r.passed).map((r) => r.key)).toEqual([])
    await solve(payload, group.id)
    const after = await checkExercises(payload, group.id, exercises)
    expect(after.filter((r) => !r.passed).map((r) => `${r.key}: found ${r.found} of ${r.needed}`)).toEqual([])
    expect(after.map((r) => r.key)).toEqual(exercises.map((e) => e.key))
  })
})
