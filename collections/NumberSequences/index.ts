import type { CollectionConfig } from 'payload'
import { PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { forgetSequences } from '../../src/numbering/allocateNumber'
import { SEQUENCE_TARGETS } from '../../src/numbering/numberedCollections'
import { previewEndpoints } from '../../src/numbering/previewEndpoints'
import { refuseSecondActiveSequence, validatePattern } from '../../src/numbering/validateSequence'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const targetLabel = (slug: string) => PERMISSIONED_COLLECTIONS.find((c) => c.value === slug)?.label ?? slug

/** Document numbering (单据编号规则): how each module's records are numbered, per tenant, set up without code. */
export const NumberSequences: CollectionConfig = tenantCollection({
  slug: 'number-sequences',
  labels: collectionLabels('Number sequence', 'Number sequences', '编号规则'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'targetCollection', 'pattern', 'resetPolicy', 'active'],
    group: label('Settings', '设置'),
  },
  // Members read them (forms show whether a number will be given); only admins change them.
  access: { read: tenantMembersRead },
  indexes: [{ fields: ['tenant', 'targetCollection'] }],
  endpoints: previewEndpoints,
  hooks: {
    beforeChange: [refuseSecondActiveSequence],
    afterChange: [({ req }) => forgetSequences(req)],
    afterDelete: [({ req }) => forgetSequences(req)],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
        {
          name: 'targetCollection',
          type: 'select',
          required: true,
          label: label('Numbers records of', '适用模块'),
          options: SEQUENCE_TARGETS.map((slug) => ({ value: slug, label: targetLabel(slug) })),
        },
        { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
      ],
    },
    {
      name: 'pattern',
      type: 'text',
      // Not `required`: a default is always there, and the validator names what is wrong with a bad one.
      defaultValue: 'NO-{YYYY}{MM}-{SEQ:4}',
      validate: validatePattern,
      label: label('Pattern', '编号格式'),
      admin: {
        description: label(
          'Text and tokens: {YYYY} {YY} {MM} {DD} year, month, day; {SEQ:4} the counter padded to 4 digits; {DEPT} the department’s code; {field:name} a value of the record.',
          '文字与占位符：{YYYY} {YY} {MM} {DD} 年月日；{SEQ:4} 流水号（补足 4 位）；{DEPT} 部门编码；{field:字段名} 记录的字段值。',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'resetPolicy',
          type: 'select',
          required: true,
          defaultValue: 'monthly',
          label: label('Counter starts again', '流水号重置'),
          options: [
            option('never', 'Never', '从不'),
            option('yearly', 'Every year', '每年'),
            option('monthly', 'Every month', '每月'),
            option('daily', 'Every day', '每天'),
          ],
        },
        {
          name: 'dimension',
          type: 'select',
          required: true,
          defaultValue: 'none',
          label: label('Separate counters', '分别计数'),
          options: [
            option('none', 'One counter for the tenant', '全租户统一'),
            option('department', 'Per department', '按部门'),
            option('field', 'Per value of a field', '按字段值'),
          ],
        },
        {
          name: 'dimensionField',
          type: 'text',
          label: label('Field', '字段'),
          admin: { condition: (_data, sibling) => sibling?.dimension === 'field' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'padding',
          type: 'number',
          defaultValue: 4,
          min: 1,
          max: 12,
          label: label('Digits of {SEQ}', '{SEQ} 位数'),
        },
        {
          name: 'gapFree',
          type: 'checkbox',
          defaultValue: false,
          label: label('Gap-free (a failed save uses no number)', '连续编号（保存失败不占号）'),
        },
        {
          name: 'customKey',
          type: 'text',
          defaultValue: 'number',
          label: label('Custom field (modules without a Number field)', '自定义字段（无编号字段的模块）'),
        },
      ],
    },
    {
      name: 'preview',
      type: 'ui',
      label: label('Next number', '下一个编号'),
      admin: { components: { Field: '/src/admin/numbering/NumberPreview#NumberPreview' } },
    },
  ],
})
