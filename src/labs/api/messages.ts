import { fill } from '../../i18n/fill'
import type { Language } from '../../i18n/language'

const en = {
  signedOut: 'Sign in first.',
  notTeacher: 'Only a teacher of the class (or a super admin) may do this.',
  notFound: 'No such {{what}} among your classes.',
  closed: 'The class "{{name}}" is closed: its groups can no longer be reset, snapshotted or restored.',
  required: '{{field}} is required.',
  nameTooLong: 'The name is longer than {{max}} characters.',
  slugFormat: 'The slug takes 2 to 41 lowercase letters, digits and dashes, starting with a letter or digit.',
  slugTaken: 'The slug "{{slug}}" is taken (by a tenant or one of the groups it would make: {{taken}}).',
  language: 'The language is zh or en.',
  preset: 'No lab preset {{preset}}.',
  groups: 'The number of groups is a whole number from 1 to {{max}}.',
  studentsList: 'The students are a list of 1 to {{max}} names.',
  studentName: "Student {{index}}'s name is empty or not text.",
  studentNameTooLong: "Student {{index}}'s name is longer than {{max}} characters.",
  snapshotName: 'The snapshot needs a name of at most {{max}} characters.',
  failed: 'The class could not be created: {{reason}}',
  noPreset:
    'This group was made from a bundle file, not a lab preset: there is no preset to reset it to (use npm run lab -- reset --preset).',
}
export type LabMessageKey = keyof typeof en

const zh: Record<LabMessageKey, string> = {
  signedOut: '请先登录。',
  notTeacher: '只有该班级的教师（或超级管理员）可以执行此操作。',
  notFound: '您的班级中没有这个{{what}}。',
  closed: '班级“{{name}}”已结课：其小组不能再重置、创建快照或恢复。',
  required: '请填写{{field}}。',
  nameTooLong: '名称超过 {{max}} 个字符。',
  slugFormat: '标识为 2 到 41 个小写字母、数字或短横线，以字母或数字开头。',
  slugTaken: '标识“{{slug}}”已被占用（租户或它将创建的小组：{{taken}}）。',
  language: '语言只能是 zh 或 en。',
  preset: '没有实训预设 {{preset}}。',
  groups: '小组数须为 1 到 {{max}} 的整数。',
  studentsList: '学生须为 1 到 {{max}} 个姓名的列表。',
  studentName: '第 {{index}} 个学生的姓名为空或不是文本。',
  studentNameTooLong: '第 {{index}} 个学生的姓名超过 {{max}} 个字符。',
  snapshotName: '快照需要一个不超过 {{max}} 个字符的名称。',
  failed: '班级创建失败：{{reason}}',
  noPreset: '该小组由配置包文件创建，没有可重置到的实训预设（请使用 npm run lab -- reset --preset）。',
}

/** Words the messages name, in each language. */
export const LAB_WORDS = {
  en: { class: 'class', group: 'group', snapshot: 'snapshot', name: 'The name', slug: 'The slug', preset: 'The preset' },
  zh: { class: '班级', group: '小组', snapshot: '快照', name: '名称', slug: '标识', preset: '实训预设' },
} as const

export const labMessage = (language: Language, key: LabMessageKey, vars: Record<string, string | number> = {}) =>
  fill((language === 'zh' ? zh : en)[key], vars)
