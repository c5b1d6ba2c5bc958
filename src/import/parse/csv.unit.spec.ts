import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv'

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes; drops the BOM', () => {
    const text = '\uFEFFname,note\r\n"Wang, Wei","said ""hi""\nthen left"\r\nLi,\n'
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Wang, Wei', 'said "hi"\nthen left'],
      ['Li', ''],
    ])
  })

  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a,b,c\n\n1,,3\n,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['', '', ''],
    ])
  })

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a,b\n"x,1\n')).toThrow(/unclosed quote/)
  })
})
