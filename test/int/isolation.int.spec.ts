import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUSINESS_COLLECTIONS } from '../../src/access/permissionedCollections'
import type { Id } from '../../src/access/types'
import { Api, graphqlNames } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createSample, crossTenantRelations, isPayloadInternal, isUpload, sampleData, sampleFile } from '../helpers/samples'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Tenant isolation, table-driven over every collection of the Payload config: a tenant admin of A
 * (the most a tenant user can be) tries every way to reach tenant B's records, and fails.
 * A collection added later is covered here without new test code.
 */
const config = await (await import('@payload-config')).default
/** Shared by every tenant on purpose: a catalogue everyone signed in reads and only super admins write. */
const SHARED = ['lab-presets']
const SLUGS = config.collections.map((c) => c.slug).filter((slug) => !isPayloadInternal(slug) && !SHARED.includes(slug))

let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
let asA: { token: string }
const bRecords = new Map<string, Id>()

const refused = (status: number) => expect([403, 404]).toContain(status)

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  a = await createTenant(payload, 'iso-a')
  b = await createTenant(payload, 'iso-b')
  asA = { token: await api.login(a.people.admin.email, PASSWORD) }
})

afterAll(async () => {
  await shutdownPayload(payload)
})

/** B's record of a collection: tenant B itself, a member of B, or a row created in B. */
async function bRecord(slug: string): Promise<Id> {
  if (!bRecords.has(slug)) {
    const id = slug === 'tenants' ? b.id : slug === 'users' ? b.people.repRoot.id : (await createSample(payload, slug, b)).id
    bRecords.set(slug, id)
  }
  return bRecords.get(slug) as Id
}

const stored = (slug: string, id: Id) =>
  payload.findByID({ collection: slug, id, overrideAccess: true, depth: 0, trash: true, disableErrors: true })

const collectionConfig = (slug: string) => payload.collections[slug].config

it('the shared lab presets are read by every tenant and written by none of them', async () => {
  const preset = await payload.create({
    collection: 'lab-presets',
    data: { key: 'iso-shared', name: '共享预设', bundle: { format: 'formwork-bundle', version: 1, name: 'x', config: {} } },
    overrideAccess: true,
  })
  expect((await api.rest('GET', `/lab-presets/${preset.id}`, asA)).status).toBe(200)
  refused((await api.rest('POST', '/lab-presets', asA, { key: 'mine', name: 'x', bundle: {} })).status)
  refused((await api.rest('PATCH', `/lab-presets/${preset.id}`, asA, { name: '改了' })).status)
  refused((await api.rest('DELETE', `/lab-presets/${preset.id}`, asA)).status)
  expect((await stored('lab-presets', preset.id))?.name).toBe('共享预设')
  expect((await api.rest('GET', '/lab-presets', {})).status).toBe(403)
})

it('every collection is tenant-scoped, or is tenants or users', () => {
  const loose = SLUGS.filter(
    (slug) =>
      !['tenants', 'users'].includes(slug) && !payload.collections[slug].config.flattenedFields.some((f) => f.name === 'tenant'),
  )
  expect(loose).toEqual([])
})

