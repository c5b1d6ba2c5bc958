import type { CollectionConfig, PayloadRequest } from 'payload'
import { PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { message, toLanguage } from '../../src/i18n'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { checkPublicForm } from '../../src/publicForms/checkPublicForm'
import { DEFAULT_RATE_LIMIT } from '../../src/publicForms/definition'
import { say } from '../../src/publicForms/messages'
import { PUBLIC_FORM_TARGETS } from '../../src/publicForms/targets'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const languageOf = (req: PayloadRequest) => toLanguage(req.i18n?.language)

const text = (name: string, en: string, zh: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'text' as const,
  label: label(en, zh),
  ...extra,
})
const textarea = (name: string, en: string, zh: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'textarea' as const,
  label: label(en, zh),
  ...extra,
})

const fieldHelp = label(
  'A base field (name, email, subject…) or a custom field as custom.<key>. Required fields of the record are added at the end when left out.',
  '标准字段（name、email、subject…）或自定义字段 custom.<标识>。记录的必填字段如未列出，会自动加在最后。',
)

/**
 * Public forms (公开表单): a lead capture or a service request at /forms/<company>/<slug>, filled in
 * by anyone; each submission creates a record in this company with the fixed values and owner set here.
 */
export const PublicForms: CollectionConfig = tenantCollection({
  slug: 'public-forms',
  labels: collectionLabels('Public form', 'Public forms', '公开表单'),
  admin: {
    useAsTitle: 'titleZh',
    defaultColumns: ['titleZh', 'titleEn', 'slug', 'entity', 'active'],
    group: label('Settings', '设置'),
    description: label(
      'Forms anyone can fill in at /forms/<company address>/<form address>; see docs/public-forms.md.',
      '任何人都可在 /forms/<公司标识>/<表单地址> 填写的表单；说明见 docs/public-forms.md。',
    ),
  },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  hooks: { beforeValidate: [checkPublicForm] },
  fields: [
    {
      type: 'row',
      fields: [
        text('slug', 'Address', '表单地址', {
          required: true,
          index: true,
          admin: { description: label('/forms/<company>/<this>', '/forms/<公司标识>/<此地址>') },
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            typeof value === 'string' && /^[a-z0-9][a-z0-9-]{1,62}$/.test(value) ? true : message(languageOf(req), 'slugFormat'),
        }),
        {
          name: 'entity',
          type: 'select',
          required: true,
          label: label('Creates', '创建'),
          options: Object.keys(PUBLIC_FORM_TARGETS).map((value) => ({
            value,
            label: PERMISSIONED_COLLECTIONS.find((c) => c.value === value)?.label ?? label(value, value),
          })),
        },
        { name: 'active', type: 'checkbox', defaultValue: true, label: label('Accepts submissions', '接收提交') },
      ],
    },
    {
      name: 'guide',
      type: 'ui',
      label: label('Address and fields', '地址与字段'),
      admin: { components: { Field: '/src/admin/publicForms/PublicFormGuide#PublicFormGuide' } },
    },
    {
      type: 'row',
      fields: [
        text('titleZh', 'Title (Chinese)', '标题（中文）', { required: true }),
        text('titleEn', 'Title (English)', '标题（英文）', { required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        textarea('introZh', 'Introduction (Chinese)', '说明（中文）'),
        textarea('introEn', 'Introduction (English)', '说明（英文）'),
      ],
    },
    {
      name: 'columns',
      type: 'select',
      defaultValue: '1',
      label: label('Columns', '列数'),
      options: [option('1', 'One', '一列'), option('2', 'Two (one on phones)', '两列（手机上为一列）')],
    },
    {
      name: 'fields',
      type: 'array',
      label: label('Fields shown', '显示的字段'),
      labels: { singular: label('Field', '字段'), plural: label('Fields', '字段') },
      admin: { description: fieldHelp },
      fields: [
        {
          type: 'row',
          fields: [
            text('field', 'Field', '字段', { required: true }),
            { name: 'required', type: 'checkbox', defaultValue: false, label: label('Required on this form', '本表单必填') },
            { name: 'wide', type: 'checkbox', defaultValue: false, label: label('Full width', '占满整行') },
          ],
        },
      ],
    },
    {
      name: 'fixedValues',
      type: 'array',
      label: label('Set on every submission', '每次提交自动设置'),
      labels: { singular: label('Fixed value', '固定值'), plural: label('Fixed values', '固定值') },
      admin: {
        description: label(
          'E.g. source = web, queue = website. Yes/no as true or false, several values as JSON (["a","b"]), a related record by its id.',
          '例如 来源 source = web、队列 queue = website。是/否填 true 或 false，多个值用 JSON（["a","b"]），关联记录填其 ID。',
        ),
      },
      fields: [{ type: 'row', fields: [text('field', 'Field', '字段', { required: true }), text('value', 'Value', '值')] }],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'recordOwner',
          type: 'relationship',
          relationTo: 'users',
          label: label('Owner of new records', '新记录负责人'),
          admin: { description: label('Empty: unassigned (leads go to the public pool)', '留空：不分配（线索进入公海）') },
        },
        {
          name: 'recordDepartment',
          type: 'relationship',
          relationTo: 'departments',
          label: label('Department of new records', '新记录所属部门'),
          admin: { description: label("Empty: the owner's department", '留空：负责人所在部门') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        textarea('thankYouZh', 'Thank-you message (Chinese)', '提交成功提示（中文）', {
          required: true,
          defaultValue: '感谢您的提交！我们会尽快与您联系。',
        }),
        textarea('thankYouEn', 'Thank-you message (English)', '提交成功提示（英文）', {
          required: true,
          defaultValue: 'Thank you! We will be in touch soon.',
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('redirectUrl', 'Then go to (optional)', '提交后跳转到（可选）', {
          admin: { description: label('Instead of the thank-you page: https://…', '代替感谢页面：https://…') },
          validate: (value: unknown, { req }: { req: PayloadRequest }) => {
            if (value == null || value === '') return true
            try {
              const url = new URL(String(value))
              if (url.protocol === 'https:' || url.protocol === 'http:') return true
            } catch {}
            return say(languageOf(req), 'redirectUrl')
          },
        }),
        {
          name: 'rateLimit',
          type: 'number',
          required: true,
          min: 1,
          max: 1000,
          defaultValue: DEFAULT_RATE_LIMIT,
          admin: { step: 1 },
          label: label('Submissions per visitor address per hour', '每个访客地址每小时可提交次数'),
        },
      ],
    },
  ],
})
