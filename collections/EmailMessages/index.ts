import type { CollectionConfig } from 'payload'
import { MAIL_BODY_MAX } from '../../src/email/mailLimits'
import { sendMessageEndpoint } from '../../src/email/messages/sendEndpoint'
import { relatedToField } from '../../src/fields/relatedTo'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const nobody = () => false
// Written by the send and receive jobs only: a user cannot file a message as sent or received.
const serverOnly = { create: nobody, update: nobody }

/**
 * Email messages (邮件): drafts a user composes, the outbox the send job works through, what was sent,
 * what failed (with the error) and what the IMAP poll imported. Each may hang on a customer record
 * (`relatedTo`), which is how it reaches that record's timeline (as an email activity).
 */
export const EmailMessages: CollectionConfig = tenantCollection(
  {
    slug: 'email-messages',
    labels: collectionLabels('Email', 'Emails', '邮件'),
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'folder', 'from', 'to', 'createdAt'],
      group: label('Mail', '邮件'),
    },
    defaultSort: '-createdAt',
    endpoints: [sendMessageEndpoint],
    // One IMAP message is imported once: the mailbox, the folder's UIDVALIDITY and the UID name it.
    indexes: [{ fields: ['mailbox', 'imapKey'], unique: true }, { fields: ['tenant', 'folder', 'createdAt'] }],
    fields: [
      {
        name: 'folder',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        index: true,
        label: label('Folder', '文件夹'),
        options: [
          option('draft', 'Drafts', '草稿'),
          option('outbox', 'Outbox', '发件箱'),
          option('sent', 'Sent', '已发送'),
          option('failed', 'Failed', '发送失败'),
          option('inbox', 'Inbox', '收件箱'),
        ],
        admin: { readOnly: true },
        access: serverOnly,
      },
      { name: 'mailbox', type: 'relationship', relationTo: 'mailboxes', label: label('Mailbox', '邮箱') },
      { name: 'from', type: 'text', label: label('From', '发件人'), admin: { readOnly: true }, access: serverOnly },
      { name: 'to', type: 'text', label: label('To', '收件人'), index: true },
      { name: 'cc', type: 'text', label: label('Cc', '抄送') },
      { name: 'subject', type: 'text', label: label('Subject', '主题') },
      { name: 'body', type: 'textarea', maxLength: MAIL_BODY_MAX, label: label('Message', '正文') },
      {
        name: 'template',
        type: 'relationship',
        relationTo: 'export-templates',
        label: label('Template', '模板'),
        admin: { description: label('Rendered with the related record when sent', '发送时用关联记录渲染') },
      },
      {
        name: 'html',
        type: 'textarea',
        maxLength: MAIL_BODY_MAX,
        label: label('HTML body', 'HTML 正文'),
        admin: { readOnly: true },
        access: serverOnly,
      },
      { name: 'attachments', type: 'relationship', relationTo: 'documents', hasMany: true, label: label('Attachments', '附件') },
      relatedToField(),
      {
        name: 'activity',
        type: 'relationship',
        relationTo: 'activities',
        label: label('Timeline entry', '时间线记录'),
        // A link the send and receive jobs set; a user's value is checked to stay in the tenant like any relation.
        admin: { readOnly: true },
      },
      {
        name: 'attempts',
        type: 'number',
        defaultValue: 0,
        label: label('Attempts', '尝试次数'),
        admin: { readOnly: true },
        access: serverOnly,
      },
      {
        name: 'lastError',
        type: 'textarea',
        label: label('Last error', '最近错误'),
        admin: { readOnly: true },
        access: serverOnly,
      },
      { name: 'sentAt', type: 'date', label: label('Sent at', '发送时间'), admin: { readOnly: true }, access: serverOnly },
      {
        name: 'receivedAt',
        type: 'date',
        label: label('Received at', '接收时间'),
        admin: { readOnly: true },
        access: serverOnly,
      },
      { name: 'messageId', type: 'text', label: label('Message-ID', '邮件 ID'), admin: { readOnly: true }, access: serverOnly },
      { name: 'imapKey', type: 'text', label: label('IMAP key', 'IMAP 标识'), admin: { readOnly: true }, access: serverOnly },
    ],
  },
  { owned: true },
)
