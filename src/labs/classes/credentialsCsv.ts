import { csvLine } from '../../exports/writeCsv'
import type { Credential } from './createClass'

/** Students' names from a CSV or a plain list: one per line, the first column, a header row of 姓名/name skipped. */
export function studentNames(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split(',')[0].replace(/^"|"$/g, '').trim())
    .filter((name) => name !== '')
  return /^(姓名|名字|学生|name|student)s?$/i.test(lines[0] ?? '') ? lines.slice(1) : lines
}

/** The generated logins as CSV (UTF-8 with BOM, so Excel opens Chinese names). */
export function credentialsCsv(credentials: Credential[], language: 'zh' | 'en'): string {
  const header = language === 'zh' ? ['姓名', '小组', '登录邮箱', '初始密码'] : ['Name', 'Group', 'Email', 'Initial password']
  const rows = credentials.map((c) => [c.name, c.group, c.email, c.password])
  return `\uFEFF${[header, ...rows].map((row) => csvLine(row.map((text) => ({ text })))).join('')}`
}
