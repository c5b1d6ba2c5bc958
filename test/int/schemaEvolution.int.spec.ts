import { spawn } from 'node:child_process'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { runSchemaMigration } from '../../src/customFields/evolution/runSchemaMigration'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'
import { ROOT } from '../helpers/testDatabases'

const EN = { 'accept-language': 'en' }
const ROWS = 10_000
let payload: Payload
let api: Api
let t: TestTenant
let admin: string

const fields = (headcount: object) => ({
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: { headcount, tier: defineField('select', { options: [{ value: 'a', label: { en: 'A' } }] }) },
})

/** Row i's stored head count, as people typed it before the field was a number. */
const typed = (i: number): string | null => {
  if (i % 101 === 0) return null
  if (i % 97 === 0) return `about ${i}`
  if (i % 89 === 0) return `${i}.5`
  return i % 3 === 0 ? (i * 10).toLocaleString('en-US') : String(i)
}
const expected = () => {
  let converted = 0
  let failed = 0
  for (let i = 1; i <= ROWS; i++) {
    const v = typed(i)
    if (v == null) continue
    if (/^about|\.5$/.test(v)) failed++
    else converted++
  }
  return { converted, failed }
}

async function draft(schema: object, entity = 'accounts') {
  const res = await api.rest('POST', '/entity-schemas', { token: admin, headers: EN }, { entity, schema })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number | string; version: number }
}
const publish = (id: unknown, body?: object) =>
  api.rest('POST', `/entity-schemas/${id}/publish`, { token: admin, headers: EN }, body)

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  t = await createTenant(payload, 'evolve')
  admin = await api.login(t.people.admin.email, PASSWORD)
  expect((await publish((await draft(fields(defineField('text')))).id)).status).toBe(200)
  // 10,000 accounts in bulk below Payload: the fixture, not the thing tested.
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  for (let start = 1; start <= ROWS; start += 1000) {
    const values = []
    for (let i = start; i < start + 1000 && i <= ROWS; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
      const value = typed(i)
      values.push({
        tenant: t.id,
        name: `客户${i}`,
        code: `E${i}`,
        custom: value == null ? {} : { headcount: value },
        createdAt: at,
        updatedAt: at,
      })
    }
    await db.drizzle.insert(db.tables.accounts).values(values)
  }
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

/** A process that applies the migration, killed with SIGKILL once it has done `killAfter` records. */
function applyInChild(migration: unknown, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx's loader), not tsx's launcher, whose own child a kill would miss.
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/runMigrationChild.ts', String(migration), '250'], {
      cwd: ROOT,
      env: { ...process.env, FORMWORK_JOBS: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let seen = 0
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      for (const match of String(chunk).matchAll(/progress (\d+)\//g)) seen = Number(match[1])
      if (seen >= killAfter) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`child ended ${code}: ${output.slice(-2000)}`)),
    )
  })
}

