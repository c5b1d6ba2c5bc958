import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

/** What an admin reads when a schema cannot be saved or published (the designer and the API alike). */
const en = {
  badKey: '"{{key}}" is not a usable key: start with a lower-case letter; letters, digits and _ only; at most 63 characters',
  fieldNotObject: 'A field must be an object',
  unknownType: 'Unknown field type {{type}}',
  keywordNotSupported: '"{{keyword}}" is not supported for a {{type}} field',
  label: 'A label needs an English or a Chinese text',
  needsOptions: 'A select field needs options (non-empty texts) or a dictionary',
  sharedOption: 'Two options share a value',
  relationTo: 'A {{type}} must point to one of: {{targets}}',
  groupInGroup: 'A group cannot contain another group',
  rule: '{{problem}}',
  uniqueSingle: 'Only a single value can be unique: not a {{type}} field',
  permissionsShape: 'Permissions map role keys to hidden, readOnly or masked',
  permissionLevel: '"{{level}}" is not one of hidden, readOnly, masked',
  schemaNotObject: 'The schema must be an object',
  topKeyword: '"{{keyword}}" is not supported at the top of a schema',
  draft: 'Only JSON Schema draft 2020-12 ({{url}})',
  objectType: 'The schema of custom values must be of type "object"',
  closed: 'Must be false: values without a field are refused',
  propertiesObject: 'Must be an object',
  tooManyFields: 'At most {{limit}} fields',
  requiredNotField: '"{{key}}" is required but is not a field',
  notJsonSchema: 'Not valid JSON Schema: {{detail}}',
  circular:
    'Circular rule: {{cycle}}. Whether these fields show, can be edited or what they compute depends on themselves, which can lock the form: break the circle in one of these rules',
}

export type SchemaMessageKey = keyof typeof en

// Typed by the English keys, so a missing translation fails the type check.
const zh: Record<SchemaMessageKey, string> = {
  badKey: '“{{key}}”不能用作字段标识：以小写字母开头，只能包含字母、数字和 _，最多 63 个字符',
  fieldNotObject: '字段必须是一个对象',
  unknownType: '未知的字段类型 {{type}}',
  keywordNotSupported: '{{type}} 字段不支持“{{keyword}}”',
  label: '标签至少需要中文或英文文本',
  needsOptions: '选择字段需要选项（非空文本）或字典',
  sharedOption: '有两个选项的值相同',
  relationTo: '{{type}} 字段必须指向以下之一：{{targets}}',
  groupInGroup: '子表中不能再包含子表',
  rule: '规则无法使用：{{problem}}',
  uniqueSingle: '只有单个值的字段才能设为唯一：{{type}} 字段不行',
  permissionsShape: '权限须把角色标识对应到 hidden、readOnly 或 masked',
  permissionLevel: '“{{level}}”不是 hidden、readOnly、masked 之一',
  schemaNotObject: '字段定义（schema）必须是一个对象',
  topKeyword: 'schema 顶层不支持“{{keyword}}”',
  draft: '只支持 JSON Schema draft 2020-12（{{url}}）',
  objectType: '自定义字段的 schema 类型必须是 "object"',
  closed: '必须为 false：不接受没有对应字段的值',
  propertiesObject: '必须是一个对象',
  tooManyFields: '最多 {{limit}} 个字段',
  requiredNotField: '“{{key}}”被设为必填，但不是一个字段',
  notJsonSchema: '不是有效的 JSON Schema：{{detail}}',
  circular:
    '循环规则：{{cycle}}。这些字段是否显示、能否编辑或计算结果最终取决于它们自己，可能使表单无法填写：请在其中一条规则中打破循环',
}

export function saySchema(language: Language, key: SchemaMessageKey, vars: Record<string, unknown> = {}): string {
  return fill((language === 'zh' ? zh : en)[key], vars)
}
