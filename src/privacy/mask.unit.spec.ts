import { describe, expect, it } from 'vitest'
import { isMaskOf, looksMasked, maskEmail, maskPhone } from './mask'

describe('maskPhone', () => {
  it.each([
    // Mainland mobiles: carrier prefix and last four stay.
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138 **** 5678'],
    ['138-1234-5678', '138-****-5678'],
    ['+86 138 1234 5678', '+86 138 **** 5678'],
    ['+8613812345678', '+86138****5678'],
    ['0086 13812345678', '0086 138****5678'],
    // Landlines keep their area code.
    ['010-62345678', '010-****5678'],
    ['021 6123 4567', '021 **** 4567'],
    ['0755-86012345', '0755-****2345'],
    ['075586012345', '0755****2345'],
    ['+86 10 6234 5678', '+86 10 **** 5678'],
    ['+86 755 8601 2345', '+86 755 **** 2345'],
    ['62345678', '****5678'],
    // International: the country code stays.
    ['+44 20 7946 0958', '+44 ** **** 0958'],
    ['+1 (415) 555-0132', '+1 (***) ***-0132'],
    ['+442079460958', '+44******0958'],
    ['0049 30 1234567', '0049 ** ***4567'],
    // Short numbers and extensions give little away.
    ['8001', '**01'],
    ['12', '*2'],
  ])('%s → %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected)
  })

  it('always hides at least four digits', () => {
    for (const value of ['13812345678', '010-62345678', '+44 20 7946 0958', '1234567', '+8613812345678']) {
      const hidden = [...maskPhone(value)].filter((c) => c === '*').length
      expect(hidden).toBeGreaterThanOrEqual(4)
    }
  })

  it('leaves an empty value empty and hides a value without digits', () => {
    expect(maskPhone('')).toBe('')
    expect(maskPhone('ask reception')).toBe('***')
  })
})

describe('maskEmail', () => {
  it.each([
    ['zhang.san@example.com', 'z***@example.com'],
    ['z@example.com', 'z***@example.com'],
    ['王小明@例子.公司', '王***@例子.公司'],
    ['"odd@local"@example.org', '"***@example.org'],
    ['not-an-address', 'n***'],
  ])('%s → %s', (input, expected) => {
    expect(maskEmail(input)).toBe(expected)
  })
})

describe('isMaskOf', () => {
  it('recognises a masked value sent back unchanged', () => {
    expect(isMaskOf('phone', '138****5678', '13812345678')).toBe(true)
    expect(isMaskOf('email', 'z***@example.com', 'zhang.san@example.com')).toBe(true)
  })

  it('does not mistake a new value or an edited mask for the stored one', () => {
    expect(isMaskOf('phone', '13912345678', '13812345678')).toBe(false)
    expect(isMaskOf('phone', '138****5679', '13812345678')).toBe(false)
    expect(isMaskOf('phone', '138****5678', null)).toBe(false)
    expect(isMaskOf('email', 'z***@example.org', 'zhang.san@example.com')).toBe(false)
  })

  it('tells an edited mask apart from a real value', () => {
    expect(looksMasked('138****5679')).toBe(true)
    expect(looksMasked('13812345679')).toBe(false)
    expect(looksMasked(null)).toBe(false)
  })
})
