import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { runEffect } from '../../src/workflow/effects/runEffect'
import { shutdownRenderers } from '../../templates'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, type TestTenant } from '../helpers/tenants'

/**
 * The sendEmail effect: the export template rendered for the record goes to the outbox with the
 * effect's idempotency key; run again after a crash (the row still pending), no second message.
 */
let payload: Payload
let t: TestTenant

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  t = await createTenant(payload, 'fx-mail')
})

afterAll(async () => {
  await shutdownRenderers()
  await shutdownPayload(payload)
})

describe('sendEmail effect', () => {
  it('sends the rendered template once per idempotency key, through the outbox', async () => {
    const account = await payload.create({
      collection: 'accounts',
      data: { tenant: t.id, name: '华东精密', owner: t.people.repRoot.id, department: t.departments.root },
      overrideAccess: true,
    })
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        tenant: t.id,
        subject: '年度维护',
        account: account.id,
        owner: t.people.repRoot.id,
        department: t.departments.root,
        items: [{ description: '保养', quantity: '1', unitPrice: '100.00', taxRate: '13' }],
      } as never,
      overrideAccess: true,
    })
    const [template] = (
      await payload.find({
        collection: 'export-templates',
        where: { and: [{ tenant: { equals: t.id } }, { entity: { equals: 'quotes' } }, { language: { equals: 'zh' } }] },
        overrideAccess: true,
      })
    ).docs
    const row = await payload.create({
      collection: 'workflow-effects',
      data: {
        tenant: t.id,
        entity: 'quotes',
        record: String(quote.id),
        index: 0,
        kind: 'sendEmail',
        effect: { kind: 'sendEmail', template: String(template.id), to: 'owner' },
        idempotencyKey: `wfe:test-mail:${quote.id}:0`,
      },
      overrideAccess: true,
    })
    expect(await runEffect(payload, row.id as Id)).toBe('done')
    // As if the worker died after sending, before the mark: run again.
    await payload.update({ collection: 'workflow-effects', id: row.id, data: { status: 'pending' }, overrideAccess: true })
    expect(await runEffect(payload, row.id as Id)).toBe('done')
    const { docs } = await payload.find({
      collection: 'outbox',
      where: { idempotencyKey: { equals: row.idempotencyKey } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ to: t.people.repRoot.email, subject: template.name })
    expect(String(docs[0].html)).toContain('年度维护')
  }, 120_000)
})
