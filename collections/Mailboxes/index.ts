import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'
import { pollMailboxEndpoint, testMailboxEndpoint } from '../../src/email/mailboxes/endpoints'
import { passwordField } from '../../src/email/mailboxes/passwordField'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const security = (name: string): Field => ({
  name,
  type: 'select',
  defaultValue: 'tls',
  label: label('Security', '加密方式'),
  options: [
    option('tls', 'TLS (SSL)', 'TLS（SSL）'),
    option('starttls', 'STARTTLS', 'STARTTLS'),
    option('none', 'None', '不加密'),
  ],
})

/** Kept true while a password is stored, so screens can say "set" without ever seeing it. */
const passwordIsSet = (name: string): Field => ({
  name,
  type: 'checkbox',
  defaultValue: false,
  label: label('Password set', '已设置密码'),
  admin: { readOnly: true },
})

// Collection hooks run after the field hooks, so the passwords are already sealed (or kept) here.
const markPasswordsSet: CollectionBeforeChangeHook = ({ data }) => ({
  ...data,
  smtpPasswordSet: Boolean(data.smtpPassword),
  imapPasswordSet: Boolean(data.imapPassword),
})

/**
 * Mailboxes (邮箱设置): where a user (or the whole tenant) sends mail from (SMTP) and reads it from
 * (IMAP). Passwords are sealed and never returned. The IMAP poll job keeps its place here
 * (UIDVALIDITY and the last UID imported), so a message is imported once.
 */
export const Mailboxes: CollectionConfig = tenantCollection(
  {
    slug: 'mailboxes',
    labels: collectionLabels('Mailbox', 'Mailboxes', '邮箱设置'),
    admin: { useAsTitle: 'address', defaultColumns: ['address', 'scope', 'smtpHost', 'imapHost'], group: label('Mail', '邮件') },
    hooks: { beforeChange: [markPasswordsSet] },
    endpoints: [testMailboxEndpoint, pollMailboxEndpoint],
    fields: [
      { name: 'address', type: 'email', required: true, label: label('Email address', '邮箱地址') },
      { name: 'displayName', type: 'text', label: label('Display name', '显示名称') },
      {
        name: 'scope',
        type: 'select',
        required: true,
        defaultValue: 'personal',
        label: label('Used by', '使用范围'),
        options: [option('personal', 'Its owner', '仅所有人'), option('tenant', 'The whole company', '全公司')],
      },
      { name: 'smtpHost', type: 'text', label: label('SMTP host', 'SMTP 服务器') },
      { name: 'smtpPort', type: 'number', min: 1, max: 65535, defaultValue: 465, label: label('SMTP port', 'SMTP 端口') },
      security('smtpSecurity'),
      { name: 'smtpUser', type: 'text', label: label('SMTP user name', 'SMTP 用户名') },
      passwordField('smtpPassword', label('SMTP password', 'SMTP 密码')),
      passwordIsSet('smtpPasswordSet'),
      { name: 'imapHost', type: 'text', label: label('IMAP host', 'IMAP 服务器') },
      { name: 'imapPort', type: 'number', min: 1, max: 65535, defaultValue: 993, label: label('IMAP port', 'IMAP 端口') },
      security('imapSecurity'),
      { name: 'imapUser', type: 'text', label: label('IMAP user name', 'IMAP 用户名') },
      passwordField('imapPassword', label('IMAP password', 'IMAP 密码')),
      passwordIsSet('imapPasswordSet'),
      {
        name: 'allowSelfSigned',
        type: 'checkbox',
        defaultValue: false,
        label: label('Accept self-signed certificates', '接受自签名证书'),
      },
      // The poll job's place in the INBOX: a new UIDVALIDITY means the server renumbered, so start over.
      { name: 'imapUidValidity', type: 'text', label: label('IMAP UIDVALIDITY', 'IMAP UIDVALIDITY'), admin: { readOnly: true } },
      {
        name: 'imapLastUid',
        type: 'number',
        defaultValue: 0,
        label: label('Last UID imported', '已导入的最大 UID'),
        admin: { readOnly: true },
      },
      { name: 'lastPolledAt', type: 'date', label: label('Last checked', '最近收信'), admin: { readOnly: true } },
      {
        name: 'lastPollError',
        type: 'textarea',
        label: label('Last receiving error', '最近收信错误'),
        admin: { readOnly: true },
      },
    ],
  },
  { owned: true },
)
