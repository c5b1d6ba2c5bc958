import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

/** What users read when a custom value is refused. */
const en = {
  required: 'Required.',
  type: 'Must be {{expected}}.',
  enum: 'Not one of the options.',
  minLength: 'At least {{limit}} characters.',
  maxLength: 'At most {{limit}} characters.',
  minimum: 'At least {{limit}}.',
  maximum: 'At most {{limit}}.',
  pattern: 'Not in the expected format.',
  minItems: 'Choose at least {{limit}}.',
  maxItems: 'At most {{limit}} entries.',
  uniqueItems: 'Each option only once.',
  unknownField: 'There is no field "{{key}}".',
  forbiddenKey: '"{{key}}" cannot be a field name.',
  tooLarge: 'The custom values are too large (at most {{limit}} KB).',
  'format.date': 'Not a date (YYYY-MM-DD).',
  'format.date-time': 'Not a date and time with a time zone.',
  'format.email': 'Not an email address.',
  'format.phone': 'Not a phone number.',
  'format.uri': 'Not a web address (http or https).',
  'decimal.notADecimal': 'Not a number.',
  'decimal.scale': 'At most {{limit}} decimal places.',
  'decimal.precision': 'At most {{limit}} digits before the decimal point.',
  'decimal.minimum': 'At least {{limit}}.',
  'decimal.maximum': 'At most {{limit}}.',
  invalid: 'Invalid value.',
  readOnly: 'This field cannot be changed now.',
  unique: 'Another record already has this value; it must be unique.',
  dictionaryValue: '"{{value}}" is not an active entry of the "{{dictionary}}" dictionary ({{key}}).',
  'expected.string': 'text',
  'expected.integer': 'a whole number',
  'expected.number': 'a number',
  'expected.boolean': 'yes or no',
  'expected.array': 'a list',
  'expected.object': 'a group of values',
  computedDefault: 'A computed field (formula, auto number) takes no default.',
}

export type MessageKey = keyof typeof en

// Typed by the English keys, so a missing translation fails the type check.
const zh: Record<MessageKey, string> = {
  required: '必填。',
  type: '必须是{{expected}}。',
  enum: '不是可选项之一。',
  minLength: '至少 {{limit}} 个字符。',
  maxLength: '最多 {{limit}} 个字符。',
  minimum: '不能小于 {{limit}}。',
  maximum: '不能大于 {{limit}}。',
  pattern: '格式不正确。',
  minItems: '至少选择 {{limit}} 项。',
  maxItems: '最多 {{limit}} 项。',
  uniqueItems: '每个选项只能选一次。',
  unknownField: '没有名为“{{key}}”的字段。',
  forbiddenKey: '“{{key}}”不能用作字段名。',
  tooLarge: '自定义字段的内容过大（最多 {{limit}} KB）。',
  'format.date': '不是有效的日期（YYYY-MM-DD）。',
  'format.date-time': '不是带时区的有效日期时间。',
  'format.email': '不是有效的邮箱地址。',
  'format.phone': '不是有效的电话号码。',
  'format.uri': '不是有效的网址（http 或 https）。',
  'decimal.notADecimal': '不是有效的数字。',
  'decimal.scale': '最多 {{limit}} 位小数。',
  'decimal.precision': '整数部分最多 {{limit}} 位。',
  'decimal.minimum': '不能小于 {{limit}}。',
  'decimal.maximum': '不能大于 {{limit}}。',
  invalid: '值无效。',
  readOnly: '该字段当前不可修改。',
  unique: '已有其他记录使用了这个值，该字段的值不能重复。',
  dictionaryValue: '“{{value}}”不是“{{dictionary}}”字典中启用的选项（{{key}}）。',
  'expected.string': '文本',
  'expected.integer': '整数',
  'expected.number': '数字',
  'expected.boolean': '是或否',
  'expected.array': '列表',
  'expected.object': '一组值',
  computedDefault: '计算字段（公式、自动编号）不能设置默认值。',
}

const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, zh }

export function say(language: Language, key: MessageKey, vars: Record<string, unknown> = {}): string {
  return fill(MESSAGES[language][key], vars)
}