describe.each(SLUGS)('%s', (slug) => {
  it('REST list and count never include B', async () => {
    const id = await bRecord(slug)
    const list = await api.rest('GET', `/${slug}?limit=1000&depth=0`, asA)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: Id }) => String(d.id))).not.toContain(String(id))
    const count = await api.rest('GET', `/${slug}/count?where[id][equals]=${id}`, asA)
    expect(count.status).toBe(200)
    expect(count.body.totalDocs).toBe(0)
  })

  it('REST read by id is refused', async () => {
    refused((await api.rest('GET', `/${slug}/${await bRecord(slug)}`, asA)).status)
  })

  it('REST update and delete are refused and change nothing', async () => {
    const id = await bRecord(slug)
    const before = await stored(slug, id)
    const patch = await api.rest('PATCH', `/${slug}/${id}`, asA, { name: 'hijacked' })
    expect(patch.status === 200 ? patch.body.doc : null).toBeNull()
    refused(patch.status)
    refused((await api.rest('DELETE', `/${slug}/${id}`, asA)).status)
    const bulk = await api.rest('DELETE', `/${slug}?where[id][equals]=${id}`, asA)
    expect(bulk.body?.docs?.length ?? 0).toBe(0)
    const after = await stored(slug, id)
    expect(after).not.toBeNull()
    expect(after?.updatedAt).toBe(before?.updatedAt)
  })

  it('REST create with B as tenant is refused and creates nothing in B', async () => {
    const data = await sampleData(payload, slug, b)
    const countBefore = await payload.count({ collection: slug, overrideAccess: true })
    const res = isUpload(payload, slug)
      ? await api.restWithFile('POST', `/${slug}`, asA, data, sampleFile())
      : await api.rest('POST', `/${slug}`, asA, data)
    expect([400, 403]).toContain(res.status)
    expect((await payload.count({ collection: slug, overrideAccess: true })).totalDocs).toBe(countBefore.totalDocs)
  })

  it('REST create in A with a relation to a record of B is refused with the field named', async () => {
    const relations = crossTenantRelations(payload, slug)
    if (slug === 'tenants' || collectionConfig(slug).access.create === undefined) return
    for (const field of relations) {
      const data = {
        ...(await sampleData(payload, slug, a)),
        [field.name]: field.hasMany ? [await bRecord(field.relationTo as string)] : await bRecord(field.relationTo as string),
      }
      delete data.tenant
      const res = isUpload(payload, slug)
        ? await api.restWithFile('POST', `/${slug}`, asA, data, sampleFile())
        : await api.rest('POST', `/${slug}`, asA, data)
      // Collections only the server writes refuse earlier (403); the others name the field (400).
      expect([400, 403]).toContain(res.status)
      if (res.status === 400) expect(JSON.stringify(res.body.errors)).toContain(field.name)
    }
  })

  it('depth population never reveals a B record linked by bad data', async () => {
    const relations = crossTenantRelations(payload, slug).filter((f) => f.relationTo !== 'users')
    if (slug === 'tenants' || slug === 'users' || relations.length === 0) return
    const own = await createSample(payload, slug, a)
    for (const field of relations) {
      const target = await bRecord(field.relationTo as string)
      // Written below the hooks on purpose: the read path must hold even when stored data is wrong.
      await payload.db.updateOne({
        collection: slug,
        id: own.id,
        data: { [field.name]: field.hasMany ? [target] : target },
        returning: false,
      })
      const res = await api.rest('GET', `/${slug}/${own.id}?depth=1`, asA)
      if (res.status !== 200) continue // a role without read on this collection sees nothing at all
      const value = res.body[field.name]
      const values = Array.isArray(value) ? value : [value]
      for (const v of values) expect(typeof v === 'object' && v !== null).toBe(false)
    }
  })

  it('versions of B records are neither listed nor readable', async () => {
    if (!collectionConfig(slug).versions) return
    const id = await bRecord(slug)
    const { docs } = await payload.findVersions({ collection: slug, where: { parent: { equals: id } }, overrideAccess: true })
    expect(docs.length).toBeGreaterThan(0)
    const list = await api.rest('GET', `/${slug}/versions?limit=1000`, asA)
    expect(list.status).toBe(200)
    expect(
      list.body.docs.map((v: { parent: unknown }) =>
        String(typeof v.parent === 'object' ? (v.parent as { id: Id }).id : v.parent),
      ),
    ).not.toContain(String(id))
    refused((await api.rest('GET', `/${slug}/versions/${docs[0].id}`, asA)).status)
  })

  it('trashed B records stay invisible and cannot be restored', async () => {
    if (!collectionConfig(slug).trash) return
    const id = (await createSample(payload, slug, b)).id
    await payload.update({
      collection: slug,
      id,
      data: { deletedAt: new Date().toISOString() },
      overrideAccess: true,
      trash: true,
    })
    const list = await api.rest('GET', `/${slug}?trash=true&limit=1000&where[deletedAt][exists]=true`, asA)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: Id }) => String(d.id))).not.toContain(String(id))
    refused((await api.rest('PATCH', `/${slug}/${id}?trash=true`, asA, { deletedAt: null })).status)
    expect((await stored(slug, id))?.deletedAt).toBeTruthy()
  })

  it('GraphQL list, count, read, update and delete never reach B', async () => {
    const id = await bRecord(slug)
    const { singular, plural } = graphqlNames(slug)
    const idArg = typeof id === 'number' ? 'Int' : 'String'
    const list = await api.graphql(`{ ${plural}(limit: 1000) { docs { id } } count${plural} { totalDocs } }`, {}, asA)
    expect(list.body.errors).toBeUndefined()
    expect(list.body.data[`count${plural}`].totalDocs).toBe(list.body.data[plural].docs.length)
    const ids = (list.body.data?.[plural]?.docs ?? []).map((d: { id: Id }) => String(d.id))
    expect(ids).not.toContain(String(id))
    const read = await api.graphql(`query($id: ${idArg}!) { ${singular}(id: $id) { id } }`, { id }, asA)
    expect(read.body.data?.[singular] ?? null).toBeNull()
    const before = await stored(slug, id)
    const del = await api.graphql(`mutation($id: ${idArg}!) { delete${singular}(id: $id) { id } }`, { id }, asA)
    expect(del.body.data?.[`delete${singular}`] ?? null).toBeNull()
    expect(del.body.errors?.[0]?.extensions?.statusCode).toBeOneOf([403, 404])
    const after = await stored(slug, id)
    expect(after?.updatedAt).toBe(before?.updatedAt)
  })

  it('GraphQL create with B as tenant is refused', async () => {
    const { singular } = graphqlNames(slug)
    const countBefore = await payload.count({ collection: slug, overrideAccess: true })
    const data = await sampleData(payload, slug, b)
    // GraphQL spells select values as enum names (field-event → field_event).
    for (const field of collectionConfig(slug).flattenedFields) {
      if (field.type === 'select' && typeof data[field.name] === 'string')
        data[field.name] = String(data[field.name]).replace(/[^_a-zA-Z0-9]/g, '_')
    }
    const res = await api.graphql(
      `mutation($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }`,
      { data },
      asA,
    )
    // Refused by access or validation, not by a malformed query.
    expect(res.body.errors?.[0]?.extensions?.statusCode).toBeOneOf([400, 403])
    expect((await payload.count({ collection: slug, overrideAccess: true })).totalDocs).toBe(countBefore.totalDocs)
  })
})

