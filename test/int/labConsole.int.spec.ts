import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import type { Id } from '../../src/access/types'
import { parseCsv } from '../../src/import/parse/csv'
import { exportBundle } from '../../src/labs/bundle/exportBundle'
import type { Bundle } from '../../src/labs/bundle/format'
import { canonical } from '../../src/labs/bundle/references'
import { createClass } from '../../src/labs/classes/createClass'
import { Api, type Caller } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createSuperAdmin, createTenant, PASSWORD } from '../helpers/tenants'

/**
 * The teacher's console API over Payload's REST handler: a teacher creates a class from a small preset
 * (NDJSON progress in order, then the logins CSV, whose logins work), bad input is a 400 naming the
 * field, another teacher and a student are kept out, the progress table follows a group's work, a
 * reset and a snapshot's restore give back exactly the state they promise, and a closed class shuts its
 * students out while its teacher still reads it.
 */
let payload: Payload
let api: Api
let presetId: Id
let teacherA: Caller
let teacherB: Caller
let root: Caller
let companyAdmin: Caller
type Line = { type: string; [key: string]: unknown }
let lines: Line[] = []
let classId: Id
let groups: { id: Id; name: string; slug: string; students: { id: Id; name: string; email: string }[] }[]
let logins: { name: string; group: string; email: string; password: string }[]

const state = async (tenant: Id) => {
  const { bundle } = await exportBundle(payload, tenant, 'x', { data: true })
  return canonical({ config: bundle.config, records: bundle.records })
}

/** A teacher: a user with the built-in teacher role in their school (a company), teaching no class yet. */
async function makeTeacher(slug: string): Promise<Caller> {
  const home = await payload.create({
    collection: 'tenants',
    data: { name: `School ${slug}`, slug, kind: 'company', language: 'en' },
    overrideAccess: true,
  })
  const roles = await ensureBuiltInRoles(payload, home.id, 'en')
  const email = `teacher@${slug}.test`
  await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: `Teacher ${slug}`,
      language: 'en',
      memberships: [{ tenant: home.id, roles: [roles.teacher] }],
    },
    overrideAccess: true,
  })
  return { token: await api.login(email, PASSWORD) }
}

/** POST /api/labs/classes read line by line as the stream arrives. */
async function createClassStreamed(caller: Caller, body: unknown): Promise<{ status: number; type: string; lines: Line[] }> {
  const request = new Request('http://localhost/api/labs/classes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${caller.token}` },
    body: JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: process.env.DATABASE_URL })
  const read: Line[] = []
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  let rest = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    rest += decoder.decode(value, { stream: true })
    const complete = rest.split('\n')
    rest = complete.pop() ?? ''
    for (const line of complete) if (line.trim()) read.push(JSON.parse(line))
  }
  expect(rest).toBe('') // every line ends with a newline
  return { status: response.status, type: response.headers.get('content-type') ?? '', lines: read }
}

const accountsOf = async (group: Id) =>
  (
    await payload.find({
      collection: 'accounts',
      where: { tenant: { equals: group } },
      sort: 'id',
      overrideAccess: true,
      limit: 100,
    })
  ).docs as unknown as { id: Id; name: string; code?: string }[]

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  // A small preset: a company made the way the groups should start, exported with its data.
  const model = await createTenant(payload, 'lc-model')
  const make = (collection: string, data: Record<string, unknown>) =>
    payload.create({ collection: collection as 'accounts', data: { tenant: model.id, ...data }, overrideAccess: true })
  const east = await make('accounts', { name: '华东饮料有限公司', code: 'C-EAST' })
  await make('accounts', { name: '华南食品有限公司', code: 'C-SOUTH' })
  await make('products', { name: '矿泉水 550ml', code: 'BEV-001', unitPrice: '2.50' })
  await make('opportunities', { name: '华东年度采购', account: east.id, amount: '120000.00', stage: 'qualification' })
  const bundle: Bundle = {
    ...(await exportBundle(payload, model.id, '控制台测试', { data: true })).bundle,
    exercises: [
      {
        key: 'three-accounts',
        title: { zh: '新建三个客户', en: 'Create three accounts' },
        check: { collection: 'accounts', where: { code: { exists: true } }, atLeast: 5 },
      },
      {
        key: 'win-east',
        title: { zh: '推进华东年度采购到签约', en: 'Take the East deal to contract' },
        check: {
          collection: 'opportunities',
          where: { account: { equals: { $ref: 'records/accounts/C-EAST' } }, stage: { equals: 'closedWon' } },
        },
      },
    ],
  }
  presetId = (
    await payload.create({
      collection: 'lab-presets',
      data: { key: 'console-test', name: '控制台测试预设', language: 'zh', bundle },
      overrideAccess: true,
    })
  ).id
  teacherA = await makeTeacher('lc-home-a')
  teacherB = await makeTeacher('lc-home-b')
  const admin = await createSuperAdmin(payload, 'root@lc.test')
  root = { token: await api.login(admin.email, PASSWORD) }
  const company = await createTenant(payload, 'lc-company')
  companyAdmin = { token: await api.login(company.people.admin.email, PASSWORD) }
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

