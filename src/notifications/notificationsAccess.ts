import type { Access, FieldHook, Where } from 'payload'
import { getAccessContext } from '../access/accessContext'

/**
 * A notification is its recipient's alone: nobody else reads it, not even a tenant admin (it may
 * speak of records the admin's role cannot see), and only its recipient marks it read or removes it.
 */
export const ownNotifications: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context) return false
  const mine: Where = { user: { equals: context.userId } }
  return context.tenantId == null ? mine : { and: [mine, { tenant: { equals: context.tenantId } }] }
}

/** Recipients may only mark read (or unread): every other field keeps what the server wrote. */
export const serverWrittenField: FieldHook = ({ operation, originalDoc, field, req, value }) => {
  const name = 'name' in field ? field.name : undefined
  if (operation !== 'update' || !req.user || !name) return value
  return originalDoc?.[name]
}
