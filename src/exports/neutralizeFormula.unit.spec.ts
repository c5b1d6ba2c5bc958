import { describe, expect, it } from 'vitest'
import { neutralizeFormula } from './neutralizeFormula'

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+cmd|/c calc', `'+1+cmd|/c calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['-12.50', '-12.50'],
    ['示例科技', '示例科技'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutralizeFormula(input)).toBe(output)
  })
})
