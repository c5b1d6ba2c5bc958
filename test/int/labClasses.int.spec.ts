import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { exportBundle } from '../../src/labs/bundle/exportBundle'
import type { Bundle } from '../../src/labs/bundle/format'
import { canonical } from '../../src/labs/bundle/references'
import { type ClassProgress, type Credential, createClass } from '../../src/labs/classes/createClass'
import { credentialsCsv, studentNames } from '../../src/labs/classes/credentialsCsv'
import { presetOfGroup } from '../../src/labs/classes/presetOfGroup'
import { resetGroup } from '../../src/labs/classes/resetGroup'
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
    await resetGroup(payload, g3.id, own?.bundle as Bundle)
    expect(await snapshot(g3.id)).toBe(before)
    const student = made.credentials.find((c) => c.group === g3.name) as Credential
    expect(await api.login(student.email, student.password)).toMatch(/\S/)
  })
})
