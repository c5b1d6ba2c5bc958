const en = {
  submit: 'Submit',
  sending: 'Sending…',
  requiredHint: 'Fields marked * are required.',
  required: 'This field is required.',
  fix: 'Please correct the fields marked.',
  failed: 'Your submission could not be sent. Please try again.',
  offline: 'Your submission could not be sent: check your connection and try again.',
  honeypot: 'Leave this field empty',
  language: 'Language',
  another: 'Submit another response',
  notFoundTitle: 'Form not found',
}
type Key = keyof typeof en
const zh: Record<Key, string> = {
  submit: '提交',
  sending: '提交中…',
  requiredHint: '带 * 的为必填项。',
  required: '此项必填。',
  fix: '请修改标出的字段。',
  failed: '提交未成功，请重试。',
  offline: '提交未成功：请检查网络连接后重试。',
  honeypot: '请勿填写此项',
  language: '语言',
  another: '再提交一份',
  notFoundTitle: '找不到表单',
}

export type PublicText = (key: Key) => string
export const publicTexts =
  (language: 'en' | 'zh'): PublicText =>
  (key) =>
    (language === 'zh' ? zh : en)[key]
