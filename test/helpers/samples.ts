import crypto from 'node:crypto'
import type { FlattenedField, Payload } from 'payload'
import type { Id } from '../../src/access/types'
import { PASSWORD, type TestTenant } from './tenants'

const SYSTEM_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'tenant',
  'owner',
  'department',
  'sessions',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  '_verified',
  '_verificationToken',
])

const random = () => crypto.randomBytes(4).toString('hex')

/** Collections Payload adds for itself (preferences, migrations, jobs, locks): not ours to scope. */
export const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

export const fieldsOf = (payload: Payload, slug: string): FlattenedField[] => payload.collections[slug].config.flattenedFields

export const isTenantScoped = (payload: Payload, slug: string) => fieldsOf(payload, slug).some((f) => f.name === 'tenant')

/**
 * Valid data for any collection, built from its field definitions, so that a collection added by a
 * later issue is covered by the isolation tests without new test code. Required relations are
 * satisfied with records of the same tenant.
 */
export async function sampleData(payload: Payload, slug: string, tenant: TestTenant): Promise<Record<string, unknown>> {
  const fields = fieldsOf(payload, slug)
  const data: Record<string, unknown> = {}
  for (const field of fields) {
    if (SYSTEM_FIELDS.has(field.name)) continue
    const required = 'required' in field && field.required
    const unique = 'unique' in field && field.unique
    if (!required && !unique) continue
    data[field.name] = await valueFor(payload, field, tenant)
  }
  if (fields.some((f) => f.name === 'tenant')) data.tenant = tenant.id
  if (fields.some((f) => f.name === 'owner')) data.owner = tenant.people.repRoot.id
  if (fields.some((f) => f.name === 'department')) data.department = tenant.departments.root
  if (slug === 'users') {
    data.email = `sample-${random()}@${tenant.slug}.test`
    data.password = PASSWORD
    data.memberships = [{ tenant: tenant.id, roles: [tenant.roles.sales] }]
  }
  if (slug === 'tenants') data.slug = `t-${random()}`
  if (slug === 'workflows')
    Object.assign(data, {
      entity: 'service-requests',
      field: 'stage',
      appliesWhen: null,
      stages: [
        { key: 'open', label: { en: 'Open' } },
        { key: 'closed', label: { en: 'Closed' }, final: true, outcome: 'closed' },
      ],
      transitions: [{ key: 'close', from: 'open', to: 'closed', label: { en: 'Close' } }],
    })
  if (slug === 'approval-processes')
    Object.assign(data, {
      entity: 'contracts',
      steps: [
        { key: 'one', labelZh: '审批', labelEn: 'Approve', approverType: 'users', mode: 'any', users: [tenant.people.admin.id] },
      ],
    })
  if (slug === 'webhook-subscriptions') data.url = `https://hooks.example.test/${random()}`
  if (slug === 'reports') data.definition = { entity: 'opportunities', type: 'summary', groups: [{ field: 'stage' }] }
  if (slug === 'sales-targets')
    Object.assign(data, { subject: 'user', user: tenant.people.repRoot.id, department: null, year: 2026, index: 1 })
  if (slug === 'saved-views')
    data.view = { id: 'sample', label: { en: 'Sample' }, kind: 'table', columns: [{ field: 'name' }], pageSize: 20 }
  if (slug === 'care-rules') data.body = 'Hi {{name}}'
  // One plan per person and period: each sample takes a week of its own.
  if (slug === 'work-plans') data.periodDate = new Date(Date.UTC(2000, 0, 5 + 7 * sampleWeeks++)).toISOString()
  return data
}

let sampleWeeks = 0

async function valueFor(payload: Payload, field: FlattenedField, tenant: TestTenant): Promise<unknown> {
  if (field.custom?.money) return '100.00'
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return `s-${random()}`
    case 'email':
      return `s-${random()}@example.test`
    case 'number':
      return 1
    case 'checkbox':
      return false
    case 'date':
      return new Date().toISOString()
    case 'json':
      return {}
    case 'select': {
      const first = field.options[0]
      const value = typeof first === 'string' ? first : first.value
      return field.hasMany ? [value] : value
    }
    case 'relationship':
    case 'upload': {
      const target = Array.isArray(field.relationTo) ? field.relationTo[0] : field.relationTo
      const id = await recordFor(payload, target, tenant)
      return field.hasMany ? [id] : id
    }
    default:
      return undefined
  }
}

/** A record of `slug` that belongs to the tenant (for tenants and users, the tenant itself and a member). */
export async function recordFor(payload: Payload, slug: string, tenant: TestTenant): Promise<Id> {
  if (slug === 'tenants') return tenant.id
  if (slug === 'users') return tenant.people.repRoot.id
  return (await createSample(payload, slug, tenant)).id
}

/** A small file for upload collections (documents). */
export const sampleFile = () => {
  const data = Buffer.from(`sample ${random()}`)
  return { data, mimetype: 'text/plain', name: `sample-${random()}.txt`, size: data.length }
}

export const isUpload = (payload: Payload, slug: string) => Boolean(payload.collections[slug].config.upload)

export async function createSample(payload: Payload, slug: string, tenant: TestTenant): Promise<{ id: Id }> {
  const doc = await payload.create({
    collection: slug,
    data: await sampleData(payload, slug, tenant),
    overrideAccess: true,
    ...(isUpload(payload, slug) ? { file: sampleFile() } : {}),
  })
  return { id: doc.id }
}

/** Top-level relationship fields pointing at tenant-scoped collections or users (not `tenant` itself). */
export function crossTenantRelations(payload: Payload, slug: string) {
  return fieldsOf(payload, slug).filter(
    (f): f is Extract<FlattenedField, { type: 'relationship' }> =>
      f.type === 'relationship' &&
      f.name !== 'tenant' &&
      typeof f.relationTo === 'string' &&
      (f.relationTo === 'users' || isTenantScoped(payload, f.relationTo)),
  )
}
