import { describe, expect, it } from 'vitest'
import { suggestMapping } from './suggestMapping'
import type { TargetField } from './targetFields'

const field = (path: string, en: string, zh: string): TargetField => ({ path, label: { en, zh }, kind: 'text', required: false })
const FIELDS = [
  field('name', 'Name', '姓名'),
  field('email', 'Email', '邮箱'),
  field('mobile', 'Mobile', '手机'),
  field('custom.industryCode', 'Industry code', '行业代码'),
]

describe('suggestMapping', () => {
  it('matches Chinese and English labels and names, ignoring case, spaces, punctuation and a bracketed note', () => {
    expect(suggestMapping(['姓名（必填）', 'E-mail', ' MOBILE ', 'industry_code', 'industryCode', 'Notes'], FIELDS)).toEqual({
      '姓名（必填）': 'name',
      'E-mail': 'email',
      ' MOBILE ': 'mobile',
      industry_code: 'custom.industryCode',
    })
  })

  it('suggests a field for one column only', () => {
    expect(suggestMapping(['邮箱', 'Email'], FIELDS)).toEqual({ 邮箱: 'email' })
  })
})
