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
}
export type RecordText = (key: Key, vars?: Record<string, string | number>) => string
export const recordTexts =
  (language: 'en' | 'zh'): RecordText =>
  (key, vars = {}) =>
    fill((language === 'zh' ? zh : en)[key], vars)
