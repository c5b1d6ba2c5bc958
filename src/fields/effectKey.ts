import type { Field } from 'payload'
import { label } from '../i18n/label'

/**
 * The idempotency key of the workflow effect that created the record (a task or an activity): a
 * retried effect finds its record by it and creates no second one. Only the server sets it.
 */
export const effectKeyField = (): Field => ({
  name: 'effectKey',
  type: 'text',
  unique: true,
  label: label('Created by workflow effect', '由流程动作创建'),
  access: { create: ({ req }) => !req.user, update: () => false },
  admin: { hidden: true },
})
