import { type CollectionConfig, ValidationError } from 'payload'
import { CARE_CHANNELS, OCCASIONS } from '../../src/care/occasions'
import { message, toLanguage } from '../../src/i18n'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { checkTemplate } from '../../templates'

/**
 * Customer care rules (客户关怀): on a contact's birthday, an account's founding day or a contract's
 * anniversary — or some days before — send a message from a template by email or SMS, and remind
 * the record's owner. Run each day by the `runCareRules` job; each greeting goes out once a year.
 */
export const CareRules: CollectionConfig = tenantCollection({
  slug: 'care-rules',
  labels: collectionLabels('Care rule', 'Care rules', '客户关怀规则'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'occasion', 'channel', 'daysBefore', 'active'],
    group: label('Office', '办公协同'),
  },
  hooks: {
    beforeValidate: [
      ({ data, originalDoc, req }) => {
        const merged = { ...originalDoc, ...data }
        const language = toLanguage(req.i18n?.language)
        const errors: { path: string; message: string }[] = []
        if (merged.channel !== 'reminder' && !String(merged.body ?? '').trim())
          errors.push({ path: 'body', message: message(language, 'careBodyRequired') })
        for (const path of ['subject', 'body'] as const) {
          const source = merged[path]
          const problem = typeof source === 'string' && source ? checkTemplate(source) : null
          if (problem)
            errors.push({ path, message: `${problem.message}${problem.line ? ` (${problem.line}:${problem.column ?? 0})` : ''}` })
        }
        if (errors.length) throw new ValidationError({ errors }, req.t)
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Name', '规则名称') },
    {
      type: 'row',
      fields: [
        {
          name: 'occasion',
          type: 'select',
          required: true,
          label: label('Occasion', '关怀时机'),
          options: [
            option('birthday', "Contact's birthday", '联系人生日'),
            option('foundingDay', "Account's founding day", '客户成立纪念日'),
            option('contractAnniversary', 'Contract anniversary', '合同签订周年'),
          ].filter((o) => o.value in OCCASIONS),
        },
        {
          name: 'daysBefore',
          type: 'number',
          required: true,
          defaultValue: 0,
          min: 0,
          max: 60,
          admin: { step: 1 },
          label: label('Days before', '提前天数'),
        },
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'email',
          label: label('Channel', '发送方式'),
          options: [
            option('email', 'Email', '邮件'),
            option('sms', 'SMS', '短信'),
            option('reminder', 'Remind the owner only', '仅提醒负责人'),
          ].filter((o) => (CARE_CHANNELS as readonly string[]).includes(o.value)),
        },
      ],
    },
    { name: 'subject', type: 'text', label: label('Subject (email)', '邮件主题') },
    {
      name: 'body',
      type: 'textarea',
      label: label(
        'Message (Handlebars: {{name}}, {{years}}, {{date}}, {{company}})',
        '内容（Handlebars：{{name}}、{{years}}、{{date}}、{{company}}）',
      ),
    },
    {
      type: 'row',
      fields: [
        { name: 'notifyOwner', type: 'checkbox', defaultValue: true, label: label("Remind the record's owner", '提醒负责人') },
        { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
      ],
    },
  ],
})