const goodClass = { name: '2026 秋 控制台', slug: 'lc-autumn', language: 'zh', groups: 2, students: ['张三', '李四', '王五'] }

describe('who may use the console', () => {
  it('refuses the signed out (401) and a company admin who teaches nothing (403)', async () => {
    expect((await api.rest('GET', '/labs/classes')).status).toBe(401)
    const other = await api.rest('GET', '/labs/classes', { ...companyAdmin, headers: { 'accept-language': 'en' } })
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toMatch(/teacher/)
    expect((await api.rest('POST', '/labs/classes', companyAdmin, { ...goodClass, preset: presetId })).status).toBe(403)
  })
})

describe('creating a class', () => {
  it('refuses bad input with a 400 naming the field, before anything is made', async () => {
    const tenantsBefore = (await payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ' }, 'name'],
      [{ slug: 'Bad Slug!' }, 'slug'],
      [{ slug: 'lc-home-a' }, 'slug'], // taken by another tenant
      [{ language: 'fr' }, 'language'],
      [{ preset: 999999 }, 'preset'],
      [{ groups: 0 }, 'groups'],
      [{ groups: 201 }, 'groups'],
      [{ groups: 1.5 }, 'groups'],
      [{ students: [] }, 'students'],
      [{ students: Array.from({ length: 2001 }, (_, i) => `s${i}`) }, 'students'],
      [{ students: ['张三', ''] }, 'students.1'],
      [{ students: ['张三', 7] }, 'students.1'],
    ]
    for (const [change, field] of cases) {
      const res = await api.rest('POST', '/labs/classes', teacherA, { ...goodClass, preset: presetId, ...change })
      expect(res.status, JSON.stringify(change)).toBe(400)
      expect(res.body.errors[0].field).toBe(field)
      expect(res.body.errors[0].message).toMatch(/\S/)
    }
    // In the caller's language.
    const zh = await api.rest(
      'POST',
      '/labs/classes',
      { ...teacherA, headers: { 'accept-language': 'zh' } },
      { ...goodClass, preset: presetId, groups: 0 },
    )
    expect(zh.body.errors[0].message).toContain('小组数')
    expect((await payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs).toBe(tenantsBefore)
  })

  it('streams its progress in order, ends with the logins as CSV, and those logins work', async () => {
    const res = await createClassStreamed(teacherA, { ...goodClass, preset: presetId })
    lines = res.lines
    expect(res.status).toBe(200)
    expect(res.type).toContain('application/x-ndjson')
    expect(lines.slice(0, -1)).toEqual([
      { type: 'progress', step: 'group', done: 1, total: 2 },
      { type: 'progress', step: 'group', done: 2, total: 2 },
      { type: 'progress', step: 'students', done: 3, total: 3 },
    ])
    const done = lines.at(-1) as Line
    expect(done.type).toBe('done')
    classId = done.class as Id
    const rows = parseCsv(String(done.credentialsCsv).replace(/^\uFEFF/, ''))
    expect(rows[0]).toEqual(['姓名', '小组', '登录邮箱', '初始密码'])
    logins = rows.slice(1).map(([name, group, email, password]) => ({ name, group, email, password }))
    expect(logins.map((l) => l.name)).toEqual(['张三', '李四', '王五'])
    for (const login of logins) expect(await api.login(login.email, login.password)).toMatch(/\S/)
    // Passwords are never stored in clear.
    const stored = JSON.stringify(
      await payload.find({ collection: 'users', overrideAccess: true, limit: 1000, showHiddenFields: true }),
    )
    for (const login of logins) expect(stored).not.toContain(login.password)
  })

  it('ends the stream with an error line when the work fails midway', async () => {
    // A preset whose account names an owner who is no member of the group: loading it fails.
    const broken = await payload.create({
      collection: 'lab-presets',
      data: {
        key: 'console-broken',
        name: '坏预设',
        language: 'zh',
        bundle: {
          format: 'formwork-bundle',
          version: 1,
          name: '坏预设',
          config: {},
          records: { accounts: [{ key: 'X-1', values: { name: '无主客户', code: 'X-1', owner: { $user: 'nobody@lc.test' } } }] },
        },
      },
      overrideAccess: true,
    })
    const memberships = async () =>
      (
        (
          await payload.find({
            collection: 'users',
            where: { email: { equals: 'teacher@lc-home-a.test' } },
            overrideAccess: true,
          })
        ).docs[0] as unknown as { memberships: unknown[] }
      ).memberships.length
    const before = {
      tenants: (await payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs,
      memberships: await memberships(),
    }
    // Twice with the same slug: the failed class is taken back whole, so the second try is not refused as taken.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const res = await createClassStreamed(teacherA, { ...goodClass, slug: 'lc-broken', preset: broken.id, groups: 1 })
      expect(res.status).toBe(200)
      const last = res.lines.at(-1) as Line
      expect(last.type).toBe('error')
      expect(String(last.message)).toContain('nobody@lc.test')
      expect(res.lines.some((l) => l.type === 'done')).toBe(false)
    }
    // Nothing of it is left: no class, no group (nor their roles), no student login, no teacher membership.
    expect((await payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs).toBe(before.tenants)
    expect(
      (await payload.count({ collection: 'tenants', where: { slug: { like: 'lc-broken' } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
    expect(
      (await payload.count({ collection: 'users', where: { email: { like: 'lc-broken-s' } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
    expect(await memberships()).toBe(before.memberships)
  })

  it('lists the class for its teacher (and a super admin), not for another teacher', async () => {
    const mine = await api.rest('GET', '/labs/classes?page=1&limit=20', teacherA)
    expect(mine.status).toBe(200)
    const row = mine.body.docs.find((d: { id: Id }) => String(d.id) === String(classId))
    expect(row).toMatchObject({
      name: '2026 秋 控制台',
      slug: 'lc-autumn',
      language: 'zh',
      preset: { id: presetId, name: '控制台测试预设' },
      groups: 2,
      students: 3,
      closed: false,
    })
    expect(mine.body).toMatchObject({ page: 1, totalPages: 1 })
    expect(mine.body.totalDocs).toBe(mine.body.docs.length)
    const theirs = await api.rest('GET', '/labs/classes', teacherB)
    expect(theirs.body.docs.map((d: { id: Id }) => String(d.id))).not.toContain(String(classId))
    const all = await api.rest('GET', '/labs/classes?limit=100', root)
    expect(all.body.docs.map((d: { id: Id }) => String(d.id))).toContain(String(classId))
  })

  it('shows the class with its groups, their students, exercise results and snapshot counts', async () => {
    const res = await api.rest('GET', `/labs/classes/${classId}`, teacherA)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: classId, slug: 'lc-autumn', closed: false, preset: { id: presetId } })
    expect(res.body.exercises.map((e: { key: string }) => e.key)).toEqual(['three-accounts', 'win-east'])
    groups = res.body.groups
    expect(groups.map((g) => g.slug)).toEqual(['lc-autumn-g1', 'lc-autumn-g2'])
    expect(groups[0].students.map((s) => s.name)).toEqual(['张三', '王五'])
    expect(groups[1].students.map((s) => s.email)).toEqual([logins[1].email])
    expect(res.body.groups[0]).toMatchObject({
      results: [
        { key: 'three-accounts', passed: false, found: 2, needed: 5 },
        { key: 'win-east', passed: false, found: 0, needed: 1 },
      ],
      passed: 0,
      total: 2,
      snapshots: 0,
    })
  })
})

describe('another teacher and a student', () => {
  it('another teacher finds nothing of the class, its groups or its snapshots', async () => {
    const snap = await api.rest('POST', `/labs/groups/${groups[1].id}/snapshots`, teacherA, { name: 'for B to try' })
    expect(snap.status).toBe(201)
    const before = await state(groups[1].id)
    const refused = (status: number) => expect([403, 404]).toContain(status)
    refused((await api.rest('GET', `/labs/classes/${classId}`, teacherB)).status)
    refused((await api.rest('POST', `/labs/classes/${classId}/close`, teacherB)).status)
    refused((await api.rest('POST', `/labs/groups/${groups[1].id}/reset`, teacherB)).status)
    refused((await api.rest('GET', `/labs/groups/${groups[1].id}/snapshots`, teacherB)).status)
    refused((await api.rest('POST', `/labs/groups/${groups[1].id}/snapshots`, teacherB, { name: 'x' })).status)
    refused((await api.rest('POST', `/labs/snapshots/${snap.body.id}/restore`, teacherB)).status)
    refused((await api.rest('GET', `/lab-snapshots/${snap.body.id}`, teacherB)).status)
    expect(await state(groups[1].id)).toBe(before)
    expect((await payload.findByID({ collection: 'tenants', id: classId, overrideAccess: true })).closedAt ?? null).toBeNull()
  })

  it('a student is refused (403) and cannot read the snapshots of their own group', async () => {
    const student = { token: await api.login(logins[1].email, logins[1].password) }
    expect((await api.rest('GET', '/labs/classes', student)).status).toBe(403)
    expect((await api.rest('GET', `/labs/classes/${classId}`, student)).status).toBe(403)
    expect((await api.rest('POST', `/labs/groups/${groups[1].id}/reset`, student)).status).toBe(403)
    expect((await api.rest('POST', `/labs/groups/${groups[1].id}/snapshots`, student, { name: 'x' })).status).toBe(403)
    const list = await api.rest('GET', '/lab-snapshots?depth=0', student)
    expect(list.status === 403 || list.body.docs.length === 0).toBe(true)
    const snap = (
      await payload.find({ collection: 'lab-snapshots', where: { tenant: { equals: groups[1].id } }, overrideAccess: true })
    ).docs[0]
    expect([403, 404]).toContain((await api.rest('GET', `/lab-snapshots/${snap.id}`, student)).status)
    // Their teacher reads them.
    const teacherList = await api.rest('GET', '/lab-snapshots?depth=0', teacherA)
    expect(teacherList.body.docs.map((d: { id: Id }) => String(d.id))).toContain(String(snap.id))
  })
})

describe('the progress table', () => {
  it('shows an exercise passing once the group has solved it, and only for that group', async () => {
    const student = { token: await api.login(logins[0].email, logins[0].password) }
    for (const code of ['N-1', 'N-2', 'N-3']) {
      const res = await api.rest('POST', '/accounts', student, { name: `新客户 ${code}`, code })
      expect(res.status).toBe(201)
    }
    const res = await api.rest('GET', `/labs/classes/${classId}`, teacherA)
    const [g1, g2] = res.body.groups
    expect(g1.results[0]).toEqual({ key: 'three-accounts', passed: true, found: 5, needed: 5 })
    expect(g1).toMatchObject({ passed: 1, total: 2 })
    expect(g2).toMatchObject({ passed: 0, total: 2 })
  })
})

describe('reset, snapshot and restore', () => {
  it('a reset brings a group back exactly to the preset; its students still sign in', async () => {
    const fresh = await state(groups[1].id) // g2 is as the preset made it
    expect(await state(groups[0].id)).not.toBe(fresh)
    const res = await api.rest('POST', `/labs/groups/${groups[0].id}/reset`, teacherA)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ok: true })
    expect(await state(groups[0].id)).toBe(fresh)
    expect(await api.login(logins[0].email, logins[0].password)).toMatch(/\S/)
  })

  it('a restore makes the group exactly the snapshot, whatever happened since', async () => {
    const group = groups[0].id
    const student = { token: await api.login(logins[0].email, logins[0].password) }
    await api.rest('POST', '/accounts', student, { name: '快照前的客户', code: 'SNAP-1' })
    const product = (await payload.find({ collection: 'products', where: { tenant: { equals: group } }, overrideAccess: true }))
      .docs[0]
    expect((await api.rest('PATCH', `/products/${product.id}`, student, { unitPrice: '3.10' })).status).toBe(200)
    const saved = await state(group)
    const snap = await api.rest('POST', `/labs/groups/${group}/snapshots`, teacherA, { name: '期中' })
    expect(snap.status).toBe(201)
    expect(snap.body).toMatchObject({ name: '期中' })
    expect(snap.body.createdAt).toMatch(/\S/)
    const list = await api.rest('GET', `/labs/groups/${group}/snapshots?page=1&limit=20`, teacherA)
    expect(list.body).toMatchObject({ totalDocs: 1, page: 1, totalPages: 1 })
    expect(list.body.docs[0]).toMatchObject({ id: snap.body.id, name: '期中', records: expect.any(Number) })
    expect(list.body.docs[0].records).toBeGreaterThanOrEqual(5)
    // The group carries on: a record removed, another added, a price changed again, a dictionary added.
    const accounts = await accountsOf(group)
    const south = accounts.find((a) => a.code === 'C-SOUTH') as { id: Id }
    await payload.delete({ collection: 'accounts', id: south.id, overrideAccess: true })
    await api.rest('POST', '/accounts', student, { name: '快照后的客户', code: 'SNAP-2' })
    await api.rest('PATCH', `/products/${product.id}`, student, { unitPrice: '9.90' })
    await payload.create({
      collection: 'dictionaries',
      data: { tenant: group, key: 'after-snapshot', nameZh: '之后', nameEn: 'After', options: [] },
      overrideAccess: true,
    })
    expect(await state(group)).not.toBe(saved)
    const restored = await api.rest('POST', `/labs/snapshots/${snap.body.id}/restore`, teacherA)
    expect(restored.status).toBe(200)
    expect(restored.body).toEqual({ ok: true })
    expect(await state(group)).toBe(saved)
    const detail = await api.rest('GET', `/labs/classes/${classId}`, teacherA)
    expect(detail.body.groups[0].snapshots).toBe(1)
  })

  it('a group made from a bundle file has no preset to reset to: 400 naming the preset', async () => {
    const preset = (await payload.findByID({ collection: 'lab-presets', id: presetId, overrideAccess: true })) as unknown as {
      bundle: Bundle
    }
    const teacher = (
      await payload.find({ collection: 'users', where: { email: { equals: 'teacher@lc-home-a.test' } }, overrideAccess: true })
    ).docs[0]
    const fromFile = await createClass(payload, {
      name: '文件班',
      slug: 'lc-file',
      language: 'en',
      preset: preset.bundle,
      groups: 1,
      students: [],
      teacher: teacher.id,
    })
    const res = await api.rest('POST', `/labs/groups/${fromFile.groups[0].id}/reset`, {
      ...teacherA,
      headers: { 'accept-language': 'en' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toMatchObject({ field: 'preset', message: expect.stringContaining('no preset') })
  })

  it('a snapshot needs a name', async () => {
    const res = await api.rest('POST', `/labs/groups/${groups[0].id}/snapshots`, teacherA, { name: '' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('name')
  })
})

describe('closing the class', () => {
  it('shuts its students out; the teacher still reads; acting on it is a 409', async () => {
    const student = logins[0]
    const oldToken = { token: await api.login(student.email, student.password) }
    const closed = await api.rest('POST', `/labs/classes/${classId}/close`, teacherA)
    expect(closed.status).toBe(200)
    expect(closed.body).toEqual({ ok: true, closed: true })
    // Cannot sign in, with a message that says why.
    const login = await api.rest(
      'POST',
      '/users/login',
      { headers: { 'accept-language': 'en' } },
      { email: student.email, password: student.password },
    )
    expect(login.status).toBe(401)
    expect(JSON.stringify(login.body)).toContain('class has been closed')
    // A session opened before reaches nothing.
    const list = await api.rest('GET', '/accounts?limit=5', oldToken)
    expect(list.status === 403 || list.body.docs.length === 0).toBe(true)
    expect((await api.rest('POST', '/accounts', oldToken, { name: '结课后', code: 'LATE' })).status).toBe(403)
    expect((await api.rest('GET', '/accounts?limit=5', { ...oldToken, tenant: groups[0].id })).status).toBe(403)
    // The teacher still reads the class and its groups' records (grading), but writes nothing there.
    const detail = await api.rest('GET', `/labs/classes/${classId}`, teacherA)
    expect(detail.status).toBe(200)
    expect(detail.body.closed).toBe(true)
    const records = await api.rest('GET', '/accounts?limit=100', { ...teacherA, tenant: groups[0].id })
    expect(records.status).toBe(200)
    expect(records.body.docs.length).toBeGreaterThan(0)
    for (const tenant of [classId, groups[0].id])
      expect((await api.rest('POST', '/accounts', { ...teacherA, tenant }, { name: '教师结课后', code: 'T-LATE' })).status).toBe(
        403,
      )
    expect((await api.rest('PATCH', `/tenants/${classId}`, { ...teacherA, tenant: classId }, { name: '改名' })).status).toBe(403)
    expect(
      (await api.rest('GET', '/labs/classes', teacherA)).body.docs.find((d: { id: Id }) => String(d.id) === String(classId))
        .closed,
    ).toBe(true)
    // Acting on it is refused, with a message naming the class.
    const snap = (
      await payload.find({ collection: 'lab-snapshots', where: { tenant: { equals: groups[0].id } }, overrideAccess: true })
    ).docs[0]
    for (const [path, body] of [
      [`/labs/groups/${groups[0].id}/reset`, undefined],
      [`/labs/groups/${groups[0].id}/snapshots`, { name: '结课后' }],
      [`/labs/snapshots/${snap.id}/restore`, undefined],
    ] as const) {
      const res = await api.rest('POST', path, teacherA, body)
      expect(res.status, path).toBe(409)
      expect(res.body.errors[0].message).toContain('2026 秋 控制台')
    }
  })
})
