import ExcelJS from 'exceljs'
import { ImportFileError } from '../messages'

const listed = (cells: string[]) => cells.slice(0, 5).join(', ') + (cells.length > 5 ? ' …' : '')

/** A cell as the text a CSV would hold: dates as ISO dates (or date-times), rich text flattened. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return ''
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('error' in value) return String(value.error)
  }
  return String(value)
}

/**
 * The first sheet's rows as text. Merged cells and formulas are refused with where they are: a merged
 * cell's value belongs to several rows, and a formula's cached result may be stale or missing.
 */
export async function parseXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new ImportFileError('notXlsx')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new ImportFileError('fileEmpty')
  const merges = (sheet.model as { merges?: string[] }).merges ?? []
  if (merges.length > 0) throw new ImportFileError('mergedCells', { cells: listed(merges) })
  const formulas: string[] = []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address)
      cells[column - 1] = cellText(cell.value).trim()
    })
    const filled = Array.from(cells, (c) => c ?? '')
    if (filled.some((c) => c !== '')) rows.push(filled)
  })
  if (formulas.length > 0) throw new ImportFileError('formulas', { cells: listed(formulas) })
  return rows
}