describe('the active tenant', () => {
  it('an X-Tenant header naming a tenant the user does not belong to is refused', async () => {
    const res = await api.rest('GET', '/accounts', { ...asA, tenant: b.id })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toContain(String(b.id))
    expect((await api.rest('GET', '/accounts', { ...asA, tenant: b.slug })).status).toBe(403)
  })

  it('a stale tenant cookie falls back to the user’s own tenant instead of locking them out', async () => {
    const res = await api.rest('GET', '/accounts?limit=1', { ...asA, headers: { cookie: `formwork-tenant=${b.id}` } })
    expect(res.status).toBe(200)
  })
})

describe('custom endpoints', () => {
  it('every custom endpoint is one this suite covers', () => {
    // Ours are marked `custom.formwork`; Payload's own endpoints are covered by the REST tests above.
    const endpoints = [
      ...SLUGS.flatMap((slug) =>
        (collectionConfig(slug).endpoints || []).filter((e) => e.custom?.formwork).map((e) => `${e.method} /${slug}${e.path}`),
      ),
      ...(payload.config.endpoints || []).filter((e) => e.custom?.formwork).map((e) => `${e.method} ${e.path}`),
    ]
    const covered = [
      // Covered in labConsole.int.spec.ts (another teacher: 404; a student: 403; signed out: 401).
      'get /labs/classes',
      'post /labs/classes',
      'get /labs/classes/:id',
      'post /labs/classes/:id/close',
      'post /labs/groups/:id/reset',
      'get /labs/groups/:id/snapshots',
      'post /labs/groups/:id/snapshots',
      'post /labs/snapshots/:id/restore',
      'delete /recycle-bin/:collection/:id',
      'delete /users/:id/sessions/:sid',
      'get /audit-log/record/:entity/:id',
      'get /personal-data/:collection/:id/export',
      'get /number-sequences/:id/preview',
      'post /number-sequences/preview',
      'get /recycle-bin',
      'get /users/sessions',
      'post /accounts/:id/assign',
      'post /entity-schemas/:id/publish',
      'get /entity-schemas/types',
      'get /entity-schemas/field-rules',
      'post /entity-schemas/:id/dry-run',
      'get /entity-schemas/references',
      'post /entity-schemas/rename',
      'post /entity-schemas/purge',
      'post /accounts/:id/claim',
      'post /accounts/:id/return',
      'post /leads/:id/assign',
      'post /leads/:id/claim',
      'post /hand-over',
      'post /personal-data/:collection/:id/erase',
      'post /leads/:id/convert',
      'post /leads/:id/return',
      'post /quotes/:id/convert-to-order',
      'post /recycle-bin/:collection/:id/restore',
      'post /sales-orders/:id/convert-to-invoice',
      'post /sales-orders/:id/purchase-orders',
      'post /accounts/duplicates/check',
      'get /accounts/duplicates',
      'post /accounts/merge',
      'post /contacts/duplicates/check',
      'get /contacts/duplicates',
      'post /contacts/merge',
      'post /leads/duplicates/check',
      'get /leads/duplicates',
      'post /leads/merge',
      'post /export-templates/preview',
      'post /export-templates/:id/render',
      'post /export-templates/:id/send',
      'get /document-snapshots/:id/file',
      // Covered in workflows.int.spec.ts ("is out of reach of another company").
      'get /workflow/:entity/:id',
      'post /workflow/:entity/:id/transition',
      // Covered in approvals.int.spec.ts ("is out of reach of another company").
      'post /approvals/submit',
      'post /approvals/:id/decide',
      'get /approvals/inbox',
      'get /approvals/record/:entity/:id',
      'get /forms/:tenant/:form',
      'post /forms/:tenant/:form',
      // Covered in search.int.spec.ts ("finds nothing of another company").
      'get /workspace/search',
      // Covered in calendar.int.spec.ts ("finds nothing of another company").
      'get /calendar/events',
      'post /calendar/conflicts',
      // Covered in reports.int.spec.ts ("another company's reports, dashboards and targets are out of reach").
      'post /reports/run',
      'get /reports/:id/export',
      'get /dashboards/home',
      'get /dashboards/:id/data',
      'get /sales-targets/progress',
      // Covered in cti.int.spec.ts ("tenant isolation").
      'post /cti/events',
      'get /cti/stream',
      'get /cti/agent-status',
      'post /cti/agent-status',
      'get /cti/stats',
      'post /cti/calls/:id/lead',
      // Covered in import.int.spec.ts ("keeps imports to their importer and tenant").
      'post /imports/upload',
      'post /imports/:id/dry-run',
      'post /imports/:id/start',
      'post /imports/:id/cancel',
      'get /imports/:id/progress',
      'get /imports/:id/rejected',
      'post /imports/:id/undo',
      ...BUSINESS_COLLECTIONS.map((slug) => `get /${slug}/export`),
      // Covered in exportJobs.int.spec.ts ("another user's export is not theirs").
      ...BUSINESS_COLLECTIONS.map((slug) => `post /${slug}/export-jobs`),
      'get /export-jobs/:id/file',
      // Covered in announcements.int.spec.ts ("… and other companies see no receipts").
      'post /announcements/:id/read',
      'get /announcements/:id/receipts',
      'post /export-jobs/:id/cancel',
      // Covered in mailboxes.int.spec.ts ("tenant isolation").
      'post /mailboxes/:id/test',
      'post /mailboxes/:id/poll',
      'post /email-messages/:id/send',
      // Covered in workPlans.int.spec.ts (another company's admin: 404; its overview lists none of ours).
      'get /work-plans/team',
      'post /work-plans/:id/submit',
      'post /work-plans/:id/review',
      // Covered in sms.int.spec.ts ("is out of reach of another company", receipts signed per tenant, report;
      // another company cannot cancel a batch: 404).
      'post /sms-batches/:id/send',
      'post /sms-batches/:id/cancel',
      'get /sms-batches/:id/skipped',
      'post /sms/callback/:tenant',
      'get /sms/report',
    ]
    expect([...endpoints].sort()).toEqual([...covered].sort())
  })

  it.each([
    ['accounts', 'claim'],
    ['accounts', 'assign'],
    ['accounts', 'return'],
    ['leads', 'claim'],
    ['leads', 'assign'],
    ['leads', 'return'],
    ['leads', 'convert'],
    ['quotes', 'convert-to-order'],
    ['sales-orders', 'convert-to-invoice'],
    ['sales-orders', 'purchase-orders'],
  ])('converting B’s %s (%s) from A is refused and creates nothing', async (slug, action) => {
    const id = await bRecord(slug)
    const before = await payload.count({ collection: 'accounts', overrideAccess: true })
    refused((await api.rest('POST', `/${slug}/${id}/${action}`, asA, {})).status)
    expect((await payload.count({ collection: 'accounts', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('the recycle bin lists only this tenant’s records, and B’s cannot be restored or purged from A', async () => {
    const id = (await createSample(payload, 'accounts', b)).id
    await payload.update({
      collection: 'accounts',
      id,
      data: { deletedAt: new Date().toISOString() },
      overrideAccess: true,
      trash: true,
    })
    const bin = await api.rest('GET', '/recycle-bin?limit=100', asA)
    expect(bin.status).toBe(200)
    expect(bin.body.docs.map((e: { id: Id }) => String(e.id))).not.toContain(String(id))
    refused((await api.rest('POST', `/recycle-bin/accounts/${id}/restore`, asA)).status)
    refused((await api.rest('DELETE', `/recycle-bin/accounts/${id}`, asA)).status)
    expect((await stored('accounts', id))?.deletedAt).toBeTruthy()
  })

  it('a hand-over from A never moves B’s records, nor to B’s people', async () => {
    const id = await bRecord('accounts')
    const toB = await api.rest('POST', '/hand-over', asA, { from: b.people.repRoot.id, to: b.people.repChild.id })
    expect([400, 403]).toContain(toB.status)
    const fromB = await api.rest('POST', '/hand-over', asA, { from: b.people.repRoot.id, to: a.people.repChild.id })
    expect(fromB.body?.moved ?? {}).toEqual({})
    expect(String((await stored('accounts', id))?.owner)).toBe(String(b.people.repRoot.id))
  })

  it('B’s schema draft cannot be published from A', async () => {
    const draft = await payload.create({
      collection: 'entity-schemas',
      data: { tenant: b.id, entity: 'accounts' },
      overrideAccess: true,
    })
    refused((await api.rest('POST', `/entity-schemas/${draft.id}/publish`, asA)).status)
    expect((await stored('entity-schemas', draft.id))?.status).toBe('draft')
  })

  it('A’s generated types never show B’s custom fields, nor can A ask for B’s', async () => {
    const draft = await payload.create({
      collection: 'entity-schemas',
      data: {
        tenant: b.id,
        entity: 'contacts',
        schema: {
          type: 'object',
          additionalProperties: false,
          properties: { secretOfB: { 'x-type': 'text', type: 'string', maxLength: 255 } },
        },
      },
      overrideAccess: true,
    })
    const asB = { token: await api.login(b.people.admin.email, PASSWORD) }
    expect((await api.rest('POST', `/entity-schemas/${draft.id}/publish`, asB)).status).toBe(200)
    const mine = await api.restRaw('GET', '/entity-schemas/types?entity=contacts', asA)
    expect(mine.status).toBe(200)
    expect(mine.bytes.toString('utf8')).not.toContain('secretOfB')
    refused((await api.rest('GET', '/entity-schemas/types?entity=contacts', { ...asA, tenant: b.id })).status)
    refused((await api.rest('GET', '/entity-schemas/field-rules?entity=contacts', { ...asA, tenant: b.id })).status)
  })

  it('A can neither dry-run, list the references of, rename nor purge B’s fields', async () => {
    const asB = { token: await api.login(b.people.admin.email, PASSWORD) }
    const schema = (removed: boolean) => ({
      type: 'object',
      additionalProperties: false,
      properties: { secretB: { 'x-type': 'text', type: 'string', maxLength: 255, ...(removed ? { 'x-removed': true } : {}) } },
    })
    const v1 = await payload.create({
      collection: 'entity-schemas',
      data: { tenant: b.id, entity: 'leads', schema: schema(false) },
      overrideAccess: true,
    })
    expect((await api.rest('POST', `/entity-schemas/${v1.id}/publish`, asB)).status).toBe(200)
    const v2 = await payload.create({
      collection: 'entity-schemas',
      data: { tenant: b.id, entity: 'leads', schema: schema(true) },
      overrideAccess: true,
    })
    refused((await api.rest('POST', `/entity-schemas/${v2.id}/dry-run`, asA)).status)
    const places = await api.rest('GET', '/entity-schemas/references?entity=leads&key=secretB', asA)
    expect(places.body.places).toEqual([])
    refused((await api.rest('GET', '/entity-schemas/references?entity=leads&key=secretB', { ...asA, tenant: b.id })).status)
    expect((await api.rest('POST', '/entity-schemas/rename', asA, { entity: 'leads', from: 'secretB', to: 'mine' })).status).toBe(
      409,
    )
    refused(
      (
        await api.rest(
          'POST',
          '/entity-schemas/rename',
          { ...asA, tenant: b.id },
          { entity: 'leads', from: 'secretB', to: 'mine' },
        )
      ).status,
    )
    expect((await api.rest('POST', '/entity-schemas/purge', asA, { entity: 'leads', key: 'secretB' })).status).toBe(409)
    refused(
      (await api.rest('POST', '/entity-schemas/purge', { ...asA, tenant: b.id }, { entity: 'leads', key: 'secretB' })).status,
    )
    expect((await stored('entity-schemas', v2.id))?.status).toBe('draft')
    expect(
      Object.keys(((await stored('entity-schemas', v1.id)) as unknown as { schema: { properties: object } }).schema.properties),
    ).toEqual(['secretB'])
  })

  it.each(['accounts', 'contacts', 'leads'])('the duplicate check and groups of %s never show B’s records to A', async (slug) => {
    const twin = async () => {
      const data = { ...(await sampleData(payload, slug, b)), name: 'Isolation Twin Ltd', email: 'twin@isolation.test' }
      return (await payload.create({ collection: slug, data, overrideAccess: true, context: { confirmDuplicate: true } })).id
    }
    const [first, second] = [await twin(), await twin()]
    const found = await api.rest('POST', `/${slug}/duplicates/check`, asA, {
      name: 'Isolation Twin Ltd',
      email: 'twin@isolation.test',
    })
    expect(found.status).toBe(200)
    expect(found.body.matches).toEqual([])
    expect(found.body.hidden.count).toBe(0)
    const groups = await api.rest('GET', `/${slug}/duplicates?limit=100`, asA)
    expect(groups.status).toBe(200)
    const listed = groups.body.docs.flatMap((g: { records: { id: Id }[] }) => g.records.map((r) => String(r.id)))
    expect(listed).not.toContain(String(first))
    expect(listed).not.toContain(String(second))
  })

  it.each(['accounts', 'contacts', 'leads'])('B’s %s cannot be merged from A, with each other or into A’s', async (slug) => {
    const make = async (t: TestTenant) =>
      (
        await payload.create({
          collection: slug,
          data: await sampleData(payload, slug, t),
          overrideAccess: true,
          context: { confirmDuplicate: true },
        })
      ).id
    const [b1, b2, a1] = [await make(b), await make(b), await make(a)]
    refused((await api.rest('POST', `/${slug}/merge`, asA, { survivor: b1, duplicate: b2 })).status)
    refused((await api.rest('POST', `/${slug}/merge`, asA, { survivor: a1, duplicate: b1 })).status)
    refused((await api.rest('POST', `/${slug}/merge`, asA, { survivor: b1, duplicate: a1 })).status)
    for (const id of [b1, b2, a1]) expect((await stored(slug, id))?.deletedAt ?? null).toBeNull()
  })

  it.each(['contacts', 'leads'])('B’s %s can be neither exported nor erased from A, and nothing is logged', async (slug) => {
    const id = await bRecord(slug)
    const before = await stored(slug, id)
    const logged = async () =>
      (await payload.count({ collection: 'audit-log', where: { action: { in: ['export', 'erase'] } }, overrideAccess: true }))
        .totalDocs
    const entries = await logged()
    refused((await api.rest('GET', `/personal-data/${slug}/${id}/export`, asA)).status)
    refused((await api.rest('POST', `/personal-data/${slug}/${id}/erase`, asA, { reason: 'from A' })).status)
    expect(await stored(slug, id)).toEqual(before)
    expect(await logged()).toBe(entries)
  })

  it('public forms: B’s form is not reached through A’s address, and a submission to A’s form never lands in B', async () => {
    const form = (t: TestTenant, slug: string) =>
      payload.create({
        collection: 'public-forms',
        data: { tenant: t.id, slug, entity: 'leads', titleZh: '表单', titleEn: 'Form', thankYouZh: '谢谢', thankYouEn: 'Thanks' },
        overrideAccess: true,
      })
    await form(b, 'only-in-b')
    await form(a, 'only-in-a')
    const visitor = { headers: { 'x-forwarded-for': '198.51.100.9' } }
    expect((await api.rest('GET', `/forms/${a.slug}/only-in-b`, visitor)).status).toBe(404)
    expect((await api.rest('POST', `/forms/${a.slug}/only-in-b`, visitor, { values: { name: 'x' } })).status).toBe(404)
    const bDefinition = await api.rest('GET', `/forms/${b.slug}/only-in-b`, visitor)
    expect(bDefinition.status).toBe(200)
    expect(JSON.stringify(bDefinition.body)).not.toContain(a.slug)
    const leadsOfB = () => payload.count({ collection: 'leads', where: { tenant: { equals: b.id } }, overrideAccess: true })
    const before = (await leadsOfB()).totalDocs
    // Signed in as A's admin, naming B as tenant in the header, in the values and beside them.
    const forged = await api.rest(
      'POST',
      `/forms/${a.slug}/only-in-a`,
      { ...asA, tenant: b.id, headers: visitor.headers },
      {
        values: { name: 'Sent to B', tenant: b.id },
        tenant: b.id,
      },
    )
    expect(forged.status).toBe(400)
    const plain = await api.rest(
      'POST',
      `/forms/${a.slug}/only-in-a`,
      { ...asA, headers: visitor.headers },
      { values: { name: 'Sent to A' } },
    )
    expect(plain.status).toBe(201)
    expect((await leadsOfB()).totalDocs).toBe(before)
    const made = await payload.find({
      collection: 'leads',
      where: { name: { equals: 'Sent to A' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(made.docs.map((d) => String(d.tenant))).toEqual([String(a.id)])
    // The log of A's form is A's: B's admin never reads it.
    const asB = { token: await api.login(b.people.admin.email, PASSWORD) }
    const bLog = await api.rest('GET', '/public-form-submissions?limit=100&depth=0', asB)
    expect(bLog.body.docs.some((d: { tenant: Id }) => String(d.tenant) === String(a.id))).toBe(false)
  })

  it('the history of a B record cannot be read from A', async () => {
    const id = await bRecord('accounts')
    refused((await api.rest('GET', `/audit-log/record/accounts/${id}`, asA)).status)
  })

  it('B’s number sequences cannot be previewed from A, nor their counters read through a preview', async () => {
    const bQuotes = (
      await payload.find({
        collection: 'number-sequences',
        where: { and: [{ tenant: { equals: b.id } }, { targetCollection: { equals: 'quotes' } }] },
        overrideAccess: true,
      })
    ).docs[0]
    refused((await api.rest('GET', `/number-sequences/${bQuotes.id}/preview`, asA)).status)
    // Naming B's sequence in an unsaved preview falls back to a fresh counter, never B's.
    await payload.create({
      collection: 'quotes',
      data: { tenant: b.id, account: await bRecord('accounts'), items: [] },
      overrideAccess: true,
    })
    const res = await api.rest('POST', '/number-sequences/preview', asA, { id: bQuotes.id, pattern: 'Q{SEQ:4}' })
    expect(res.status).toBe(200)
    expect(res.body.number).toBe('Q0001')
  })

  it('the sessions list shows only this tenant’s people, and B’s sessions cannot be ended from A', async () => {
    await api.login(b.people.repOther.email, PASSWORD)
    const list = await api.rest('GET', '/users/sessions?limit=100', asA)
    expect(list.status).toBe(200)
    const emails = list.body.docs.map((r: { email: string }) => r.email)
    expect(emails).toContain(a.people.admin.email)
    expect(emails.filter((e: string) => e.endsWith(`@${b.slug}.test`))).toEqual([])
    const bUser = await payload.findByID({
      collection: 'users',
      id: b.people.repOther.id,
      showHiddenFields: true,
      overrideAccess: true,
    })
    const sid = (bUser.sessions as { id: string }[])[0].id
    refused((await api.rest('DELETE', `/users/${b.people.repOther.id}/sessions/${sid}`, asA)).status)
    const again = await payload.findByID({
      collection: 'users',
      id: b.people.repOther.id,
      showHiddenFields: true,
      overrideAccess: true,
    })
    expect((again.sessions as { id: string }[]).map((s) => s.id)).toContain(sid)
  })

  it('templates and records of B can be neither previewed, printed nor reprinted from A', async () => {
    const quote = await bRecord('quotes')
    const templateOfB = (
      await payload.find({ collection: 'export-templates', where: { tenant: { equals: b.id } }, limit: 1, overrideAccess: true })
    ).docs[0]
    const ownTemplate = (
      await payload.find({
        collection: 'export-templates',
        where: { and: [{ tenant: { equals: a.id } }, { entity: { equals: 'quotes' } }] },
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    const snapshotsBefore = await payload.count({ collection: 'document-snapshots', overrideAccess: true })
    const preview = await api.rest('POST', '/export-templates/preview', asA, {
      source: '{{doc.number}}{{doc.subject}}',
      entity: 'quotes',
      recordId: quote,
      language: 'en',
    })
    refused(preview.status)
    refused(
      (await api.rest('POST', `/export-templates/${templateOfB.id}/render`, asA, { recordId: quote, format: 'html' })).status,
    )
    refused(
      (await api.rest('POST', `/export-templates/${ownTemplate.id}/render`, asA, { recordId: quote, format: 'html' })).status,
    )
    expect((await payload.count({ collection: 'document-snapshots', overrideAccess: true })).totalDocs).toBe(
      snapshotsBefore.totalDocs,
    )
    refused((await api.rest('GET', `/document-snapshots/${await bRecord('document-snapshots')}/file`, asA)).status)
  })

  it.each(BUSINESS_COLLECTIONS)('exporting %s from A never includes B’s rows', async (slug) => {
    const id = await bRecord(slug)
    const res = await api.rest('GET', `/${slug}/export?format=csv&columns=id`, asA)
    expect(res.status).toBe(200)
    const ids = String(res.body)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1)
    expect(ids).not.toContain(String(id))
  })
})
