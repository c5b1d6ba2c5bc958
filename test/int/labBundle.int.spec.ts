import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../seeds/demo/seedDemo'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { applyBundle, BundleRefused } from '../../src/labs/bundle/applyBundle'
import { exportBundle } from '../../src/labs/bundle/exportBundle'
import type { Bundle } from '../../src/labs/bundle/format'
import { planBundle } from '../../src/labs/bundle/planBundle'
import { canonical, referencesIn } from '../../src/labs/bundle/references'
import { validateBundle } from '../../src/labs/bundle/validateBundle'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

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

describe('entity schemas, layouts and list views', () => {
  const tiers = [
    { value: 'key', label: { zh: '重点', en: 'Key' } },
    { value: 'normal', label: { zh: '普通', en: 'Normal' } },
  ]
  const schema = {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      tier: defineField('select', { label: { zh: '客户等级', en: 'Customer tier' }, options: tiers }),
      stores: defineField('integer', { label: { zh: '门店数', en: 'Stores' }, minimum: 0 }),
    },
  }
  const layout = {
    version: 1,
    tabs: [
      {
        id: 'main',
        label: { zh: '客户', en: 'Account' },
        sections: [
          { id: 'tier', columns: 2, fields: [{ field: 'name', span: 2 }, { field: 'custom.tier' }, { field: 'custom.stores' }] },
        ],
      },
    ],
  }
  const listViews = {
    version: 1,
    views: [
      {
        id: 'all',
        label: { zh: '全部', en: 'All' },
        kind: 'table',
        columns: [{ field: 'name' }, { field: 'custom.tier' }],
        sort: '-custom.stores',
        pageSize: 20,
        default: true,
      },
    ],
  }
  const keyAccounts = {
    id: 'key',
    label: { zh: '重点客户', en: 'Key accounts' },
    kind: 'table',
    columns: [{ field: 'name' }, { field: 'custom.stores' }],
    filters: [{ field: 'custom.tier', operator: 'equals', value: 'key' }],
    sort: '-custom.stores',
    pageSize: 20,
  }
  let company: TestTenant
  let bundle: Bundle
  const accountIn = (tenant: Id, custom: Record<string, unknown>) =>
    payload.create({
      collection: 'accounts',
      data: { tenant, name: `客户 ${Math.random()}`, custom } as never,
      overrideAccess: true,
    })

  beforeAll(async () => {
    // Designed as an admin designs: a draft saved, published, and views saved, through the REST API.
    company = await createTenant(payload, 'bundle-schemas')
    const api = new Api(payload.config)
    const token = await api.login(company.people.admin.email, PASSWORD)
    const headers = { 'accept-language': 'en' }
    const draft = await api.rest('POST', '/entity-schemas', { token, headers }, { entity: 'accounts', schema, layout, listViews })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const published = await api.rest('POST', `/entity-schemas/${draft.body.doc.id}/publish`, { token, headers })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    for (const [label, scope, roleKey] of [
      ['重点客户', 'tenant', null],
      ['销售的客户', 'role', 'sales'],
      ['我的客户', 'user', null],
    ]) {
      const view = { ...keyAccounts, label: { zh: label, en: label } }
      const saved = await api.rest(
        'POST',
        '/saved-views',
        { token, headers },
        { entity: 'accounts', label, scope, roleKey, view },
      )
      expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    }
    await accountIn(company.id, { tier: 'key', stores: 12 })
    bundle = copy((await exportBundle(payload, company.id, '客户等级', { data: true })).bundle)
  })

  it('exports the published version (without its number, status or slots) and the shared views, not personal ones', () => {
    expect(validateBundle(bundle)).toEqual([])
    expect(bundle.config.entitySchemas).toEqual([
      { key: 'accounts', values: { entity: 'accounts', schema, layout, listViews, fieldPermissions: null, note: null } },
    ])
    expect(bundle.config.savedViews.map((v) => v.key)).toEqual(['accounts/sales/销售的客户', 'accounts/重点客户'])
    expect(bundle.config.savedViews[1].values).toEqual({
      entity: 'accounts',
      label: '重点客户',
      scope: 'tenant',
      roleKey: null,
      isDefault: false,
      view: { ...keyAccounts, label: { zh: '重点客户', en: '重点客户' } },
    })
    expect(bundle.records?.accounts?.[0].values.custom).toEqual({ tier: 'key', stores: 12 })
    expect(JSON.stringify(bundle.records)).not.toMatch(/"slot/)
  })

  it('imports into another company: a dry run lists them as created, then unchanged; its records take the field', async () => {
    const target = await createTenant(payload, 'bundle-schemas-target')
    // Before: the company has no custom fields, so a tier is refused.
    await expect(accountIn(target.id, { tier: 'key' })).rejects.toThrow()
    const dry = await planBundle(payload, target.id, bundle)
    expect(dry.problems).toEqual([])
    expect(dry.conflicts).toEqual([])
    expect(dry.create).toEqual(
      expect.arrayContaining([
        { section: 'entitySchemas', key: 'accounts' },
        { section: 'savedViews', key: 'accounts/重点客户' },
        { section: 'savedViews', key: 'accounts/sales/销售的客户' },
      ]),
    )
    expect(await applyBundle(payload, target.id, bundle)).toEqual(dry)
    // The sample account, written after the schema, holds its tier; a new one takes a tier too…
    const imported = (await exportBundle(payload, target.id, 'after', { data: true })).bundle
    expect(imported.records?.accounts?.[0].values.custom).toEqual({ tier: 'key', stores: 12 })
    const made = (await accountIn(target.id, { tier: 'normal', stores: 3 })) as unknown as { custom: unknown }
    expect(made.custom).toEqual({ tier: 'normal', stores: 3 })
    // …and a value the field does not allow is refused, naming the field.
    const error = (await accountIn(target.id, { tier: 'gold' }).catch((e) => e)) as { data?: { errors?: { path: string }[] } }
    expect(error.data?.errors?.map((e) => e.path)).toEqual(['custom.tier'])
    // Lossless: the company exports the same configuration it was given.
    expect(canonical(imported.config)).toBe(canonical(bundle.config))
    const again = await planBundle(payload, target.id, bundle)
    expect(again.create).toEqual([])
    expect(again.change).toEqual([])
    expect(again.unchanged).toEqual(
      expect.arrayContaining([
        { section: 'entitySchemas', key: 'accounts' },
        { section: 'savedViews', key: 'accounts/重点客户' },
      ]),
    )
  })

  it('refuses a schema section that is not valid, at the exact place, writing nothing', async () => {
    const target = await createTenant(payload, 'bundle-schemas-bad')
    const badType = copy(bundle)
    const fields = (badType.config.entitySchemas[0].values.schema as typeof schema).properties
    ;(fields.stores as Record<string, unknown>)['x-type'] = 'colour'
    const error = (await applyBundle(payload, target.id, badType).catch((e) => e)) as BundleRefused
    expect(error).toBeInstanceOf(BundleRefused)
    expect(error.problems.map((p) => p.path)).toEqual(['/config/entitySchemas/0/values/schema/properties/stores/x-type'])
    // A layout naming a field the schema does not have.
    const badLayout = copy(bundle)
    ;(badLayout.config.entitySchemas[0].values.layout as typeof layout).tabs[0].sections[0].fields[1].field = 'custom.nope'
    const refused = (await applyBundle(payload, target.id, badLayout).catch((e) => e)) as BundleRefused
    expect(refused.problems.map((p) => p.path)).toEqual([
      '/config/entitySchemas/0/values/layout/tabs/0/sections/0/fields/1/field',
    ])
    // What only the server sets cannot be smuggled in.
    const slots = copy(bundle)
    slots.config.entitySchemas[0].values.slots = { tier: 'slotText1' }
    const smuggled = validateBundle(slots)
    expect(smuggled).toEqual([{ path: '/config/entitySchemas/0/values', message: expect.stringContaining('(slots)') }])
    expect((await configOf(target.id)).entitySchemas).toEqual([])
  })

  it('leaves the company as it was when a write after the publish fails: no schema, the field still refused', async () => {
    const target = await createTenant(payload, 'bundle-schemas-undo')
    const broken = copy(bundle)
    delete broken.records
    // The view names a field nobody has: the save refuses it, after the schema was published.
    ;(broken.config.savedViews[1].values.view as typeof keyAccounts).columns[1].field = 'custom.nope'
    const before = await configOf(target.id)
    await expect(applyBundle(payload, target.id, broken)).rejects.toThrow()
    expect(canonical(await configOf(target.id))).toBe(canonical(before))
    await expect(accountIn(target.id, { tier: 'key' })).rejects.toThrow()
  })

  it("carries a view's filter on a person by email, and finds that person in the target", async () => {
    const rep = company.people.repRoot
    const view = { ...keyAccounts, id: 'rep', filters: [{ field: 'owner', operator: 'equals', value: rep.id }] }
    await payload.create({
      collection: 'saved-views',
      data: { tenant: company.id, entity: 'accounts', label: '张三的客户', scope: 'tenant', view } as never,
      overrideAccess: true,
    })
    const withPerson = copy((await exportBundle(payload, company.id, 'x')).bundle)
    const at = withPerson.config.savedViews.findIndex((v) => v.key === 'accounts/张三的客户')
    expect((withPerson.config.savedViews[at].values.view as typeof view).filters).toEqual([
      { field: 'owner', operator: 'equals', value: { $user: rep.email } },
    ])
    const target = await createTenant(payload, 'bundle-schemas-people')
    expect((await planBundle(payload, target.id, withPerson)).problems).toEqual([
      {
        path: `/config/savedViews/${at}/values/view/filters/0/value`,
        message: expect.stringContaining('not a member'),
      },
    ])
    await membersFor(withPerson, target)
    await applyBundle(payload, target.id, withPerson)
    const [saved] = (
      await payload.find({
        collection: 'saved-views',
        where: { and: [{ tenant: { equals: target.id } }, { label: { equals: '张三的客户' } }] },
        overrideAccess: true,
      })
    ).docs as unknown as { view: typeof view }[]
    expect(saved.view.filters[0].value).toEqual(rep.id)
  })
})
