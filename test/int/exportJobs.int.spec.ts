import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { PAGE_SIZE } from '../../src/exports/exportRows'
import { runExportJob } from '../../src/exports/jobs/runExportJob'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Large list exports through the jobs queue: the job counts the rows up front, writes the file page by
 * page as the user who asked (hidden fields left out, masked ones masked, only their rows), shows its
 * progress, can be cancelled, and its file is its requester's alone.
 */
let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
const tokens: Record<string, string> = {}
const ROWS = PAGE_SIZE + 7

const as = (who: string, lang = 'zh-CN') => ({ token: tokens[who], headers: { 'accept-language': lang } })
const job = async (id: Id) =>
  (await payload.findByID({ collection: 'export-jobs', id, depth: 0, overrideAccess: true })) as unknown as {
    status: string
    total: number
    done: number
    fileName: string
  }
const runQueue = () => payload.jobs.run({ queue: 'exports', limit: 10 })

beforeAll(async () => {
  process.env.FORMWORK_EXPORTS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'formwork-exports-'))
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'exportjobs')
  other = await createTenant(payload, 'exportjobs-b')
  for (const who of ['admin', 'repRoot', 'repOther'] as const) tokens[who] = await api.login(t.people[who].email, PASSWORD)
  tokens.otherAdmin = await api.login(other.people.admin.email, PASSWORD)
  const schema = {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      secret: { ...defineField('text'), 'x-permissions': { sales: 'hidden' } },
      hotline: { ...defineField('phone'), 'x-permissions': { sales: 'masked' } },
    },
  }
  const draft = await api.rest('POST', '/entity-schemas', as('admin'), {
    entity: 'accounts',
    schema,
    fieldPermissions: { website: { sales: 'hidden' }, bankAccount: { sales: 'masked' } },
  })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  expect((await api.rest('POST', `/entity-schemas/${draft.body.doc.id}/publish`, as('admin'))).status).toBe(200)
  const create = (i: number, owner: Id) =>
    payload.create({
      collection: 'accounts',
      data: {
        tenant: t.id,
        owner,
        department: t.departments.root,
        name: `导出客户 ${String(i).padStart(4, '0')}`,
        website: 'https://secret.example.com',
        bankAccount: '6222020200112233',
        custom: { secret: 'do not export', hotline: '13812345678' },
      } as never,
      overrideAccess: true,
    })
  for (let i = 0; i < ROWS; i += 25)
    await Promise.all(Array.from({ length: Math.min(25, ROWS - i) }, (_, k) => create(i + k, t.people.repRoot.id)))
  // Not the rep's: never in their file.
  for (let i = 0; i < 5; i++) await create(9000 + i, t.people.repOther.id)
}, 600_000) // five hundred customers through every hook

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('export jobs', () => {
  it('writes every row the rep may read, page by page, with hidden fields left out and masked ones masked', async () => {
    const started = await api.rest('POST', '/accounts/export-jobs', as('repRoot'), {
      format: 'csv',
      columns: 'name,website,bankAccount,custom.secret,custom.hotline',
      sort: 'name',
    })
    expect(started.status, JSON.stringify(started.body)).toBe(201)
    const id = started.body.doc.id
    expect(started.body.doc.total).toBe(ROWS)
    expect((await job(id)).status).toBe('queued')
    expect((await api.rest('GET', `/export-jobs/${id}/file`, as('repRoot'))).status).toBe(409)

    await runQueue()
    const finished = await job(id)
    expect(finished.status).toBe('done')
    expect(finished.done).toBe(ROWS)
    const file = await api.restRaw('GET', `/export-jobs/${id}/file`, as('repRoot'))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toContain('.csv')
    const lines = file.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines).toHaveLength(ROWS + 1)
    const header = lines[0].split(',')
    expect(header).toHaveLength(3) // name, bank account (masked), hotline (masked)
    expect(lines[1]).toContain('导出客户 0000')
    expect(lines[ROWS]).toContain(`导出客户 ${String(ROWS - 1).padStart(4, '0')}`)
    const body = lines.slice(1).join('\n')
    expect(body).not.toContain('secret.example.com')
    expect(body).not.toContain('do not export')
    expect(body).not.toContain('6222020200112233')
    expect(body).not.toContain('13812345678')
    expect(body).toContain('138****5678')
    expect(body).not.toContain('导出客户 9000')
  })

  it('shows progress while it runs, and a cancelled export stops at the next page and leaves no file', async () => {
    const started = await api.rest('POST', '/accounts/export-jobs', as('repRoot'), { format: 'xlsx', columns: 'name' })
    const id = started.body.doc.id
    const progress: number[] = []
    const outcome = await runExportJob(payload, id, async () => {
      progress.push((await job(id)).done)
      if (progress.length === 1) expect((await api.rest('POST', `/export-jobs/${id}/cancel`, as('repRoot'))).status).toBe(200)
    })
    expect(outcome).toBe('cancelled')
    expect(progress).toEqual([PAGE_SIZE])
    const cancelled = await job(id)
    expect(cancelled.status).toBe('cancelled')
    expect((await api.rest('GET', `/export-jobs/${id}/file`, as('repRoot'))).status).toBe(409)
    expect(fs.readdirSync(process.env.FORMWORK_EXPORTS_DIR as string).filter((f) => f.includes(`-${id}.`))).toEqual([])
  })

  it('counts its progress page by page until every row is written', async () => {
    const started = await api.rest('POST', '/accounts/export-jobs', as('repRoot'), { format: 'csv', columns: 'name' })
    const progress: number[] = []
    expect(await runExportJob(payload, started.body.doc.id, async (done) => void progress.push(done))).toBe('done')
    expect(progress).toEqual([PAGE_SIZE, ROWS])
  })

  it('is its requester’s alone: a colleague or another company can neither see, download nor cancel it', async () => {
    const started = await api.rest('POST', '/accounts/export-jobs', as('repRoot'), { format: 'csv', columns: 'name' })
    const id = started.body.doc.id
    await runQueue()
    for (const who of ['repOther', 'admin', 'otherAdmin']) {
      expect((await api.rest('GET', `/export-jobs/${id}`, as(who))).status).toBe(404)
      expect((await api.rest('GET', `/export-jobs/${id}/file`, as(who))).status).toBe(404)
      expect((await api.rest('POST', `/export-jobs/${id}/cancel`, as(who))).status).toBe(404)
    }
    expect((await api.rest('GET', `/export-jobs/${id}/file`, as('repRoot'))).status).toBe(200)
    expect((await api.rest('POST', `/export-jobs/${id}/cancel`, as('repRoot'))).status).toBe(409)
  })

  it('refuses a bad format or column up front, naming it, and starts nothing', async () => {
    const before = (await payload.count({ collection: 'export-jobs', overrideAccess: true })).totalDocs
    const format = await api.rest('POST', '/accounts/export-jobs', as('repRoot', 'en'), { format: 'pdf' })
    expect(format.status).toBe(400)
    expect(format.body.errors[0].data.errors[0].path).toBe('format')
    const column = await api.rest('POST', '/accounts/export-jobs', as('repRoot', 'en'), { format: 'csv', columns: 'name,nope' })
    expect(column.status).toBe(400)
    expect(JSON.stringify(column.body)).toContain('nope')
    expect((await payload.count({ collection: 'export-jobs', overrideAccess: true })).totalDocs).toBe(before)
  })
})
