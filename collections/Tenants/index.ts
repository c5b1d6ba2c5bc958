import type { CollectionConfig, PayloadRequest } from 'payload'
import { ctiSettingsField } from '../../src/cti/ctiSettings'
import { duplicateSettingsField } from '../../src/duplicates/settings'
import { CURRENCIES } from '../../src/fields/currencies'
import { message, toLanguage } from '../../src/i18n'
import { collectionLabels, label } from '../../src/i18n/label'
import { MODULES } from '../../src/workspace/modules'
import { canUpdateTenant, isSuperAdmin, reachableTenants } from './access'
import { setUpNewTenant } from './setUpNewTenant'

/** A company, or a class and its student groups; carries what printed documents show of it. */
export const Tenants: CollectionConfig = {
  slug: 'tenants',
  labels: collectionLabels('Tenant', 'Tenants', '租户'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'kind', 'parent'], group: label('Organisation', '组织') },
  access: { read: reachableTenants, create: isSuperAdmin, update: canUpdateTenant, delete: isSuperAdmin },
  hooks: { afterChange: [setUpNewTenant] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Slug', '标识'),
      admin: { description: label('Used in URLs, e.g. /forms/<slug>/…', '用于网址，如 /forms/<标识>/…') },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        typeof value === 'string' && /^[a-z0-9][a-z0-9-]{1,62}$/.test(value)
          ? true
          : message(toLanguage(req.i18n?.language), 'slugFormat'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'company',
      label: label('Kind', '类型'),
      options: [
        { value: 'company', label: label('Company', '公司') },
        { value: 'class', label: label('Class', '班级') },
        { value: 'group', label: label('Student group', '学生小组') },
      ],
    },
    { name: 'parent', type: 'relationship', relationTo: 'tenants', label: label('Parent', '上级'), index: true },
    {
      // What a class and its groups were made from: resetting a group loads it again.
      name: 'labPreset',
      type: 'relationship',
      relationTo: 'lab-presets',
      label: label('Lab preset', '实训预设'),
      admin: { condition: (data) => data?.kind === 'class' || data?.kind === 'group', readOnly: true },
    },
    {
      // A closed class (and its groups): students no longer sign in or reach anything; the teacher reads.
      name: 'closedAt',
      type: 'date',
      label: label('Closed at', '结课时间'),
      access: { update: ({ req }) => Boolean((req.user as { isSuperAdmin?: boolean } | null)?.isSuperAdmin) },
      admin: { condition: (data) => data?.kind === 'class' || data?.kind === 'group', readOnly: true },
    },
    {
      name: 'recycleBinDays',
      type: 'number',
      min: 1,
      defaultValue: 30,
      label: label('Days deleted records stay in the recycle bin', '已删除记录在回收站保留天数'),
    },
    {
      name: 'poolReturnDays',
      type: 'number',
      min: 1,
      label: label(
        'Return to the public pool after days without follow-up (empty: never)',
        '多少天未跟进自动退回公海（为空不退回）',
      ),
    },
    {
      name: 'hiddenModules',
      type: 'select',
      hasMany: true,
      label: label('Modules hidden from the workspace', '工作台中隐藏的模块'),
      admin: {
        description: label(
          'Their records leave the navigation, search and pages of /app; roles still decide who may read the data.',
          '这些模块的记录不再出现在 /app 的导航、搜索和页面中；数据权限仍由角色决定。',
        ),
      },
      options: MODULES.map((m) => ({ value: m.key, label: label(m.label.en ?? m.key, m.label.zh ?? m.key) })),
    },
    duplicateSettingsField(),
    ctiSettingsField(),
    {
      type: 'collapsible',
      label: label('Company details (printed on documents)', '公司信息（打印在单据上）'),
      fields: [
        { name: 'legalName', type: 'text', label: label('Legal name', '公司全称') },
        { name: 'logoUrl', type: 'text', label: label('Logo URL', '标志网址') },
        { name: 'address', type: 'textarea', label: label('Address', '地址') },
        { name: 'phone', type: 'text', label: label('Phone', '电话') },
        { name: 'email', type: 'email', label: label('Email', '邮箱') },
        { name: 'bankName', type: 'text', label: label('Bank', '开户银行') },
        { name: 'bankAccount', type: 'text', label: label('Bank account', '银行账号') },
        { name: 'taxNumber', type: 'text', label: label('Tax number', '税号') },
        {
          name: 'baseCurrency',
          type: 'select',
          defaultValue: 'CNY',
          label: label('Base currency', '本位币'),
          options: CURRENCIES.map((c) => ({ value: c, label: c })),
        },
        { name: 'timeZone', type: 'text', defaultValue: 'Asia/Shanghai', label: label('Time zone', '时区') },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'zh',
          label: label('Language', '语言'),
          options: [
            { value: 'zh', label: '简体中文' },
            { value: 'en', label: 'English' },
          ],
        },
      ],
    },
  ],
}
