import { fill } from '../../i18n/fill'
import type { Language } from '../../i18n/language'

/** What an admin reads when a layout or list view cannot be saved. */
const en = {
  notObject: 'Must be an object.',
  version: 'Must be version 1.',
  list: 'Must be a list of at most {{limit}}.',
  emptyList: 'Must not be empty.',
  id: 'An id: letters, digits, - and _, at most 40 characters.',
  duplicateId: 'The id "{{id}}" is used twice.',
  label: 'A label needs an English or a Chinese text.',
  columns: 'A whole number from 1 to 4.',
  span: "A whole number from 1 to the section's {{columns}} columns.",
  missingField: 'There is no field "{{field}}".',
  removedField: 'The field "{{field}}" was removed.',
  placedTwice: 'The field "{{field}}" is placed twice.',
  rule: 'The rule cannot be used: {{problem}}',
  circularRule:
    "Circular rule: {{cycle}}. The section's rule reads a field inside it (directly or through other rules): while the section is hidden that field cannot change, so it may never show",
  width: 'A width from {{min}} to {{max}} pixels.',
  sort: 'Sort by a field that can be sorted (a text, number, date or yes/no field), optionally with a leading -.',
  operator: 'Not a filter operator.',
  pageSize: 'One of {{sizes}}.',
  groupBy: 'A kanban board groups by a select field.',
  kind: 'A view is a table or a kanban board.',
  kanbanOnly: 'Only a kanban board has this.',
  oneDefault: 'Only one view can be the default.',
}

type Key = keyof typeof en

const zh: Record<Key, string> = {
  notObject: '必须是一个对象。',
  version: '版本必须为 1。',
  list: '必须是不超过 {{limit}} 项的列表。',
  emptyList: '不能为空。',
  id: '标识只能包含字母、数字、- 和 _，最多 40 个字符。',
  duplicateId: '标识“{{id}}”重复使用。',
  label: '标签至少需要中文或英文文本。',
  columns: '必须是 1 到 4 的整数。',
  span: '必须是 1 到本分区列数 {{columns}} 的整数。',
  missingField: '不存在字段“{{field}}”。',
  removedField: '字段“{{field}}”已被删除。',
  placedTwice: '字段“{{field}}”被放置了两次。',
  rule: '规则无法使用：{{problem}}',
  circularRule:
    '循环规则：{{cycle}}。分区的显示条件读取了分区内的字段（直接或经由其他规则）：分区隐藏时该字段无法修改，分区可能永远无法显示',
  width: '宽度必须在 {{min}} 到 {{max}} 像素之间。',
  sort: '只能按可排序的字段（文本、数字、日期或是/否）排序，可加前缀 - 表示降序。',
  operator: '不是有效的筛选运算符。',
  pageSize: '必须是 {{sizes}} 之一。',
  groupBy: '看板只能按选择类字段分组。',
  kind: '视图只能是表格或看板。',
  kanbanOnly: '只有看板视图才有此项。',
  oneDefault: '只能有一个默认视图。',
}

export function say(language: Language, key: Key, vars: Record<string, string | number> = {}): string {
  const text = (language === 'zh' ? zh : en)[key]
  return fill(text, vars)
}
