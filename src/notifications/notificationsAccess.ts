import type { FieldHook } from 'payload'

/** Recipients may only mark read (or unread): every other field keeps what the server wrote. */
export const serverWrittenField: FieldHook = ({ operation, originalDoc, field, req, value }) => {
  const name = 'name' in field ? field.name : undefined
  if (operation !== 'update' || !req.user || !name) return value
  return originalDoc?.[name]
}
