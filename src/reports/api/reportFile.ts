import type { PayloadRequest } from 'payload'
import type { Cell } from '../../exports/cellValue'
import { csvStream } from '../../exports/writeCsv'
import { xlsxStream } from '../../exports/writeXlsx'
import type { Language } from '../../i18n/language'
import type { AggregateResult } from '../run/runAggregate'
import { runReport } from '../run/runReport'
import type { TabularResult } from '../run/runTabular'

export type ReportFormat = 'csv' | 'xlsx'
export const CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
const PAGE = 500
/** A file holds at most this many detail rows; a bigger export is a list export's job. */
export const MAX_FILE_ROWS = 100_000

const TOTAL = { en: 'Total', zh: '合计' }
const YES_NO = { en: ['Yes', 'No'], zh: ['是', '否'] }

function tabularCells(result: TabularResult, lang: Language): Cell[][] {
  return result.rows.map((row) =>
    row.cells.map((value, i) => {
      const column = result.columns[i]
      if (value == null) return { text: '' }
      if (column.kind === 'money') return { text: String(value), numeric: true, money: true }
      if (column.kind === 'number') return { text: String(value), numeric: true }
      if (column.kind === 'boolean') return { text: YES_NO[lang][value ? 0 : 1] }
      const option = column.options?.find((o) => o.value === value)
      return { text: option ? option.label[lang] : String(value) }
    }),
  )
}

function aggregateCells(result: AggregateResult, lang: Language): Cell[][] {
  const money = result.aggregates.map((a) => a.money)
  const values = (v: (string | null)[]) =>
    v.map((x, i) => (x == null ? { text: '' } : { text: x, numeric: true, money: money[i] }))
  const levels = result.groupFields.length
  return [
    ...result.rows.map((r) => [...r.keys.map((k) => ({ text: k.label[lang] })), ...values(r.values)]),
    [{ text: TOTAL[lang] }, ...Array.from({ length: levels - 1 }, () => ({ text: '' })), ...values(result.total.values)],
  ]
}

/**
 * A report's whole result as CSV or XLSX, with headers in the user's language: every group of a
 * summary (and the total), or every detail row of a tabular report, read page by page.
 */
export async function reportFile(req: PayloadRequest, definition: unknown, format: ReportFormat, lang: Language, now?: Date) {
  const first = await runReport(req, definition, { page: 1, pageSize: PAGE, now })
  let headers: string[]
  async function* pages(): AsyncGenerator<Cell[][]> {
    if (first.type !== 'tabular') {
      yield aggregateCells(first as AggregateResult, lang)
      return
    }
    let page = first as TabularResult
    for (let n = 1; ; n++) {
      yield tabularCells(page, lang)
      if (n * PAGE >= Math.min(page.totalRows, MAX_FILE_ROWS)) return
      page = (await runReport(req, definition, { page: n + 1, pageSize: PAGE, now })) as TabularResult
    }
  }
  if (first.type === 'tabular') headers = first.columns.map((c) => c.label[lang])
  else headers = [...first.groupFields.map((g) => g.label[lang]), ...first.aggregates.map((a) => a.label[lang])]
  const stream = format === 'csv' ? csvStream(headers, pages()) : xlsxStream('Report', headers, pages())
  return Buffer.from(await new Response(stream).arrayBuffer())
}
