import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { exportBundle } from '../../src/labs/bundle/exportBundle'
import type { Bundle } from '../../src/labs/bundle/format'
import { canonical } from '../../src/labs/bundle/references'
import { mapFields } from '../../src/labs/bundle/traverse'
import { type ClassProgress, type Credential, createClass } from '../../src/labs/classes/createClass'
import { credentialsCsv, studentNames } from '../../src/labs/classes/credentialsCsv'
import { presetOfGroup } from '../../src/labs/classes/presetOfGroup'
import { resetGroup } from '../../src/labs/classes/resetGroup'
import { COPIED_COLLECTIONS } from '../../src/labs/clone/copiedCollections'
import { findTemplate } from '../../src/labs/clone/presetTemplate'
import { checkExercises } from '../../src/labs/exercises/checkExercises'
import { installShippedPresets } from '../../src/labs/presets/installShippedPresets'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant } from '../helpers/tenants'

/**
 * A class from a preset: 3 groups loaded alike, students' logins shared out and handed back as CSV, a
 * student who sees only their group through REST and GraphQL, exercises that fail fresh and pass solved,
 * and a reset that brings a group back exactly to the preset with its students' logins kept.
 */
let payload: Payload
let api: Api
let preset: Bundle
let made: Awaited<ReturnType<typeof createClass>>
let installed: { created: number; updated: number }
const presetDir = path.join(process.cwd(), 'tmp', `lab-presets-${process.pid}-${Math.random().toString(36).slice(2)}`)
const progress: ClassProgress[] = []
const snapshot = async (tenant: Id) => {
  const { bundle } = await exportBundle(payload, tenant, 'x', { data: true })
  return canonical({ config: bundle.config, records: bundle.records })
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  // The teacher prepares a company the way the class should start, and exports it as the preset.
  const model = await createTenant(payload, 'lab-model')
  const make = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({
      collection: collection as 'accounts',
      data: { tenant: model.id, ...data },
      overrideAccess: true,
    })) as {
      id: Id
    }
  const account = await make('accounts', { name: '华东饮料有限公司', code: 'C-EAST' })
  await make('accounts', { name: '华南食品有限公司', code: 'C-SOUTH' })
  await make('contacts', { name: '王经理', email: 'wang@east.example', account: account.id })
  await make('products', { name: '矿泉水 550ml', code: 'BEV-001', unitPrice: '2.50' })
  await make('opportunities', { name: '华东年度采购', account: account.id, amount: '120000.00', stage: 'qualification' })
  // A numbered document with line items (an array table) and a note on the account (a polymorphic
  // link with its `relatedKey` text copy): what a group copy must remap beyond plain relationships.
  await make('quotes', {
    subject: '年度采购报价',
    account: account.id,
    items: [{ description: '矿泉水 550ml', quantity: '100', unitPrice: '2.50', taxRate: '13' }],
  })
  await make('notes', { title: '华东回访', relatedTo: { relationTo: 'accounts', value: account.id } })
  const exported = (await exportBundle(payload, model.id, '销售实训（测试）', { data: true })).bundle
  preset = {
    ...exported,
    exercises: [
      {
        key: 'win-east',
        title: { zh: '推进华东年度采购到签约', en: 'Take the East deal to contract' },
        check: {
          collection: 'opportunities',
          where: { account: { equals: { $ref: 'records/accounts/C-EAST' } }, stage: { equals: 'closedWon' } },
        },
      },
      {
        key: 'new-account',
        title: { zh: '新建三个客户', en: 'Create three accounts' },
        check: { collection: 'accounts', where: { code: { exists: true } }, atLeast: 5 },
      },
    ],
  }
  // Installed as the shipped presets are at start, from a folder of bundle files.
  fs.mkdirSync(presetDir, { recursive: true })
  fs.writeFileSync(path.join(presetDir, 'test-sales-lab.json'), JSON.stringify(preset))
  fs.writeFileSync(path.join(presetDir, 'bundle.schema.json'), '{}')
  installed = await installShippedPresets(payload, presetDir)
  const presetDoc = (
    await payload.find({ collection: 'lab-presets', where: { key: { equals: 'test-sales-lab' } }, overrideAccess: true })
  ).docs[0]
  made = await createClass(
    payload,
    {
      presetId: presetDoc.id,
      name: '2026 秋 CRM 实训',
      slug: 'crm-autumn',
      language: 'zh',
      preset: JSON.parse(JSON.stringify(preset)),
      groups: 3,
      students: studentNames('姓名\r\n张三\r\n李四\r\n王五\r\n赵六\r\n'),
    },
    (p) => progress.push(p),
  )
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
  fs.rmSync(presetDir, { recursive: true, force: true })
})

