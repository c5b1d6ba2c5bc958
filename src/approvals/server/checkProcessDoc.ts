import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { idOf } from '../../access/types'
import { baseFieldsOf } from '../../customFields/layout/baseFields'
import { publishedSchema } from '../../customFields/publishedSchema'
import { toLanguage } from '../../i18n'
import { approvalMessage, checkProcess } from '../engine'
import { forgetProcesses } from './activeProcesses'
import { type ProcessDoc, toProcess } from './toProcess'

/**
 * A process is saved only when it holds together (see checkProcess) over the entity's real fields and
 * the tenant's roles, and the users it names belong to the tenant. Problems come back with their path.
 */
export const checkProcessDoc: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data } as ProcessDoc & { tenant?: unknown }
  const language = toLanguage(req.i18n?.language)
  const collection = req.payload.collections[merged.entity]?.config
  if (!collection) return data // the select field refuses an unknown entity itself
  const base = baseFieldsOf(collection.fields as never)
  const tenant = idOf(merged.tenant) ?? (await getAccessContext(req))?.tenantId
  const schema = tenant != null ? (await publishedSchema(req, tenant, collection.slug)).schema : { properties: {} }
  // `items.discount` reads every line's discount: the first segment must be a field of the entity.
  const field = (path: string) =>
    path.startsWith('custom.')
      ? Object.hasOwn(schema.properties, path.slice(7).split('.')[0])
      : base.some((f) => f.name === path.split('.')[0])
  const { docs: roles } =
    tenant == null
      ? { docs: [] }
      : await req.payload.find({
          collection: 'roles',
          where: { tenant: { equals: tenant } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: { key: true },
          req,
        })
  const roleKeys = new Set(roles.map((r) => (r as { key?: string }).key))
  const process = toProcess(merged)
  const errors = checkProcess(process, { field, role: (key) => roleKeys.has(key) }, language)
  // Named approvers must be members of this tenant: a user of another company could not see the record.
  const named = [...new Set(process.steps.flatMap((s) => (s.approvers.type === 'users' ? s.approvers.users : [])))]
  if (tenant != null && named.length > 0) {
    const { docs: members } = await req.payload.find({
      collection: 'users',
      where: { and: [{ id: { in: named } }, { 'memberships.tenant': { equals: tenant } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { id: true },
      req,
    })
    const ok = new Set(members.map((m) => String(m.id)))
    process.steps.forEach((s, i) => {
      if (s.approvers.type !== 'users') return
      for (const user of s.approvers.users)
        if (!ok.has(user)) errors.push({ path: `steps.${i}.users`, message: approvalMessage(language, 'notUser', { user }) })
    })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'approval-processes', errors }, req.t)
  forgetProcesses()
  return data
}
