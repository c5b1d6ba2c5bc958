import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { closeBrowser } from '../../src/pdf/chromium'
import { shutdownRenderers } from '../../templates'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}
let quoteId: Id
let zhTemplate: { id: Id; source: string }

const as = (who: string, lang = 'en') => ({ token: tokens[who], headers: { 'accept-language': lang } })

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'printing')
  await payload.update({
    collection: 'tenants',
    id: t.id,
    data: {
      legalName: '示例科技有限公司',
      address: '上海市浦东新区世纪大道 100 号',
      phone: '021-5555 0100',
      baseCurrency: 'CNY',
    },
    overrideAccess: true,
  })
  for (const who of ['admin', 'repRoot', 'repOther'] as const) tokens[who] = await api.login(t.people[who].email, PASSWORD)
  const account = await payload.create({
    collection: 'accounts',
    data: { tenant: t.id, name: '华东精密机械有限公司', owner: t.people.repRoot.id, department: t.departments.root },
    overrideAccess: true,
  })
  const quote = await payload.create({
    collection: 'quotes',
    data: {
      tenant: t.id,
      number: 'Q-2026-0042',
      subject: '数控机床年度维护',
      account: account.id,
      owner: t.people.repRoot.id,
      department: t.departments.root,
      currency: 'CNY',
      items: [
        { description: '主轴保养套件', quantity: '3', unitPrice: '19.99', taxRate: '13' },
        { description: '现场服务', quantity: '1', unitPrice: '0.10', taxRate: '0' },
        { description: '差旅费', quantity: '1', unitPrice: '0.20', taxRate: '0' },
      ],
    },
    overrideAccess: true,
  })
  quoteId = quote.id
  const { docs } = await payload.find({
    collection: 'export-templates',
    where: { and: [{ tenant: { equals: t.id } }, { entity: { equals: 'quotes' } }, { language: { equals: 'zh' } }] },
    overrideAccess: true,
  })
  zhTemplate = docs[0] as unknown as { id: Id; source: string }
})

afterAll(async () => {
  await closeBrowser()
  await shutdownRenderers()
  await shutdownPayload(payload)
})

describe('default templates', () => {
  it('a new tenant has a quote, sales order, purchase order and invoice template in Chinese and English', async () => {
    const { docs } = await payload.find({
      collection: 'export-templates',
      where: { tenant: { equals: t.id } },
      pagination: false,
      overrideAccess: true,
    })
    const kinds = docs.map((d) => `${d.entity}/${d.language}`).sort()
    expect(kinds).toEqual(['invoices', 'purchase-orders', 'quotes', 'sales-orders'].flatMap((e) => [`${e}/en`, `${e}/zh`]).sort())
    // The tenant speaks English: its English templates are the defaults.
    expect(docs.filter((d) => d.isDefault).every((d) => d.language === 'en')).toBe(true)
    expect(docs.filter((d) => d.isDefault)).toHaveLength(4)
  })
})

describe('template validation', () => {
  it('a source that does not compile is refused with 400 naming source, with its line and column', async () => {
    const res = await api.rest('POST', '/export-templates', as('admin'), {
      name: 'Broken',
      entity: 'quotes',
      language: 'en',
      source: '<h1>{{doc.number}}</h1>\n<p>{{#if doc.subject}}open</p>',
    })
    expect(res.status).toBe(400)
    const error = res.body.errors[0].data.errors[0]
    expect(error.path).toBe('source')
    expect(error.message).toMatch(/Line \d+, column \d+/)
    expect(
      await payload.count({ collection: 'export-templates', where: { name: { equals: 'Broken' } }, overrideAccess: true }),
    ).toEqual(expect.objectContaining({ totalDocs: 0 }))
  })

  it('a broken partial is refused naming the partial', async () => {
    const res = await api.rest('POST', '/export-templates', as('admin', 'zh'), {
      name: 'Broken partial',
      entity: 'quotes',
      language: 'zh',
      source: '{{> header}}',
      partials: { header: '{{#each doc.items}}' },
    })
    expect(res.status).toBe(400)
    const error = res.body.errors[0].data.errors[0]
    expect(error.path).toBe('partials.header')
    expect(error.message).toMatch(/第 \d+ 行，第 \d+ 列/)
  })
})