describe('changing a field’s type on 10,000 records', () => {
  it('dry-runs, converts the rest, lists the failures with their old values, and survives a SIGKILL mid-way', async () => {
    const want = expected()
    const v2 = await draft(fields(defineField('integer')))

    // The dry run, asked for and as the refusal of an unconfirmed publish: the same exact counts.
    const dry = await api.rest('POST', `/entity-schemas/${v2.id}/dry-run`, { token: admin, headers: EN })
    expect(dry.status).toBe(200)
    expect(dry.body).toMatchObject({
      total: ROWS,
      converted: want.converted,
      failed: want.failed,
      unchanged: ROWS - want.converted - want.failed,
    })
    expect(dry.body.samples.failed[0]).toMatchObject({ field: 'custom.headcount', reason: 'not a whole number' })
    const refused = await publish(v2.id)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain(`${want.converted} records would be converted`)
    expect(refused.body.errors[0].data.dryRun.failed).toBe(want.failed)
    expect((await payload.findByID({ collection: 'entity-schemas', id: v2.id })).status).toBe('draft')

    const published = await publish(v2.id, { confirm: true })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const migration = published.body.doc.migration
    expect(migration.total).toBe(ROWS)

    // While it runs, a save is checked against the version being migrated to, and is not overwritten.
    const [first] = (await payload.find({ collection: 'accounts', where: { code: { equals: 'E3' } }, depth: 0 })).docs
    const bad = await api.rest(
      'PATCH',
      `/accounts/${first.id}`,
      { token: admin, headers: EN },
      { custom: { headcount: '3,000' } },
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0]).toMatchObject({ path: 'custom.headcount', message: 'Must be a whole number.' })
    expect(
      (await api.rest('PATCH', `/accounts/${first.id}`, { token: admin, headers: EN }, { custom: { headcount: 77 } })).status,
    ).toBe(200)

    const killedAt = await applyInChild(migration.id, 3000)
    expect(killedAt).toBeGreaterThanOrEqual(3000)
    expect(killedAt).toBeLessThan(ROWS)
    const mid = await payload.findByID({ collection: 'schema-migrations', id: migration.id, depth: 0 })
    expect(mid.status).toBe('running')

    // Started again — twice at once, as a retried job and a restarted worker might: one converts at a time.
    const [done, again] = await Promise.all([
      runSchemaMigration(payload, migration.id, { batchSize: 500 }),
      runSchemaMigration(payload, migration.id, { batchSize: 500 }),
    ])
    expect(again).toEqual(done)
    // The record saved meanwhile was already a number: not converted, not audited by the migration.
    expect(done).toEqual({ processed: ROWS, total: ROWS, converted: want.converted - 1, failed: want.failed })

    // The converted numbers are in their slot: a range filter answers from them.
    let over = 0
    for (let i = 1; i <= ROWS; i++) {
      const v = i === 3 ? '77' : typed(i)
      if (v != null && !/^about|\.5$/.test(v) && Number(v.replace(/,/g, '')) > 50_000) over++
    }
    const ranged = await payload.count({
      collection: 'accounts',
      where: { and: [{ tenant: { equals: t.id } }, { 'custom.headcount': { greater_than: 50_000 } }] },
    })
    expect(ranged.totalDocs).toBe(over)

    // Every value converted exactly once: one audit entry per touched record, old value inside.
    const entries = await payload.find({
      collection: 'audit-log',
      where: { schemaMigration: { equals: migration.id } },
      pagination: false,
      depth: 0,
    })
    const recordIds = entries.docs.map((e) => e.recordId)
    expect(new Set(recordIds).size).toBe(recordIds.length)
    expect(recordIds.length).toBe(want.converted - 1 + want.failed)
    const failedEntry = entries.docs.find((e) => e.reason)
    expect(failedEntry?.changes).toEqual([
      { field: 'custom.headcount', before: expect.stringMatching(/^about|\.5$/), after: null },
    ])
    const accounts = await payload.find({
      collection: 'accounts',
      where: { tenant: { equals: t.id } },
      pagination: false,
      depth: 0,
      select: { code: true, custom: true },
    })
    for (const account of accounts.docs as { code: string; custom?: { headcount?: unknown } }[]) {
      const i = Number(account.code.slice(1))
      const before = typed(i)
      const now = account.custom?.headcount
      if (i === 3) expect(now).toBe(77)
      else if (before == null || /^about|\.5$/.test(before)) expect(now).toBeUndefined()
      else expect(now).toBe(Number(before.replace(/,/g, '')))
    }
  }, 600_000)
})

describe('publishing', () => {
  it('of several drafts of one entity at once: exactly one wins, the others are told', async () => {
    const base = await draft(fields(defineField('text')), 'contacts')
    expect((await publish(base.id)).status).toBe(200)
    const drafts = []
    for (let i = 0; i < 4; i++) drafts.push(await draft(fields(defineField('text', { maxLength: 200 + i })), 'contacts'))
    const results = await Promise.all(drafts.map((d) => publish(d.id, { confirm: true })))
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409])
    const published = await payload.find({
      collection: 'entity-schemas',
      where: { and: [{ entity: { equals: 'contacts' } }, { status: { equals: 'published' } }] },
      depth: 0,
    })
    expect(published.totalDocs).toBe(1)
  })

  it('of several first versions at once: one stands', async () => {
    const drafts = []
    for (let i = 0; i < 3; i++) drafts.push(await draft(fields(defineField('text')), 'vendors'))
    const results = await Promise.all(drafts.map((d) => publish(d.id)))
    expect(results.filter((r) => r.status === 200)).toHaveLength(1)
    const published = await payload.find({
      collection: 'entity-schemas',
      where: { and: [{ entity: { equals: 'vendors' } }, { status: { equals: 'published' } }] },
      depth: 0,
    })
    expect(published.totalDocs).toBe(1)
  })
})

