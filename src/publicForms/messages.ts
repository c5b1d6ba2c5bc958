import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

/** What admins read when a form cannot be saved, and what visitors read when a submission is refused. */
const en = {
  // Admins, configuring a form
  slugTaken: 'Another form of this company already uses the address "{{slug}}".',
  notAFormField: '"{{field}}" cannot be on a public form of {{entity}}. Choose one of: {{allowed}}.',
  notAFixedField: '"{{field}}" cannot be set by a public form of {{entity}}. Choose one of: {{allowed}}.',
  shownTwice: '"{{field}}" is on the form twice.',
  shownAndFixed: '"{{field}}" is both on the form and set to a fixed value: choose one.',
  fixedTwice: '"{{field}}" has two fixed values.',
  fixedValue: 'Not a value of "{{field}}": {{reason}}',
  notAnOption: '"{{value}}" is not one of its options',
  notANumber: '"{{value}}" is not a number',
  notYesNo: 'use true or false',
  notJson: 'write the value as JSON (e.g. ["a","b"])',
  redirectUrl: 'A full web address starting with http:// or https://.',
  requiredNotFillable:
    '"{{field}}" is required for every record of {{entity}} and cannot be filled in by the public: give it a fixed value.',
  // Visitors, submitting
  formNotFound: 'This form does not exist or no longer accepts submissions.',
  notOnForm: 'This form has no field "{{field}}".',
  notAnObject: 'Send the values as an object.',
  notAValue: 'Not a valid value for this field.',
  tooLarge: 'The submission is too large (at most {{limit}} KB).',
  required: 'This field is required.',
  fix: 'Please correct the fields marked.',
  rateLimited: 'Too many submissions from your network. Please try again in {{minutes}} minutes.',
  unavailable: 'This form cannot accept submissions at the moment. Please try again later or contact us another way.',
}

export type PublicFormMessage = keyof typeof en

const zh: Record<PublicFormMessage, string> = {
  slugTaken: '本公司已有其他表单使用地址“{{slug}}”。',
  notAFormField: '“{{field}}”不能放在{{entity}}的公开表单上。可选：{{allowed}}。',
  notAFixedField: '公开表单不能为{{entity}}设置“{{field}}”。可选：{{allowed}}。',
  shownTwice: '“{{field}}”在表单上出现了两次。',
  shownAndFixed: '“{{field}}”既在表单上又设置了固定值，请二选一。',
  fixedTwice: '“{{field}}”设置了两个固定值。',
  fixedValue: '不是“{{field}}”的有效值：{{reason}}',
  notAnOption: '“{{value}}”不是可选项之一',
  notANumber: '“{{value}}”不是数字',
  notYesNo: '请填写 true 或 false',
  notJson: '请用 JSON 书写该值（例如 ["a","b"]）',
  redirectUrl: '请填写以 http:// 或 https:// 开头的完整网址。',
  requiredNotFillable: '“{{field}}”是{{entity}}的必填字段，且不能由访客填写：请为它设置固定值。',
  formNotFound: '该表单不存在或已停止收集。',
  notOnForm: '该表单没有“{{field}}”字段。',
  notAnObject: '请以对象形式提交字段值。',
  notAValue: '该字段的值无效。',
  tooLarge: '提交的内容过大（最多 {{limit}} KB）。',
  required: '此项必填。',
  fix: '请修改标出的字段。',
  rateLimited: '您所在网络的提交次数过多，请 {{minutes}} 分钟后再试。',
  unavailable: '该表单暂时无法接收提交，请稍后再试或通过其他方式联系我们。',
}

const MESSAGES: Record<Language, Record<PublicFormMessage, string>> = { en, zh }

export function say(language: Language, key: PublicFormMessage, vars: Record<string, string | number> = {}): string {
  return fill(MESSAGES[language][key], vars)
}
