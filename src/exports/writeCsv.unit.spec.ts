import { describe, expect, it } from 'vitest'
import { formatTimestamp } from './cellValue'
import { bracketParams, exportUrl } from './exportUrl'
import { csvLine, csvStream } from './writeCsv'

describe('csvLine', () => {
  it.each([
    [[{ text: 'plain' }, { text: '1,5' }], 'plain,"1,5"\r\n'],
    [[{ text: 'say "hi"' }], '"say ""hi"""\r\n'],
    [[{ text: 'two\nlines' }], '"two\nlines"\r\n'],
    [[{ text: '=1+1' }, { text: '-12.50', numeric: true }], "'=1+1,-12.50\r\n"],
    [[{ text: '@SUM(A1)' }, { text: '示例' }], "'@SUM(A1),示例\r\n"],
  ])('%j', (cells, line) => {
    expect(csvLine(cells)).toBe(line)
  })
})

describe('csvStream', () => {
  it('starts with a BOM and the headers, then writes each page as it arrives', async () => {
    async function* pages() {
      yield [[{ text: 'a' }], [{ text: 'b' }]]
      yield [[{ text: 'c' }]]
    }
    const bytes = await new Response(csvStream(['名称'], pages())).arrayBuffer()
    // Response.text() would drop the BOM; decode keeping it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text).toBe('\uFEFF名称\r\na\r\nb\r\nc\r\n')
  })
})

describe('formatTimestamp', () => {
  it('writes the day in the tenant’s zone, and the time when there is one', () => {
    expect(formatTimestamp('2026-11-27T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-28 00:30')
    expect(formatTimestamp('2026-11-27T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-28')
    expect(formatTimestamp('2026-11-28T09:05:00.000Z', 'Europe/London')).toBe('2026-11-28 09:05')
  })
})

describe('exportUrl', () => {
  it('sends the list’s columns, sort and nested where as REST brackets', () => {
    const where = { and: [{ name: { like: '科技' } }, { or: [{ type: { equals: 'customer' } }] }] }
    expect(bracketParams('where', where)).toEqual([
      ['where[and][0][name][like]', '科技'],
      ['where[and][1][or][0][type][equals]', 'customer'],
    ])
    const url = new URL(exportUrl('accounts', 'xlsx', { columns: ['name', 'owner'], where, sort: '-createdAt' }), 'http://x')
    expect(url.pathname).toBe('/api/accounts/export')
    expect(url.searchParams.get('format')).toBe('xlsx')
    expect(url.searchParams.get('columns')).toBe('name,owner')
    expect(url.searchParams.get('sort')).toBe('-createdAt')
    expect(url.searchParams.get('where[and][0][name][like]')).toBe('科技')
  })
})