describe('removing a field', () => {
  it('hides its values from users but keeps them stored, until a purge erases them into the audit trail', async () => {
    const noteSchema = (removed: boolean) => ({
      $schema: DRAFT_2020_12,
      type: 'object',
      additionalProperties: false,
      properties: { note: { ...defineField('text'), ...(removed ? { 'x-removed': true } : {}) }, level: defineField('integer') },
    })
    expect((await publish((await draft(noteSchema(false), 'tasks')).id)).status).toBe(200)
    const task = await api.rest(
      'POST',
      '/tasks',
      { token: admin, headers: EN },
      { subject: '回访', custom: { note: '客户要求周五联系', level: 2 } },
    )
    expect(task.status, JSON.stringify(task.body)).toBe(201)
    const id = task.body.doc.id
    const tooEarly = await api.rest(
      'POST',
      '/entity-schemas/purge',
      { token: admin, headers: EN },
      { entity: 'tasks', key: 'note' },
    )
    expect(tooEarly.status).toBe(409)
    expect(tooEarly.body.errors[0].message).toContain('"note" is not one')

    expect((await publish((await draft(noteSchema(true), 'tasks')).id, { confirm: true })).status).toBe(200)
    const read = await api.rest('GET', `/tasks/${id}`, { token: admin, headers: EN })
    expect(read.body.custom).toEqual({ level: 2 })
    // A save that does not send it keeps it: removal is not erasure.
    expect((await api.rest('PATCH', `/tasks/${id}`, { token: admin, headers: EN }, { custom: { level: 3 } })).status).toBe(200)
    expect((await payload.findByID({ collection: 'tasks', id, depth: 0 })).custom).toEqual({ note: '客户要求周五联系', level: 3 })

    const purge = await api.rest('POST', '/entity-schemas/purge', { token: admin, headers: EN }, { entity: 'tasks', key: 'note' })
    expect(purge.status, JSON.stringify(purge.body)).toBe(202)
    const result = await runSchemaMigration(payload, purge.body.migration.id)
    expect(result).toMatchObject({ converted: 1, failed: 0 })
    expect((await payload.findByID({ collection: 'tasks', id, depth: 0 })).custom).toEqual({ level: 3 })
    const [entry] = (
      await payload.find({ collection: 'audit-log', where: { schemaMigration: { equals: purge.body.migration.id } }, depth: 0 })
    ).docs
    expect(entry.changes).toEqual([{ field: 'custom.note', before: '客户要求周五联系', after: null }])
  })
})

describe('the reference registry', () => {
  it('lists every place that reads a field, and a removal is refused while a template or a rule still reads it', async () => {
    const schema = (removed: boolean, ruleReadsIt: boolean) => ({
      $schema: DRAFT_2020_12,
      type: 'object',
      additionalProperties: false,
      properties: {
        grade: { ...defineField('text'), ...(removed ? { 'x-removed': true } : {}) },
        bonus: { ...defineField('integer'), ...(ruleReadsIt ? { 'x-visibleWhen': "custom.grade == 'A'" } : {}) },
      },
    })
    const layout = {
      version: 1,
      tabs: [{ id: 'main', label: { en: 'Main' }, sections: [{ id: 's', columns: 2, fields: [{ field: 'custom.grade' }] }] }],
    }
    const listViews = {
      version: 1,
      views: [
        {
          id: 'all',
          label: { en: 'All' },
          kind: 'table',
          columns: [{ field: 'name' }, { field: 'custom.grade' }],
          pageSize: 20,
        },
      ],
    }
    const v1 = await api.rest(
      'POST',
      '/entity-schemas',
      { token: admin, headers: EN },
      { entity: 'campaigns', schema: schema(false, true), layout, listViews },
    )
    expect(v1.status, JSON.stringify(v1.body)).toBe(201)
    expect((await publish(v1.body.doc.id)).status).toBe(200)
    const template = await payload.create({
      collection: 'export-templates',
      data: {
        tenant: t.id,
        name: '活动简报',
        entity: 'campaigns',
        language: 'zh',
        format: 'pdf',
        source: '<p>{{record.name}} · 等级 {{record.custom.grade}}</p>',
      },
      overrideAccess: true,
    })

    const found = await api.rest('GET', '/entity-schemas/references?entity=campaigns&key=grade', { token: admin, headers: EN })
    expect(found.status).toBe(200)
    expect(found.body.places.map((p: { source: string; where: string }) => `${p.source} ${p.where}`).sort()).toEqual([
      'entity-schemas custom.bonus x-visibleWhen',
      'entity-schemas layout: s',
      'entity-schemas list view: all',
      'export-templates source',
    ])

    // Removing it while the rule and the template still read it: refused, every place named.
    const removing = await draft(schema(true, true), 'campaigns')
    const refused = await publish(removing.id)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('custom.bonus x-visibleWhen')
    expect(refused.body.errors[0].message).toContain('活动简报: source')
    await payload.update({
      collection: 'export-templates',
      id: template.id,
      data: { source: '<p>{{record.name}}</p>' },
      overrideAccess: true,
    })
    const stillRule = await publish(removing.id)
    expect(stillRule.status).toBe(409)
    expect(stillRule.body.errors[0].message).not.toContain('活动简报')
    const clean = await api.rest(
      'PATCH',
      `/entity-schemas/${removing.id}`,
      { token: admin, headers: EN },
      {
        schema: schema(true, false),
        layout: { ...layout, tabs: [{ ...layout.tabs[0], sections: [{ id: 's', columns: 2, fields: [] }] }] },
        listViews: { ...listViews, views: [{ ...listViews.views[0], columns: [{ field: 'name' }] }] },
      },
    )
    expect(clean.status, JSON.stringify(clean.body)).toBe(200)
    expect((await publish(removing.id)).status).toBe(200)
  })
})

