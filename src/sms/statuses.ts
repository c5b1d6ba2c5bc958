/** Where one recipient's message is; the two skipped ones say why it was never sent. */
export const SMS_STATUSES = [
  { value: 'queued', en: 'Queued', zh: '排队中' },
  { value: 'sending', en: 'Sending', zh: '发送中' },
  { value: 'sent', en: 'Sent', zh: '已发送' },
  { value: 'delivered', en: 'Delivered', zh: '已送达' },
  { value: 'failed', en: 'Failed', zh: '发送失败' },
  { value: 'skipped_no_number', en: 'Skipped: no number', zh: '已跳过：无号码' },
  { value: 'skipped_no_consent', en: 'Skipped: no consent', zh: '已跳过：未同意接收' },
  { value: 'cancelled', en: 'Cancelled', zh: '已取消' },
] as const

export type SmsStatus = (typeof SMS_STATUSES)[number]['value']

/** Sends a message gets before it is marked failed for good. */
export const MAX_SMS_ATTEMPTS = 4
