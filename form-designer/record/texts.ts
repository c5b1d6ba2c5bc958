import { fill } from '../../src/i18n/fill'

const en = {
  newRecord: 'New {{entity}}',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  cancel: 'Back to the list',
  delete: 'Move to recycle bin',
  confirmDelete: 'Move this record to the recycle bin?',
  required: 'This field is required.',
  fix: 'Please correct the highlighted fields.',
  stale: 'Someone else saved this record after you opened it. Changed since: {{fields}}.',
  reload: 'Load their version',
  notFound: 'This record does not exist or you may not see it.',
  loading: 'Loading…',
  failed: 'Could not save: {{reason}}',
  lostAccess:
    'You may no longer change this record: your permissions changed, or it left your reach. Nothing was saved; your changes are still in this form and kept on this device. Ask your administrator, then save again.',
  sessionEnded:
    'Your session has ended. Nothing was saved; your changes are still in this form and kept on this device. Sign in again in another tab, then save here.',
  signIn: 'Sign in',
  draftFound: 'Changes you made on {{time}} could not be saved then.',
  restoreDraft: 'Put them back in the form',
  discardDraft: 'Discard them',
}
type Key = keyof typeof en
const zh: Record<Key, string> = {
  newRecord: '新建{{entity}}',
  save: '保存',
  saving: '保存中…',
  saved: '已保存。',
  cancel: '返回列表',
  delete: '移入回收站',
  confirmDelete: '确定把这条记录移入回收站吗？',
  required: '此项必填。',
  fix: '请修改标出的字段。',
  stale: '在您打开之后，其他人保存了这条记录。已变更：{{fields}}。',
  reload: '加载对方的版本',
  notFound: '记录不存在，或您无权查看。',
  loading: '加载中…',
  failed: '保存失败：{{reason}}',
  lostAccess:
    '您已无权修改这条记录（权限已变更，或记录已不在您的范围内）。本次未保存；您填写的内容仍在表单中，并已保存在本机。请联系管理员后再保存。',
  sessionEnded: '登录已失效。本次未保存；您填写的内容仍在表单中，并已保存在本机。请在新标签页重新登录后，回到这里保存。',
  signIn: '重新登录',
  draftFound: '您在 {{time}} 修改的内容当时未能保存。',
  restoreDraft: '放回表单',
  discardDraft: '丢弃',
}
export type RecordText = (key: Key, vars?: Record<string, string | number>) => string
export const recordTexts =
  (language: 'en' | 'zh'): RecordText =>
  (key, vars = {}) =>
    fill((language === 'zh' ? zh : en)[key], vars)
