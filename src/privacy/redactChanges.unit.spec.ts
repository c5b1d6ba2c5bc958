import { describe, expect, it } from 'vitest'
import { ERASED, redactChanges } from './redactChanges'

const redaction = { fields: new Set(['name', 'mobile', 'consent']), values: ['王小明', '13812345678', 'wxm@example.com'] }

describe('redactChanges', () => {
  it('empties personal fields and keeps the rest', () => {
    const changes = [
      { field: 'name', before: '王小明', after: '王晓明' },
      { field: 'mobile', before: null, after: '13812345678' },
      { field: 'consent', before: { email: { allowed: false } }, after: { email: { allowed: true } } },
      { field: 'stage', before: 'new', after: 'won' },
    ]
    expect(redactChanges(changes, redaction)).toEqual([
      { field: 'name', before: ERASED, after: ERASED },
      { field: 'mobile', before: null, after: ERASED },
      { field: 'consent', before: ERASED, after: ERASED },
      { field: 'stage', before: 'new', after: 'won' },
    ])
  })

  it('removes the person’s values copied into other fields, also inside custom values and arrays', () => {
    const changes = [
      { field: 'phone', before: null, after: '13812345678' },
      { field: 'custom.wechat', before: null, after: 'WXM@example.com' },
      { field: 'tags', before: [], after: ['王小明', 'vip'] },
      { field: 'amount', before: '100.00', after: '120.00' },
    ]
    expect(redactChanges(changes, redaction)).toEqual([
      { field: 'phone', before: null, after: ERASED },
      { field: 'custom.wechat', before: null, after: ERASED },
      { field: 'tags', before: [], after: [ERASED, 'vip'] },
      { field: 'amount', before: '100.00', after: '120.00' },
    ])
  })

  it('returns the same array when there is nothing to redact, so nothing is rewritten', () => {
    const changes = [{ field: 'stage', before: 'new', after: 'won' }]
    expect(redactChanges(changes, redaction)).toBe(changes)
    expect(redactChanges(null, redaction)).toBeNull()
  })
})
