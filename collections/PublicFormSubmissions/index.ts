import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * Every submission of a public form and what came of it (record created, refused, honeypot), under a
 * keyed hash of the visitor's address: the rate limit counts here, and admins see what their forms
 * receive. Written by the server only.
 */
export const PublicFormSubmissions: CollectionConfig = tenantCollection(
  {
    slug: 'public-form-submissions',
    labels: collectionLabels('Form submission', 'Form submissions', '表单提交记录'),
    admin: {
      useAsTitle: 'formSlug',
      defaultColumns: ['createdAt', 'formSlug', 'outcome', 'entity', 'recordId', 'ipHash'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    // The rate limit's count: one visitor's submissions of one form in the last hour.
    indexes: [{ fields: ['form', 'ipHash', 'createdAt'] }],
    fields: [
      // Not required: deleting a form keeps its submissions' history (the address stays in formSlug).
      { name: 'form', type: 'relationship', relationTo: 'public-forms', label: label('Form', '表单') },
      { name: 'formSlug', type: 'text', label: label('Form address', '表单地址') },
      {
        name: 'outcome',
        type: 'select',
        required: true,
        index: true,
        label: label('Outcome', '结果'),
        options: [
          option('pending', 'Being saved', '保存中'),
          option('created', 'Record created', '已创建记录'),
          option('invalid', 'Refused: invalid values', '已拒绝：内容有误'),
          option('honeypot', 'Spam trap: nothing created', '垃圾提交陷阱：未创建'),
          option('rate-limited', 'Refused: over the limit', '已拒绝：超过提交次数'),
          option('failed', 'Failed: the form needs attention', '失败：表单配置需检查'),
        ],
      },
      { name: 'entity', type: 'text', label: label('Module', '模块') },
      { name: 'recordId', type: 'text', label: label('Record', '记录') },
      { name: 'ipHash', type: 'text', required: true, label: label('Visitor (hashed address)', '访客（地址摘要）') },
      { name: 'userAgent', type: 'text', label: label('Browser', '浏览器') },
      { name: 'language', type: 'text', label: label('Language', '语言') },
      { name: 'detail', type: 'textarea', label: label('Details', '详情') },
    ],
  },
  { systemWritten: true },
)
