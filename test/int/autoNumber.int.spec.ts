import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

const EN = { 'accept-language': 'en' }
let payload: Payload
let api: Api
let t: TestTenant
let admin: string

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  t = await createTenant(payload, 'autonumber')
  admin = await api.login(t.people.admin.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('auto-number custom fields', () => {
  it('take the next number of the sequence they name on create, whatever the client sent, beside the record’s own number', async () => {
    const sequence = await payload.create({
      collection: 'number-sequences',
      data: {
        tenant: t.id,
        name: 'Archive',
        targetCollection: 'contracts',
        pattern: 'ARC-{SEQ:3}',
        resetPolicy: 'never',
        dimension: 'none',
        active: false,
      },
      overrideAccess: true,
    })
    const schema = {
      $schema: DRAFT_2020_12,
      type: 'object',
      additionalProperties: false,
      properties: { archiveNo: defineField('autoNumber', { sequence: String(sequence.id) }), shelf: defineField('text') },
    }
    const draft = await api.rest('POST', '/entity-schemas', { token: admin, headers: EN }, { entity: 'contracts', schema })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect((await api.rest('POST', `/entity-schemas/${draft.body.doc.id}/publish`, { token: admin, headers: EN })).status).toBe(
      200,
    )
    const numbers: string[] = []
    for (const shelf of ['A1', 'A2']) {
      const data = { ...(await sampleData(payload, 'contracts', t)), custom: { shelf, archiveNo: 'MINE-999' } }
      const res = await api.rest('POST', '/contracts', { token: admin, headers: EN }, data)
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body.doc.number).toBeTruthy()
      numbers.push(res.body.doc.custom.archiveNo)
    }
    expect(numbers).toEqual(['ARC-001', 'ARC-002'])
  })
})
