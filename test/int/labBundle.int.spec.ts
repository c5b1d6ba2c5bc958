import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../seeds/demo/seedDemo'
import type { Id } from '../../src/access/types'
import { applyBundle, BundleRefused } from '../../src/labs/bundle/applyBundle'
import { exportBundle } from '../../src/labs/bundle/exportBundle'
import type { Bundle } from '../../src/labs/bundle/format'
import { planBundle } from '../../src/labs/bundle/planBundle'
import { canonical, referencesIn } from '../../src/labs/bundle/references'
import { validateBundle } from '../../src/labs/bundle/validateBundle'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, type TestTenant } from '../helpers/tenants'

/**
 * Bundles: the demo company's configuration exported, imported into a fresh company (dry run first),
 * exported again and compared by keys and values; refusals at the exact place; a failure halfway
 * leaves the target as it was — on SQLite (undo) and PostgreSQL (one transaction).
 */
let payload: Payload
let demo: Id
let source: Bundle
const configOf = async (tenant: Id) => (await exportBundle(payload, tenant, 'x')).bundle.config
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))

const referencesOf = (bundle: Bundle) =>
  [...Object.values(bundle.config), ...Object.values(bundle.records ?? {})].flat().flatMap((item) => referencesIn(item.values))

/** The departments and people a bundle names: an admin creates the departments and adds the people first. */
async function departmentsFor(bundle: Bundle, tenant: Id) {
  const names = new Set(referencesOf(bundle).flatMap(({ ref }) => ('$department' in ref ? [ref.$department] : [])))
  for (const name of names)
    await payload.create({ collection: 'departments', data: { tenant, name, code: name.slice(0, 20) }, overrideAccess: true })
}
async function membersFor(bundle: Bundle, tenant: TestTenant) {
  const emails = new Set(referencesOf(bundle).flatMap(({ ref }) => ('$user' in ref ? [ref.$user] : [])))
  for (const email of emails) {
    const [user] = (
      await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
    ).docs as unknown as { id: Id; memberships: { tenant: Id; roles: Id[]; department?: Id | null }[] }[]
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { memberships: [...user.memberships, { tenant: tenant.id, roles: [tenant.roles.sales] }] } as never,
      overrideAccess: true,
    })
  }
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  await seedDemo(payload, { FORMWORK_DEMO_ACCOUNTS: '3', FORMWORK_DEMO_PASSWORD: 'demo-pass-1' } as unknown as NodeJS.ProcessEnv)
  demo = (await payload.find({ collection: 'tenants', where: { slug: { equals: 'demo' } }, overrideAccess: true })).docs[0].id
  const exported = await exportBundle(payload, demo, '演示公司配置')
  // Written to a file and read back, as a teacher would move it.
  source = JSON.parse(JSON.stringify(exported.bundle))
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('export', () => {
  it("holds the demo company's configuration under symbolic keys, valid against the bundle's schema", () => {
    expect(validateBundle(source)).toEqual([])
    for (const section of ['dictionaries', 'roles', 'numberSequences', 'exportTemplates', 'approvalProcesses'])
      expect(source.config[section]?.length, section).toBeGreaterThan(0)
    const text = JSON.stringify(source)
    // No database id travels: relationships are keys, emails or names.
    expect(text).not.toMatch(/"(tenant|createdAt|updatedAt)":/)
  })
})

describe('import into a fresh company', () => {
  let target: TestTenant
  beforeAll(async () => {
    target = await createTenant(payload, 'bundle-target')
    await departmentsFor(source, target.id)
  })

  it('refuses to overwrite what the company already has (its roles, in English) unless told to, naming each', async () => {
    const plan = await planBundle(payload, target.id, source)
    expect(plan.problems).toEqual([])
    const sales = source.config.roles.findIndex((r) => r.key === 'sales')
    expect(plan.conflicts).toContainEqual({ path: `/config/roles/${sales}`, message: expect.stringContaining('"sales"') })
    expect(plan.conflicts.every((c) => /^\/config\/\w+\/\d+$/.test(c.path))).toBe(true)
    const error = await applyBundle(payload, target.id, source).catch((e) => e)
    expect(error).toBeInstanceOf(BundleRefused)
    expect((error as BundleRefused).problems.map((p) => p.path)).toEqual(plan.conflicts.map((c) => c.path))
  })

  it('does what its dry run said, and the company then exports the same configuration (lossless)', async () => {
    const dry = await planBundle(payload, target.id, source, { overwrite: true })
    const before = await configOf(target.id)
    const applied = await applyBundle(payload, target.id, source, { overwrite: true })
    expect(applied).toEqual(dry)
    const after = await configOf(target.id)
    for (const { section, key } of dry.create) {
      expect(before[section].some((i) => i.key === key)).toBe(false)
      expect(after[section].some((i) => i.key === key)).toBe(true)
    }
    expect(canonical(after)).toBe(canonical(source.config))
    // Nothing left to do: a second dry run finds every item unchanged.
    const again = await planBundle(payload, target.id, source)
    expect(again.create).toEqual([])
    expect(again.change).toEqual([])
    expect(again.conflicts).toEqual([])
  })
})