describe('preview', () => {
  it('renders unsaved source on a chosen record, with labels in the template language', async () => {
    const res = await api.rest('POST', '/export-templates/preview', as('admin'), {
      source: '<p>{{doc.number}} · {{doc.account.name}} · {{doc.total}} · {{label "total"}}</p>',
      entity: 'quotes',
      recordId: quoteId,
      language: 'zh',
    })
    expect(res.status).toBe(200)
    expect(res.body.html).toContain('Q-2026-0042 · 华东精密机械有限公司 · 68.07 · 合计')
  })

  it('a compile error comes back as 400 with its line and column', async () => {
    const res = await api.rest('POST', '/export-templates/preview', as('admin'), {
      source: 'line one\nline two {{#each doc.items}}',
      entity: 'quotes',
      recordId: quoteId,
      language: 'en',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toEqual(
      expect.objectContaining({ path: 'source', line: expect.any(Number), column: expect.any(Number) }),
    )
    expect(res.body.errors[0].message).toMatch(/^Line \d+, column \d+: /)
  })

  it('is for template editors only, and never shows a record the user may not read', async () => {
    const body = { source: '{{doc.number}}', entity: 'quotes', recordId: quoteId, language: 'en' }
    expect((await api.rest('POST', '/export-templates/preview', as('repOther'), body)).status).toBe(403)
    // Granted template editing, a rep still reads only their own quotes.
    await payload.update({
      collection: 'roles',
      id: t.roles.sales,
      data: {
        permissions: [
          ...((await payload.findByID({ collection: 'roles', id: t.roles.sales, overrideAccess: true })).permissions ?? []),
          { collection: 'export-templates', actions: ['read', 'update'], scope: 'all' },
        ],
      },
      overrideAccess: true,
    })
    expect([403, 404]).toContain((await api.rest('POST', '/export-templates/preview', as('repOther'), body)).status)
    expect((await api.rest('POST', '/export-templates/preview', as('repRoot'), body)).status).toBe(200)
  })
})

describe('printing', () => {
  it('prints HTML named after the document number', async () => {
    const res = await api.restRaw('POST', `/export-templates/${zhTemplate.id}/render`, as('repRoot'), {
      recordId: quoteId,
      format: 'html',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain('filename="Q-2026-0042.html"')
    const html = res.bytes.toString('utf8')
    expect(html).toContain('报价单')
    expect(html).toContain('华东精密机械有限公司')
    expect(html).toContain('示例科技有限公司')
  })

  it('prints a Chinese quote to PDF whose text layer has the Chinese text and the total', async () => {
    const res = await api.restRaw('POST', `/export-templates/${zhTemplate.id}/render`, as('repRoot'), { recordId: quoteId })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('filename="Q-2026-0042.pdf"')
    expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const { text, pages } = await pdfText(res.bytes)
    expect(pages).toBeGreaterThanOrEqual(1)
    const flat = text.replace(/\s+/g, '')
    expect(flat).toContain('报价单')
    expect(flat).toContain('华东精密机械有限公司')
    expect(flat).toContain('主轴保养套件')
    expect(flat).toContain('68.07')
  })

  it('a user who may not read the record cannot print it', async () => {
    const res = await api.rest('POST', `/export-templates/${zhTemplate.id}/render`, as('repOther'), {
      recordId: quoteId,
      format: 'html',
    })
    expect([403, 404]).toContain(res.status)
  })

  it('without Chromium, PDF answers 503 saying how to install it, and HTML still prints', async () => {
    await closeBrowser()
    const before = process.env.FORMWORK_CHROMIUM_PATH
    process.env.FORMWORK_CHROMIUM_PATH = '/nonexistent/chromium'
    try {
      const pdf = await api.rest('POST', `/export-templates/${zhTemplate.id}/render`, as('repRoot'), { recordId: quoteId })
      expect(pdf.status).toBe(503)
      expect(pdf.body.errors[0].message).toContain('apt-get install chromium fonts-noto-cjk')
      expect(pdf.body.errors[0].message).toContain('FORMWORK_CHROMIUM_PATH')
      const html = await api.restRaw('POST', `/export-templates/${zhTemplate.id}/render`, as('repRoot'), {
        recordId: quoteId,
        format: 'html',
      })
      expect(html.status).toBe(200)
    } finally {
      if (before === undefined) delete process.env.FORMWORK_CHROMIUM_PATH
      else process.env.FORMWORK_CHROMIUM_PATH = before
    }
  })
})

const tenantOf = (doc: { tenant?: unknown }) =>
  doc.tenant && typeof doc.tenant === 'object' ? (doc.tenant as { id: unknown }).id : doc.tenant

describe('sending', () => {
  const outboxTo = async (address: string) =>
    (
      await payload.find({
        collection: 'outbox',
        where: { to: { contains: address } },
        overrideAccess: true,
        depth: 0,
        pagination: false,
      })
    ).docs as unknown as { subject: string; html: string; to: string; tenant: unknown }[]

  it('emails the rendered quote through the outbox, keeps a snapshot and logs it on the timeline', async () => {
    const res = await api.rest('POST', `/export-templates/${zhTemplate.id}/send`, as('repRoot'), {
      recordId: quoteId,
      to: 'buyer@huadong.example, 采购部 <x> , ',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('to')
    expect(await outboxTo('buyer@huadong.example')).toHaveLength(0)

    const sent = await api.rest('POST', `/export-templates/${zhTemplate.id}/send`, as('repRoot'), {
      recordId: quoteId,
      to: 'buyer@huadong.example；boss@huadong.example',
      message: '王经理您好：\n附上本次报价，请查收。',
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const [mail] = await outboxTo('buyer@huadong.example')
    expect(mail.to).toBe('buyer@huadong.example, boss@huadong.example')
    expect(mail.subject).toContain('Q-2026-0042')
    expect(mail.html).toContain('王经理您好：<br>附上本次报价，请查收。')
    expect(mail.html).toContain('华东精密机械有限公司')
    // The company's outbox holds it: its admins see what was sent in its name.
    expect(mail.tenant).toEqual(
      tenantOf(
        (await payload.findByID({ collection: 'quotes', id: quoteId, depth: 0, overrideAccess: true })) as { tenant?: unknown },
      ),
    )
    const activity = await payload.findByID({ collection: 'activities', id: sent.body.activity, depth: 0, overrideAccess: true })
    expect(activity.type).toBe('email')
    expect(activity.status).toBe('done')
    expect(activity.relatedTo).toEqual({ relationTo: 'quotes', value: quoteId })
    const snapshot = await payload.findByID({
      collection: 'document-snapshots',
      id: sent.body.snapshot,
      depth: 0,
      overrideAccess: true,
    })
    expect(snapshot.format).toBe('html')
    expect(snapshot.byteLength).toBe(Buffer.byteLength(mail.html))
  })

  it('sends any record a template exists for, and never one the user may not read', async () => {
    const account = await payload.create({
      collection: 'accounts',
      data: { tenant: t.id, name: '华南电子有限公司', owner: t.people.repRoot.id, department: t.departments.root },
      overrideAccess: true,
    })
    const template = await payload.create({
      collection: 'export-templates',
      data: {
        tenant: t.id,
        name: '客户资料卡',
        entity: 'accounts',
        language: 'zh',
        format: 'html',
        source: '<h1>{{doc.name}}</h1>',
      },
      overrideAccess: true,
    } as never)
    const refused = await api.rest('POST', `/export-templates/${template.id}/send`, as('repOther'), {
      recordId: account.id,
      to: 'someone@huanan.example',
    })
    expect([403, 404]).toContain(refused.status)
    expect(await outboxTo('someone@huanan.example')).toHaveLength(0)
    const sent = await api.rest('POST', `/export-templates/${template.id}/send`, as('repRoot'), {
      recordId: account.id,
      to: 'someone@huanan.example',
      subject: '贵司资料',
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const [mail] = await outboxTo('someone@huanan.example')
    expect(mail.subject).toBe('贵司资料')
    expect(mail.html).toContain('<h1>华南电子有限公司</h1>')
  })
})

describe('snapshots', () => {
  it('what was printed is kept, and reprints identically after the template has changed', async () => {
    const printed = await api.restRaw('POST', `/export-templates/${zhTemplate.id}/render`, as('repRoot'), {
      recordId: quoteId,
      format: 'pdf',
    })
    expect(printed.status).toBe(200)
    const snapshotId = printed.headers.get('x-snapshot-id')
    expect(snapshotId).toBeTruthy()

    const edit = await api.rest('PATCH', `/export-templates/${zhTemplate.id}`, as('admin'), {
      source: '<h1>CHANGED {{doc.number}}</h1>',
    })
    expect(edit.status).toBe(200)

    const reprint = await api.restRaw('GET', `/document-snapshots/${snapshotId}/file`, as('repRoot'))
    expect(reprint.status).toBe(200)
    expect(reprint.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.compare(reprint.bytes, printed.bytes)).toBe(0)

    const snapshot = await api.rest('GET', `/document-snapshots/${snapshotId}`, as('repRoot'))
    expect(snapshot.body.recordNumber).toBe('Q-2026-0042')
    expect(snapshot.body.data.doc.total).toBe('68.07')
    expect(snapshot.body.templateVersion).toBeTruthy()
    expect(snapshot.body.content).toBeUndefined()

    // A new print uses the edited template, and so differs.
    const again = await api.restRaw('POST', `/export-templates/${zhTemplate.id}/render`, as('repRoot'), {
      recordId: quoteId,
      format: 'html',
    })
    expect(again.bytes.toString('utf8')).toContain('CHANGED Q-2026-0042')
    // The version history keeps the text that printed the first snapshot.
    const versions = await api.rest(
      'GET',
      `/export-templates/versions?where[parent][equals]=${zhTemplate.id}&sort=-updatedAt`,
      as('admin'),
    )
    expect(versions.body.docs.map((v: { version: { source: string } }) => v.version.source)).toContain(zhTemplate.source)
  })

  it('a snapshot is as visible as its record', async () => {
    const { docs } = await payload.find({
      collection: 'document-snapshots',
      where: { tenant: { equals: t.id } },
      limit: 1,
      overrideAccess: true,
    })
    const id = docs[0].id
    expect([403, 404]).toContain((await api.rest('GET', `/document-snapshots/${id}/file`, as('repOther'))).status)
    const list = await api.rest('GET', '/document-snapshots?limit=100', as('repOther'))
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    expect((await api.rest('GET', `/document-snapshots/${id}`, as('admin'))).status).toBe(200)
  })
})
