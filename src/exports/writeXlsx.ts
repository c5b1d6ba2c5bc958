import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Cell } from './cellValue'
import { neutralizeFormula } from './neutralizeFormula'

/**
 * An XLSX stream written row by row (exceljs' streaming writer): money as numbers with two decimals,
 * text neutralized against formula injection like the CSV.
 */
export function xlsxStream(sheetName: string, headers: string[], rows: AsyncIterable<Cell[][]>): ReadableStream<Uint8Array> {
  const output = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[[\]*?/\\:]/g, ' '))
  const write = async () => {
    const header = sheet.addRow(headers)
    header.font = { bold: true }
    header.commit()
    for await (const page of rows) {
      for (const cells of page) {
        const row = sheet.addRow(
          cells.map((c) =>
            c.numeric && c.text !== '' && Number.isFinite(Number(c.text)) ? Number(c.text) : neutralizeFormula(c.text),
          ),
        )
        cells.forEach((c, i) => {
          if (c.money) row.getCell(i + 1).numFmt = '#,##0.00'
        })
        row.commit()
      }
    }
    sheet.commit()
    await workbook.commit()
  }
  write().catch((error) => output.destroy(error))
  return Readable.toWeb(output) as unknown as ReadableStream<Uint8Array>
}
