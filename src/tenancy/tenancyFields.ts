import type { Field, RelationshipField } from 'payload'
import { label } from '../i18n/label'

type Overrides = Partial<RelationshipField>

/** The tenant a row belongs to: set by the server from the active tenant, never by the form. */
export const tenantField = (overrides: Overrides = {}): Field =>
  ({
    name: 'tenant',
    type: 'relationship',
    relationTo: 'tenants',
    label: label('Tenant', '租户'),
    index: true,
    admin: { position: 'sidebar', readOnly: true, condition: (_data, _sibling, { user }) => Boolean(user?.isSuperAdmin) },
    ...overrides,
  }) as Field

export const ownerField = (overrides: Overrides = {}): Field =>
  ({
    name: 'owner',
    type: 'relationship',
    relationTo: 'users',
    label: label('Owner', '负责人'),
    index: true,
    admin: { position: 'sidebar' },
    ...overrides,
  }) as Field

export const departmentField = (overrides: Overrides = {}): Field =>
  ({
    name: 'department',
    type: 'relationship',
    relationTo: 'departments',
    label: label('Department', '部门'),
    index: true,
    admin: { position: 'sidebar' },
    ...overrides,
  }) as Field
