import { describe, expect, it } from 'vitest'
import { isMaskedForm, maskField } from './maskField'

describe('maskField', () => {
  it.each([
    ['phone', '13812345678', '138****5678'],
    ['email', 'zhang.san@example.com', 'z***@example.com'],
    ['text', '6222020200112233', '6***'],
    ['text', '张三丰', '张***'],
    ['text', 1234, '***'],
    ['text', ['a', 'b'], '***'],
    ['text', null, null],
    ['text', '', ''],
  ] as const)('%s %j → %j', (kind, value, expected) => {
    expect(maskField(kind, value)).toEqual(expected)
  })

  it('recognises a mask sent back unchanged, and nothing else', () => {
    expect(isMaskedForm('phone', '138****5678', '13812345678')).toBe(true)
    expect(isMaskedForm('phone', '138****5679', '13812345678')).toBe(false)
    expect(isMaskedForm('text', '***', 42)).toBe(true)
    expect(isMaskedForm('text', '***', null)).toBe(false)
  })
})