describe('shipped presets', () => {
  it('are installed once, and again only when their file changes', async () => {
    expect(installed).toEqual({ created: 1, updated: 0 })
    expect(await installShippedPresets(payload, presetDir)).toEqual({ created: 0, updated: 0 })
    fs.writeFileSync(path.join(presetDir, 'test-sales-lab.json'), JSON.stringify({ ...preset, description: '第二版' }))
    expect(await installShippedPresets(payload, presetDir)).toEqual({ created: 0, updated: 1 })
    fs.writeFileSync(path.join(presetDir, 'test-sales-lab.json'), JSON.stringify(preset))
    expect(await installShippedPresets(payload, presetDir)).toEqual({ created: 0, updated: 1 })
    fs.writeFileSync(path.join(presetDir, 'broken.json'), JSON.stringify({ ...preset, version: 3 }))
    await expect(installShippedPresets(payload, presetDir)).rejects.toThrow('broken.json#/version')
    fs.rmSync(path.join(presetDir, 'broken.json'))
  })
})

describe('creating a class', () => {
  it('makes the class and its groups, each loaded with the preset, and says how far it got', async () => {
    expect(made.groups.map((g) => g.slug)).toEqual(['crm-autumn-g1', 'crm-autumn-g2', 'crm-autumn-g3'])
    const tenants = await payload.find({
      collection: 'tenants',
      where: { parent: { equals: made.class } },
      sort: 'slug',
      overrideAccess: true,
      depth: 0,
    })
    expect(tenants.docs.map((t) => (t as { kind?: string }).kind)).toEqual(['group', 'group', 'group'])
    const first = await snapshot(made.groups[0].id)
    for (const group of made.groups.slice(1)) expect(await snapshot(group.id)).toBe(first)
    const { bundle } = await exportBundle(payload, made.groups[0].id, 'x', { data: true })
    expect(canonical(bundle.records)).toBe(canonical(preset.records))
    expect(progress.filter((p) => p.step === 'group').map((p) => p.done)).toEqual([1, 2, 3])
    expect(progress.at(-1)).toEqual({ step: 'students', done: 4, total: 4 })
  })

  it('copies the first group into the others: every reference of a group points into that group', async () => {
    // The first group went through the import (its records have audit rows); the others are copies
    // of its rows, which carry no audit history of writes that never happened there.
    const audited = async (tenant: Id) =>
      (await payload.count({ collection: 'audit-log', where: { tenant: { equals: tenant } }, overrideAccess: true })).totalDocs
    expect(await audited(made.groups[0].id)).toBeGreaterThan(0)
    for (const group of made.groups.slice(1)) {
      expect(await audited(group.id)).toBe(0)
      const pointers = await referencesOf(group.id)
      // The contact, the opportunity, the quote and the note each point at their account.
      expect(pointers.length).toBeGreaterThanOrEqual(4)
      for (const { collection, field, target, id } of pointers) {
        const row = (await payload.db.findOne({ collection: target, where: { id: { equals: id } } })) as { tenant?: Id } | null
        expect(String(row?.tenant), `${collection}.${field} → ${target} ${id}`).toBe(String(group.id))
      }
      const note = (
        await payload.find({ collection: 'notes', where: { tenant: { equals: group.id } }, overrideAccess: true, depth: 0 })
      ).docs[0] as unknown as { relatedTo: { relationTo: string; value: Id }; relatedKey: string }
      expect(note.relatedKey).toBe(`accounts:${note.relatedTo.value}`)
    }
  })

  it("numbers the next document of every group alike, after the preset's", async () => {
    const numbers: string[] = []
    const presetNumbers = new Set<string>()
    for (const group of made.groups) {
      const where = { tenant: { equals: group.id } }
      for (const q of (await payload.find({ collection: 'quotes', where, overrideAccess: true, depth: 0 })).docs)
        presetNumbers.add(String((q as { number?: string }).number))
      const account = (await payload.find({ collection: 'accounts', where, overrideAccess: true, limit: 1 })).docs[0]
      const quote = (await payload.create({
        collection: 'quotes',
        data: {
          tenant: group.id,
          account: account.id,
          items: [{ description: '加单', quantity: '1', unitPrice: '1.00', taxRate: '13' }],
        },
        overrideAccess: true,
      } as never)) as unknown as { id: Id; number: string }
      numbers.push(quote.number)
      // Gone again for good (not to the recycle bin), so the group still equals the preset below.
      await payload.db.deleteOne({ collection: 'quotes', where: { id: { equals: quote.id } } })
    }
    expect(presetNumbers.size).toBe(1)
    expect(numbers[0]).toMatch(/^QT-\d{6}-\d{4}$/)
    expect(presetNumbers.has(numbers[0])).toBe(false)
    expect(new Set(numbers)).toEqual(new Set([numbers[0]]))
  })

  it('shares the students out over the groups and hands back their logins as CSV', () => {
    expect(made.credentials.map((c) => [c.name, c.group])).toEqual([
      ['张三', made.groups[0].name],
      ['李四', made.groups[1].name],
      ['王五', made.groups[2].name],
      ['赵六', made.groups[0].name],
    ])
    const csv = credentialsCsv(made.credentials, 'zh')
    expect(csv.startsWith('\uFEFF姓名,小组,登录邮箱,初始密码\r\n')).toBe(true)
    expect(csv).toContain(`张三,${made.groups[0].name},crm-autumn-s1@students.formwork.local,${made.credentials[0].password}`)
    expect(new Set(made.credentials.map((c) => c.password)).size).toBe(4)
  })
})

