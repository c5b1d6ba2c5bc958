import { ImportFileError } from '../messages'
import { parseCsv } from './csv'
import { decodeText, type Encoding } from './decode'
import { parseXlsx } from './xlsx'

/** Stated up front on the upload screen and in docs/import.md. */
export const MAX_FILE_MB = 20
export const MAX_ROWS = 200_000

export type ParsedFile = {
  headers: string[]
  /** Data rows, each as long as the header; row n of the file is rows[n - 1] (the header is row 0). */
  rows: string[][]
  encoding: 'utf-8' | 'gbk' | 'xlsx'
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const isZip = (b: Uint8Array) => ZIP_MAGIC.every((byte, i) => b[i] === byte)
/** Values no one names a column with: a header row made of these is data. */
const LOOKS_LIKE_DATA = [/^[+-]?\d[\d,. ]*$/, /@/, /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/, /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/]

function checkHeader(headers: string[]) {
  const seen = new Set<string>()
  headers.forEach((raw, i) => {
    const name = raw.trim()
    if (name === '') throw new ImportFileError('headerBlank', { column: i + 1 })
    if (LOOKS_LIKE_DATA.some((re) => re.test(name))) throw new ImportFileError('headerMissing', { cell: name })
    if (seen.has(name.toLowerCase())) throw new ImportFileError('headerRepeated', { name })
    seen.add(name.toLowerCase())
  })
}

/**
 * A CSV or XLSX upload as a header and rows, or an ImportFileError saying what is wrong with it. The
 * content decides, not the name alone: a workbook renamed .csv (or the reverse) is refused.
 */
export async function readImportFile(bytes: Uint8Array, filename: string, encoding: Encoding = 'auto'): Promise<ParsedFile> {
  if (bytes.length > MAX_FILE_MB * 1024 * 1024)
    throw new ImportFileError('fileTooLarge', { size: (bytes.length / 1024 / 1024).toFixed(1), limit: MAX_FILE_MB })
  const extension = filename.toLowerCase().split('.').pop()
  let table: string[][]
  let used: ParsedFile['encoding']
  if (extension === 'xlsx') {
    if (!isZip(bytes)) throw new ImportFileError('notXlsx')
    table = await parseXlsx(bytes)
    used = 'xlsx'
  } else if (extension === 'csv' || extension === 'txt') {
    if (isZip(bytes) || bytes.subarray(0, 4096).includes(0)) throw new ImportFileError('notCsv')
    const decoded = decodeText(bytes, encoding)
    table = parseCsv(decoded.text)
    used = decoded.encoding
  } else throw new ImportFileError('unknownType')
  if (table.length === 0) throw new ImportFileError('fileEmpty')
  const headers = table[0].map((h) => h.trim())
  checkHeader(headers)
  // A row of empty cells is no row (spreadsheets leave them behind); every other row is accounted for.
  const rows = table
    .slice(1)
    .map((r) => headers.map((_, i) => (r[i] ?? '').trim()))
    .filter((r) => r.some((cell) => cell !== ''))
  if (rows.length === 0) throw new ImportFileError('fileEmpty')
  if (rows.length > MAX_ROWS) throw new ImportFileError('tooManyRows', { rows: rows.length, limit: MAX_ROWS })
  return { headers, rows, encoding: used }
}