describe('renaming a field', () => {
  it('rewrites the rules, layout, list views and templates that name it, publishes the new key and moves the values', async () => {
    const schema = {
      $schema: DRAFT_2020_12,
      type: 'object',
      additionalProperties: false,
      required: ['lvl'],
      properties: { lvl: defineField('text'), bonus: { ...defineField('integer'), 'x-visibleWhen': "custom.lvl == 'A'" } },
    }
    const layout = {
      version: 1,
      tabs: [{ id: 'main', label: { en: 'Main' }, sections: [{ id: 's', columns: 2, fields: [{ field: 'custom.lvl' }] }] }],
    }
    const listViews = {
      version: 1,
      views: [
        { id: 'all', label: { en: 'All' }, kind: 'table', columns: [{ field: 'custom.lvl' }], sort: '-custom.lvl', pageSize: 20 },
      ],
    }
    const v1 = await api.rest(
      'POST',
      '/entity-schemas',
      { token: admin, headers: EN },
      { entity: 'faqs', schema, layout, listViews },
    )
    expect((await publish(v1.body.doc.id, { confirm: true })).status).toBe(200)
    const faq = await api.rest(
      'POST',
      '/faqs',
      { token: admin, headers: EN },
      { question: '如何报修？', answer: '拨打热线', custom: { lvl: 'A', bonus: 5 } },
    )
    expect(faq.status, JSON.stringify(faq.body)).toBe(201)
    const template = await payload.create({
      collection: 'export-templates',
      data: {
        tenant: t.id,
        name: '问答',
        entity: 'faqs',
        language: 'zh',
        format: 'pdf',
        source: '{{record.custom.lvl}} {{record.custom.lvlx}}',
      },
      overrideAccess: true,
    })

    expect(
      (
        await api.rest(
          'POST',
          '/entity-schemas/rename',
          { token: admin, headers: EN },
          { entity: 'faqs', from: 'lvl', to: 'bonus' },
        )
      ).status,
    ).toBe(409)
    const renamed = await api.rest(
      'POST',
      '/entity-schemas/rename',
      { token: admin, headers: EN },
      { entity: 'faqs', from: 'lvl', to: 'level' },
    )
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    const [version] = (
      await payload.find({
        collection: 'entity-schemas',
        where: { and: [{ entity: { equals: 'faqs' } }, { status: { equals: 'published' } }] },
        depth: 0,
      })
    ).docs as any[]
    expect(Object.keys(version.schema.properties).sort()).toEqual(['bonus', 'level'])
    expect(version.schema.required).toEqual(['level'])
    expect(version.schema.properties.bonus['x-visibleWhen']).toBe("custom.level == 'A'")
    expect(version.layout.tabs[0].sections[0].fields).toEqual([{ field: 'custom.level' }])
    expect(version.listViews.views[0]).toMatchObject({ columns: [{ field: 'custom.level' }], sort: '-custom.level' })
    // Only the whole path is renamed: custom.lvlx is another (unknown) name.
    expect((await payload.findByID({ collection: 'export-templates', id: template.id, depth: 0 })).source).toBe(
      '{{record.custom.level}} {{record.custom.lvlx}}',
    )

    await runSchemaMigration(payload, renamed.body.doc.migration.id)
    expect((await payload.findByID({ collection: 'faqs', id: faq.body.doc.id, depth: 0 })).custom).toEqual({
      level: 'A',
      bonus: 5,
    })
    const read = await api.rest('GET', `/faqs?where[custom.level][equals]=A`, { token: admin, headers: EN })
    expect(read.body.docs.map((d: { id: unknown }) => d.id)).toEqual([faq.body.doc.id])
  })
})
