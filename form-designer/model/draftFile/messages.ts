import { fill } from '../../../src/i18n/fill'

/** What an admin reads when a draft file cannot be imported. */
const en = {
  tooLarge: 'The file is too large ({{size}} KB; at most {{limit}} KB).',
  notJson: 'The file is not JSON: {{detail}}',
  duplicateKey: 'The key "{{key}}" is written twice in {{where}}; only one of them would be kept.',
  notDraft:
    'This is not a Formwork design file: it needs "format": "{{format}}" with the parts schema, layout and listViews (use Export to make one).',
  fileVersion: 'This design file has version {{version}}; this Formwork reads version 1.',
  otherEntity: 'This file holds the design of "{{file}}", not of "{{entity}}".',
  missingPart: 'The part "{{part}}" is missing.',
  top: 'the top of the file',
}

export type DraftFileMessageKey = keyof typeof en

const zh: Record<DraftFileMessageKey, string> = {
  tooLarge: '文件太大（{{size}} KB，最多 {{limit}} KB）。',
  notJson: '文件不是 JSON 格式：{{detail}}',
  duplicateKey: '键“{{key}}”在 {{where}} 中出现了两次，只会保留其中一个。',
  notDraft: '这不是 Formwork 的设计文件：需要 "format": "{{format}}" 以及 schema、layout、listViews 三部分（可用“导出”生成）。',
  fileVersion: '该设计文件的版本为 {{version}}，当前 Formwork 只能读取版本 1。',
  otherEntity: '该文件是“{{file}}”的设计，不是“{{entity}}”的。',
  missingPart: '缺少“{{part}}”部分。',
  top: '文件顶层',
}

export function sayDraftFile(language: 'en' | 'zh', key: DraftFileMessageKey, vars: Record<string, unknown> = {}): string {
  return fill((language === 'zh' ? zh : en)[key], vars)
}
