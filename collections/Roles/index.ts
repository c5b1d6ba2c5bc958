import type { CollectionConfig } from 'payload'
import { PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { ACTIONS, SCOPES } from '../../src/access/types'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const ACTION_LABELS = {
  create: label('Create', '新建'),
  read: label('Read', '查看'),
  update: label('Update', '编辑'),
  delete: label('Delete', '删除'),
} as const

const SCOPE_LABELS = {
  own: label('Own records', '本人'),
  department: label('My department', '本部门'),
  departmentTree: label('My department and below', '本部门及下级部门'),
  all: label('All', '全部'),
} as const

/** What a role may do per collection, and how far its reads and writes reach. */
export const Roles: CollectionConfig = tenantCollection({
  slug: 'roles',
  labels: collectionLabels('Role', 'Roles', '角色'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', 'isTenantAdmin'], group: label('Organisation', '组织') },
  access: { read: tenantMembersRead },
  indexes: [{ fields: ['tenant', 'key'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
    {
      name: 'key',
      type: 'text',
      required: true,
      label: label('Key', '标识'),
      admin: {
        description: label(
          'Built-in roles keep their key: tenant-admin, teacher, manager, sales, service-agent, student',
          '内置角色的标识不变：tenant-admin、teacher、manager、sales、service-agent、student',
        ),
      },
    },
    { name: 'description', type: 'textarea', label: label('Description', '说明') },
    {
      name: 'poolQuota',
      type: 'number',
      min: 0,
      label: label(
        'Public pool quota (records held per module; empty: no limit)',
        '公海领取上限（每个模块可持有的记录数；为空不限）',
      ),
    },
    {
      name: 'overrideNumbers',
      type: 'checkbox',
      defaultValue: false,
      label: label('May type document numbers by hand', '可手工填写单据编号'),
    },
    {
      name: 'isTenantAdmin',
      type: 'checkbox',
      defaultValue: false,
      label: label('Tenant admin: everything inside this tenant', '租户管理员：本租户内全部权限'),
    },
    {
      name: 'maskPersonalData',
      type: 'checkbox',
      defaultValue: false,
      label: label(
        "Mask customers' mobiles, phones and email addresses (138****5678)",
        '隐藏客户的手机、电话和邮箱（显示为 138****5678）',
      ),
      admin: {
        description: label(
          'A user sees full values as soon as one of their roles does not mask.',
          '用户只要有一个角色不隐藏，即可看到完整信息。',
        ),
      },
    },
    {
      name: 'managePersonalData',
      type: 'checkbox',
      defaultValue: false,
      label: label("May export and erase a person's personal data", '可导出和删除个人信息'),
    },
    {
      name: 'permissions',
      type: 'array',
      label: label('Permissions', '权限'),
      labels: { singular: label('Permission', '权限'), plural: label('Permissions', '权限') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'collection',
              type: 'select',
              required: true,
              label: label('Module', '模块'),
              options: PERMISSIONED_COLLECTIONS.map((c) => ({ value: c.value, label: c.label })),
            },
            {
              name: 'actions',
              type: 'select',
              hasMany: true,
              label: label('Actions', '操作'),
              options: ACTIONS.map((a) => ({ value: a, label: ACTION_LABELS[a] })),
            },
            {
              name: 'scope',
              type: 'select',
              required: true,
              defaultValue: 'own',
              label: label('Data scope', '数据范围'),
              options: SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] })),
            },
          ],
        },
      ],
    },
  ],
})