/** Every relationship of a group's rows that points at a tenant-scoped row, with where it is. */
async function referencesOf(tenant: Id) {
  const scoped = new Set(
    payload.config.collections.filter((c) => c.flattenedFields.some((f) => f.name === 'tenant')).map((c) => c.slug),
  )
  const found: { collection: string; field: string; target: string; id: Id }[] = []
  for (const slug of COPIED_COLLECTIONS) {
    const rows = (await payload.db.find({ collection: slug, where: { tenant: { equals: tenant } }, pagination: false, limit: 0 }))
      .docs as Record<string, unknown>[]
    for (const row of rows)
      await mapFields(
        payload.collections[slug as 'roles'].config.fields,
        row,
        async (target, value, at) => {
          if (value != null && scoped.has(target)) found.push({ collection: slug, field: at, target, id: value as Id })
          return value
        },
        '',
        new Set(['tenant']),
      )
  }
  return found
}

describe('a student', () => {
  let token: string
  let student: Credential
  beforeAll(async () => {
    student = made.credentials[0]
    token = await api.login(student.email, student.password)
  })

  it("sees only their group's records through REST and GraphQL", async () => {
    const mine = await api.rest('GET', '/accounts?limit=100&depth=0', { token })
    expect(mine.status).toBe(200)
    expect(new Set((mine.body.docs as { tenant: Id }[]).map((d) => String(d.tenant)))).toEqual(
      new Set([String(made.groups[0].id)]),
    )
    const theirs = (
      await payload.find({
        collection: 'accounts',
        where: { tenant: { equals: made.groups[1].id } },
        overrideAccess: true,
        limit: 1,
      })
    ).docs[0]
    expect([403, 404]).toContain((await api.rest('GET', `/accounts/${theirs.id}`, { token })).status)
    const graph = await api.graphql('{ Accounts(limit: 100) { docs { id tenant { id } } } }', {}, { token })
    const ids = (graph.body.data.Accounts.docs as { tenant: { id: Id } }[]).map((d) => String(d.tenant.id))
    expect(ids.length).toBeGreaterThan(0)
    expect(new Set(ids)).toEqual(new Set([String(made.groups[0].id)]))
  })
})

