import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { refuseCycle } from './refuseCycle'

const sameTenant = ({ data }: { data?: { tenant?: unknown } }) => ({ tenant: { equals: data?.tenant ?? null } })

/** A tree of departments per tenant; "my department and those below" scopes walk it. */
export const Departments: CollectionConfig = tenantCollection({
  slug: 'departments',
  labels: collectionLabels('Department', 'Departments', '部门'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'parent', 'manager'], group: label('Organisation', '组织') },
  access: { read: tenantMembersRead },
  indexes: [{ fields: ['tenant', 'code'], unique: true }],
  hooks: { beforeChange: [refuseCycle] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
    { name: 'code', type: 'text', required: true, label: label('Code', '编码') },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'departments',
      label: label('Parent', '上级部门'),
      filterOptions: sameTenant,
    },
    { name: 'manager', type: 'relationship', relationTo: 'users', label: label('Manager', '负责人') },
  ],
})
