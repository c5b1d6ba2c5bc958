import type { CollectionConfig } from 'payload'
import { collectionLabels, label } from '../src/i18n/label'
import { tenantCollection } from '../src/tenancy/tenantCollection'

const systemOnly = () => false

/** Every login attempt, successful or not. Written by the server only; read by those granted `login-log`. */
export const LoginLog: CollectionConfig = tenantCollection(
  {
    slug: 'login-log',
    labels: collectionLabels('Login attempt', 'Login log', '登录日志'),
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['createdAt', 'email', 'success', 'reason', 'ip', 'userAgent'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    fields: [
      { name: 'user', type: 'relationship', relationTo: 'users', label: label('User', '用户'), index: true },
      { name: 'email', type: 'text', label: label('Email tried', '尝试的邮箱'), index: true },
      { name: 'success', type: 'checkbox', label: label('Success', '成功') },
      {
        name: 'reason',
        type: 'select',
        label: label('Reason of failure', '失败原因'),
        options: [
          { value: 'wrongCredentials', label: label('Wrong email or password', '邮箱或密码错误') },
          { value: 'locked', label: label('Account locked', '账号已锁定') },
          { value: 'inactive', label: label('Account deactivated', '账号已停用') },
          { value: 'unverified', label: label('Email not verified', '邮箱未验证') },
          { value: 'invalidRequest', label: label('Invalid request', '请求无效') },
        ],
      },
      { name: 'ip', type: 'text', label: label('IP address', 'IP 地址') },
      { name: 'userAgent', type: 'text', label: label('Browser', '浏览器') },
      { name: 'sessionId', type: 'text', index: true, label: label('Session', '会话'), admin: { hidden: true } },
    ],
  },
  { systemWritten: true },
)