describe('exercises', () => {
  it('fail on a fresh group, pass once solved there, and stay failed in the other groups', async () => {
    const [g1, g2] = made.groups
    const fresh = await checkExercises(payload, g1.id, preset.exercises ?? [])
    expect(fresh.map((r) => [r.key, r.passed, r.found])).toEqual([
      ['win-east', false, 0],
      ['new-account', false, 2],
    ])
    const east = (
      await payload.find({
        collection: 'accounts',
        where: { and: [{ tenant: { equals: g1.id } }, { code: { equals: 'C-EAST' } }] },
        overrideAccess: true,
      })
    ).docs[0]
    const deal = (
      await payload.find({ collection: 'opportunities', where: { account: { equals: east.id } }, overrideAccess: true })
    ).docs[0]
    await payload.update({
      collection: 'opportunities',
      id: deal.id,
      data: { stage: 'closedWon' } as never,
      overrideAccess: true,
    })
    for (const code of ['N-1', 'N-2', 'N-3'])
      await payload.create({
        collection: 'accounts',
        data: { tenant: g1.id, name: `新客户 ${code}`, code },
        overrideAccess: true,
      })
    expect((await checkExercises(payload, g1.id, preset.exercises ?? [])).every((r) => r.passed)).toBe(true)
    expect((await checkExercises(payload, g2.id, preset.exercises ?? [])).some((r) => r.passed)).toBe(false)
    // A copied group is checked exactly as the imported one was when fresh.
    for (const group of made.groups.slice(1))
      expect((await checkExercises(payload, group.id, preset.exercises ?? [])).map((r) => [r.key, r.passed, r.found])).toEqual(
        fresh.map((r) => [r.key, r.passed, r.found]),
      )
  })
})

describe('resetting a group', () => {
  it('brings it back exactly to the preset; the students can still sign in', async () => {
    const [, , g3] = made.groups
    const before = await snapshot(g3.id)
    await payload.create({
      collection: 'accounts',
      data: { tenant: g3.id, name: '学生加的客户', code: 'S-1' },
      overrideAccess: true,
    })
    const product = (await payload.find({ collection: 'products', where: { tenant: { equals: g3.id } }, overrideAccess: true }))
      .docs[0]
    await payload.update({ collection: 'products', id: product.id, data: { unitPrice: '9.90' } as never, overrideAccess: true })
    await payload.create({
      collection: 'dictionaries',
      data: { tenant: g3.id, key: 'student-made', nameZh: '学生字典', nameEn: 'Student list', options: [] },
      overrideAccess: true,
    })
    expect(await snapshot(g3.id)).not.toBe(before)
    // The group knows its preset (the class was made from the installed one).
    const own = await presetOfGroup(payload, g3.id)
    expect(canonical(own?.bundle)).toBe(canonical(preset))
    // The class left a pristine copy of its preset, which the reset copies instead of importing again.
    expect(await findTemplate(payload, own?.bundle as Bundle, 'zh')).not.toBeNull()
    await resetGroup(payload, g3.id, own?.bundle as Bundle)
    expect(await snapshot(g3.id)).toBe(before)
    const student = made.credentials.find((c) => c.group === g3.name) as Credential
    expect(await api.login(student.email, student.password)).toMatch(/\S/)
  })
})
