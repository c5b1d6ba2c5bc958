import type { CollectionConfig } from 'payload'
import { agentMembershipFields } from '../../src/cti/agentFields'
import { collectionLabels, label } from '../../src/i18n/label'
import { canCreateUser, canDeleteUser, canManageUsers, canReadUser, canUpdateUser, isSuperAdminField } from './access'
import { endSession, listSessions } from './endpoints/sessions'
import { guardMemberships, guardUserDelete } from './hooks/guardMemberships'
import { setLanguageCookie, setLanguageCookieOnChange } from './hooks/languageCookie'
import { recordFailedLogin, recordLogin } from './hooks/loginLog'
import { refuseClosedLab } from './hooks/refuseClosedLab'
import { refuseInactive } from './hooks/refuseInactive'

/** People who sign in. A user belongs to tenants through memberships, each with its roles and department. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels('User', 'Users', '用户'),
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'language', 'active'],
    group: label('Organisation', '组织'),
  },
  access: {
    read: canReadUser,
    create: canCreateUser,
    update: canUpdateUser,
    delete: canDeleteUser,
    unlock: canManageUsers,
    admin: ({ req }) => (req.user as { active?: boolean } | null)?.active !== false,
  },
  endpoints: [listSessions, endSession],
  hooks: {
    beforeValidate: [guardMemberships],
    beforeDelete: [guardUserDelete],
    beforeLogin: [refuseInactive, refuseClosedLab],
    afterLogin: [recordLogin, setLanguageCookie],
    afterChange: [setLanguageCookieOnChange],
    afterError: [recordFailedLogin],
  },
  // Memberships' roles and departments carry no filterOptions on purpose: Payload would validate
  // them with the editor's read access, which cannot see other tenants' rows kept unchanged by
  // guardMemberships. That hook checks every row against its own tenant instead.
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Name', '姓名') },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'zh',
      label: label('Preferred language', '首选语言'),
      options: [
        { value: 'zh', label: '简体中文' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: label('Active', '启用'),
      access: { update: canManageUsers },
      admin: { position: 'sidebar' },
    },
    {
      name: 'isSuperAdmin',
      type: 'checkbox',
      defaultValue: false,
      label: label('Super admin (all tenants)', '超级管理员（全部租户）'),
      access: { create: isSuperAdminField, update: isSuperAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'memberships',
      type: 'array',
      label: label('Memberships', '所属租户'),
      labels: { singular: label('Membership', '成员关系'), plural: label('Memberships', '成员关系') },
      access: { update: canManageUsers },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'tenant', type: 'relationship', relationTo: 'tenants', required: true, label: label('Tenant', '租户') },
            {
              name: 'roles',
              type: 'relationship',
              relationTo: 'roles',
              hasMany: true,
              label: label('Roles', '角色'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'department',
              type: 'relationship',
              relationTo: 'departments',
              label: label('Department', '部门'),
            },
            {
              name: 'manager',
              type: 'relationship',
              relationTo: 'users',
              label: label('Manager', '直属上级'),
            },
          ],
        },
        ...agentMembershipFields(),
      ],
    },
  ],
}
