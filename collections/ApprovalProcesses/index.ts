import type { CollectionConfig } from 'payload'
import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { forgetProcesses } from '../../src/approvals/server/activeProcesses'
import { checkProcessDoc } from '../../src/approvals/server/checkProcessDoc'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const when = (type: string) => ({ condition: (_: unknown, sibling: { approverType?: string }) => sibling?.approverType === type })

/**
 * Approval processes (审批流程) per tenant and entity: ordered steps (drag to reorder in the admin), each
 * with its approvers (users, a role, the submitter's manager or a department's manager), 或签 / 会签,
 * and a condition routing the record through it. Every member reads them (record pages offer
 * submission); admins and roles granted `approval-processes` change them.
 */
export const ApprovalProcesses: CollectionConfig = tenantCollection({
  slug: 'approval-processes',
  labels: collectionLabels('Approval process', 'Approval processes', '审批流程'),
  admin: {
    useAsTitle: 'nameZh',
    defaultColumns: ['nameZh', 'nameEn', 'entity', 'active', 'priority'],
    group: label('Settings', '设置'),
  },
  access: { read: tenantMembersRead },
  hooks: {
    beforeValidate: [checkProcessDoc],
    afterChange: [() => forgetProcesses()],
    afterDelete: [() => forgetProcesses()],
  },
  indexes: [{ fields: ['tenant', 'key'], unique: true }, { fields: ['tenant', 'entity', 'active'] }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'key', type: 'text', required: true, label: label('Key', '标识') },
        { name: 'nameZh', type: 'text', required: true, label: label('Name (Chinese)', '名称（中文）') },
        { name: 'nameEn', type: 'text', required: true, label: label('Name (English)', '名称（英文）') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'entity',
          type: 'select',
          required: true,
          label: label('Entity', '实体'),
          options: PERMISSIONED_COLLECTIONS.filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.value)).map(
            (c) => ({ value: c.value, label: c.label }),
          ),
        },
        { name: 'priority', type: 'number', defaultValue: 0, label: label('Priority (lower first)', '优先级（小者优先）') },
        { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
      ],
    },
    {
      name: 'appliesWhen',
      type: 'text',
      label: label('Applies when', '适用条件'),
      admin: {
        description: label(
          'A rule over the record, e.g. amount > 0; empty: always',
          '记录上的规则，例如 amount > 0；留空表示总是适用',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'statusField',
          type: 'text',
          label: label('Status field set at the end', '审批结束时设置的字段'),
          admin: { description: label('Optional, e.g. status', '可选，例如 status') },
        },
        { name: 'approvedValue', type: 'text', label: label('Value when approved', '通过时的值') },
        { name: 'rejectedValue', type: 'text', label: label('Value when rejected', '驳回时的值') },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      label: label('Steps', '审批步骤'),
      labels: { singular: label('Step', '步骤'), plural: label('Steps', '步骤') },
      admin: { initCollapsed: false, components: { RowLabel: '/src/admin/approvals/StepRowLabel#StepRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, label: label('Key', '标识') },
            { name: 'labelZh', type: 'text', required: true, label: label('Name (Chinese)', '名称（中文）') },
            { name: 'labelEn', type: 'text', required: true, label: label('Name (English)', '名称（英文）') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'approverType',
              type: 'select',
              required: true,
              defaultValue: 'users',
              label: label('Approvers', '审批人'),
              options: [
                option('users', 'Users', '指定人员'),
                option('role', 'Everyone with a role', '角色'),
                option('manager', "Submitter's manager", '提交人的直属上级'),
                option('departmentManager', 'Department manager', '部门负责人'),
              ],
            },
            {
              name: 'mode',
              type: 'select',
              required: true,
              defaultValue: 'any',
              label: label('Completes when', '完成方式'),
              options: [
                option('any', 'Any one approves (或签)', '或签（一人同意即可）'),
                option('all', 'All approve (会签)', '会签（全部同意）'),
              ],
            },
          ],
        },
        {
          name: 'users',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          label: label('Users', '人员'),
          admin: when('users'),
        },
        {
          name: 'roles',
          type: 'text',
          hasMany: true,
          label: label('Role keys', '角色标识'),
          admin: { ...when('role'), description: label('e.g. finance, legal', '例如 finance、legal') },
        },
        {
          name: 'department',
          type: 'relationship',
          relationTo: 'departments',
          label: label("Department (empty: the submitter's)", '部门（留空为提交人所在部门）'),
          admin: when('departmentManager'),
        },
        {
          name: 'when',
          type: 'text',
          label: label('Only when', '仅当'),
          admin: {
            description: label('A rule, e.g. amount > 100000; empty: always', '规则，例如 amount > 100000；留空表示总是'),
          },
        },
      ],
    },
  ],
})
