import type { Field } from 'payload'
import type { Label } from '../../i18n/label'
import { isSealed, seal } from './secretBox'

const nobody = () => false

/**
 * A mailbox password: sealed (AES-256-GCM) before it is stored, and never read back through the API —
 * not even by its owner or an admin (field read access is off; only the server's own reads, which skip
 * access, see the sealed value). Saving without the field keeps the password; a new value replaces it.
 */
export const passwordField = (name: string, fieldLabel: Label): Field => ({
  name,
  type: 'text',
  label: fieldLabel,
  access: { read: nobody },
  hooks: {
    beforeChange: [
      ({ value, originalDoc }) => {
        if (typeof value === 'string' && value !== '' && !isSealed(value)) return seal(value)
        if (isSealed(value)) return value
        return (originalDoc as Record<string, unknown> | undefined)?.[name] ?? null
      },
    ],
  },
})
