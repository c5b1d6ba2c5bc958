import type { Field } from 'payload'
import { label, option } from '../i18n/label'

const channel = (name: string, en: string, zh: string): Field => ({
  name,
  type: 'group',
  label: label(en, zh),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'allowed', type: 'checkbox', defaultValue: false, label: label('May be contacted', '允许联系') },
        {
          name: 'recordedAt',
          type: 'date',
          label: label('Recorded at', '记录时间'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'method',
          type: 'select',
          label: label('How it was recorded', '记录方式'),
          options: [
            option('verbal', 'Verbal', '口头'),
            option('written', 'Written', '书面'),
            option('web-form', 'Web form', '网页表单'),
            option('email', 'Email', '邮件'),
          ],
        },
      ],
    },
  ],
})

/** Per channel, whether a person may be contacted, and when and how that was recorded. */
export const consentGroup = (): Field => ({
  name: 'consent',
  type: 'group',
  label: label('Contact consent', '联系许可'),
  fields: [channel('phone', 'Phone', '电话'), channel('sms', 'SMS', '短信'), channel('email', 'Email', '邮件')],
})
