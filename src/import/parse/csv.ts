import { ImportFileError } from '../messages'

/**
 * RFC 4180 CSV: fields separated by commas, optionally quoted; a quoted field may hold commas, doubled
 * quotes and line breaks. CRLF and LF both end a record; a leading BOM is dropped. Fully blank lines
 * are left out (editors add them at the end).
 */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endRow = () => {
    row.push(field)
    field = ''
    if (row.length > 1 || row[0] !== '') rows.push(row)
    row = []
  }
  while (i < source.length) {
    const ch = source[i]
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"' && field === '') {
      quoted = true
      i++
    } else if (ch === ',') {
      row.push(field)
      field = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1
    } else {
      field += ch
      i++
    }
  }
  if (quoted) throw new ImportFileError('badQuotes', { row: rows.length + 1 })
  if (field !== '' || row.length > 0) endRow()
  return rows
}
