import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { installDefaultsInExistingTenants } from '../../src/tenancy/installDefaultsInExistingTenants'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant } from '../helpers/tenants'

let payload: Payload

beforeAll(async () => {
  payload = (await bootPayload()).payload
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const countOf = async (collection: 'number-sequences' | 'export-templates', tenant: unknown) =>
  (await payload.count({ collection, where: { tenant: { equals: tenant } }, overrideAccess: true })).totalDocs

it('a tenant from before numbering and printing gets their defaults from the migration step, once each', async () => {
  const t = await createTenant(payload, 'older')
  const sequences = await countOf('number-sequences', t.id)
  const templates = await countOf('export-templates', t.id)
  expect(sequences).toBeGreaterThan(0)
  expect(templates).toBe(8)
  // As a tenant created before those collections existed: none of either.
  for (const collection of ['number-sequences', 'export-templates'] as const)
    await payload.delete({ collection, where: { tenant: { equals: t.id } }, overrideAccess: true })
  await installDefaultsInExistingTenants(payload)
  expect(await countOf('number-sequences', t.id)).toBe(sequences)
  expect(await countOf('export-templates', t.id)).toBe(templates)
  // Running it again adds nothing.
  await installDefaultsInExistingTenants(payload)
  expect(await countOf('number-sequences', t.id)).toBe(sequences)
  expect(await countOf('export-templates', t.id)).toBe(templates)
})
