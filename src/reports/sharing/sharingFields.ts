import type { Field } from 'payload'
import { label, option } from '../../i18n/label'

/** Who sees a report or dashboard: its owner, a role, or the whole tenant (same fields as saved views). */
export const sharingFields = (): Field[] => [
  {
    name: 'scope',
    type: 'select',
    required: true,
    defaultValue: 'user',
    label: label('Shared with', '共享范围'),
    options: [option('user', 'Only me', '仅自己'), option('role', 'A role', '某个角色'), option('tenant', 'Everyone', '所有人')],
  },
  { name: 'roleKey', type: 'text', label: label('Role key', '角色标识') },
  {
    name: 'user',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: label('Owner', '所有者'),
    admin: { readOnly: true },
  },
]