describe('configuration and data together', () => {
  let withData: Bundle
  let target: TestTenant
  beforeAll(async () => {
    withData = JSON.parse(JSON.stringify((await exportBundle(payload, demo, '演示数据', { data: true })).bundle))
    target = await createTenant(payload, 'bundle-data')
    await departmentsFor(withData, target.id)
  })

  it('carries sample records by readable keys, pointing at each other by key', () => {
    expect(validateBundle(withData)).toEqual([])
    const records = withData.records ?? {}
    expect(records.accounts?.length).toBeGreaterThan(0)
    expect(records.products?.length).toBeGreaterThan(0)
    const refs = referencesOf(withData).flatMap(({ ref }) => ('$ref' in ref ? [ref.$ref] : []))
    expect(refs.some((r) => r.startsWith('records/accounts/'))).toBe(true)
    expect(JSON.stringify(records)).not.toMatch(/"relatedKey":/)
  })

  it('refuses owners who are not members of the company, at their place', async () => {
    const plan = await planBundle(payload, target.id, withData, { overwrite: true })
    expect(plan.problems.length).toBeGreaterThan(0)
    expect(plan.problems[0]).toMatchObject({
      path: expect.stringMatching(/^\/records\/[\w-]+\/\d+\/values\/\w+/),
      message: expect.stringContaining('is not a member of this tenant'),
    })
  })

  it('imports both and the company then exports the same records and configuration (lossless)', async () => {
    await membersFor(withData, target)
    const dry = await planBundle(payload, target.id, withData, { overwrite: true })
    expect(dry.problems).toEqual([])
    expect(await applyBundle(payload, target.id, withData, { overwrite: true })).toEqual(dry)
    const after = (await exportBundle(payload, target.id, 'after', { data: true })).bundle
    expect(canonical(after.records)).toBe(canonical(withData.records))
    expect(canonical(after.config)).toBe(canonical(withData.config))
    // The imported numbers are taken: the company's next quote gets a number of its own.
    const [account] = (
      await payload.find({ collection: 'accounts', where: { tenant: { equals: target.id } }, limit: 1, overrideAccess: true })
    ).docs
    const next = (await payload.create({
      collection: 'quotes',
      data: { tenant: target.id, account: account.id, subject: 'next' } as never,
      overrideAccess: true,
    })) as unknown as { number: string }
    expect((withData.records?.quotes ?? []).map((q) => q.key)).not.toContain(next.number)
    expect(next.number).toMatch(/\S/)
  })
})

describe('refusals', () => {
  let target: TestTenant
  beforeAll(async () => {
    target = await createTenant(payload, 'bundle-refusals')
  })

  it('refuses a reference to a key neither the bundle nor the tenant has, at its place', async () => {
    const bundle = copy(source)
    bundle.config.roles = []
    const process = bundle.config.approvalProcesses[0]
    process.values = { ...process.values, description: { $ref: 'exportTemplates/quotes/none' } }
    const before = await configOf(target.id)
    const error = (await applyBundle(payload, target.id, bundle, { overwrite: true }).catch((e) => e)) as BundleRefused
    expect(error).toBeInstanceOf(BundleRefused)
    expect(error.problems).toContainEqual({
      path: '/config/approvalProcesses/0/values/description',
      message: expect.stringContaining('exportTemplates/quotes/none'),
    })
    expect(canonical(await configOf(target.id))).toBe(canonical(before))
  })

  it('refuses a newer format version without reading further', async () => {
    const error = (await applyBundle(payload, target.id, { ...copy(source), version: 99 }).catch((e) => e)) as BundleRefused
    expect(error.problems).toEqual([{ path: '/version', message: expect.stringContaining('99') }])
  })

  it('leaves the company as it was when a write fails halfway', async () => {
    await departmentsFor(source, target.id)
    const bundle = copy(source)
    // Every section but the last goes in first; the last item breaks the collection's own validation.
    const last = Object.keys(bundle.config)
      .filter((s) => bundle.config[s].length > 0)
      .at(-1) as string
    const broken = bundle.config[last][bundle.config[last].length - 1]
    broken.values = { ...broken.values, name: null, key: null, slug: null, entity: 'no-such-entity' }
    const before = await configOf(target.id)
    const plan = await planBundle(payload, target.id, bundle, { overwrite: true })
    expect(plan.create.length).toBeGreaterThan(1)
    await expect(applyBundle(payload, target.id, bundle, { overwrite: true })).rejects.toThrow()
    expect(canonical(await configOf(target.id))).toBe(canonical(before))
  })
})
