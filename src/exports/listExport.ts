import type { PayloadRequest, Sort, Where } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { tenantDetails } from '../printing/buildTemplateData'
import { invalidField, requestLanguage } from '../printing/errors'
import { labelIn } from '../printing/fieldLabels'
import { type Cell, cellValue } from './cellValue'
import { withCustomLabels } from './customColumns'
import { exportColumns } from './exportColumns'
import { exportRows } from './exportRows'
import { withoutHiddenColumns } from './withoutHiddenColumns'
import { csvStream } from './writeCsv'
import { xlsxStream } from './writeXlsx'

export const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const
export type ExportFormat = keyof typeof EXPORT_TYPES

export type ListExportQuery = { format?: unknown; columns?: unknown; where?: Where; sort?: Sort }

export type ListExport = {
  format: ExportFormat
  fileName: string
  /** The file's bytes as they are produced, page by page. */
  stream: ReadableStream<Uint8Array>
}

async function timeZoneOf(req: PayloadRequest): Promise<string> {
  const context = await getAccessContext(req)
  return context?.tenantId != null ? (await tenantDetails(req, context.tenantId)).timeZone : 'Asia/Shanghai'
}

export function exportFormatOf(req: PayloadRequest, value: unknown): ExportFormat {
  const format = value ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') throw invalidField(req, 'format', 'exportFormatInvalid')
  return format
}

/**
 * A list as a file, as the user sees it: the view's columns less the fields hidden from them (masked
 * ones are masked by the read itself), their access and filters, headers and labels in their language,
 * dates in the tenant's time zone. `onPage` hears how many rows each page added (the export job's
 * progress). The first page is read before returning, so a refused read is an error, not a broken file.
 */
export async function listExport(
  req: PayloadRequest,
  slug: string,
  query: ListExportQuery,
  onPage?: (rows: number) => Promise<void>,
): Promise<ListExport> {
  const format = exportFormatOf(req, query.format)
  const lang = requestLanguage(req)
  const requested = exportColumns(req, slug, typeof query.columns === 'string' ? query.columns : undefined, lang)
  const columns = await withCustomLabels(req, slug, await withoutHiddenColumns(req, slug, requested), lang)
  const timeZone = await timeZoneOf(req)
  const pages = exportRows(req, { slug, where: query.where, sort: query.sort, columns })
  const first = await pages.next()
  async function* cells(): AsyncGenerator<Cell[][]> {
    let page = first
    while (!page.done) {
      yield page.value.map((doc) => columns.map((c) => cellValue(req.payload, doc, c, lang, timeZone)))
      await onPage?.(page.value.length)
      page = await pages.next()
    }
  }
  const headers = columns.map((c) => c.header)
  const title = labelIn(req.payload.collections[slug].config.labels?.plural, lang, slug)
  const stamp = new Date().toISOString().slice(0, 10)
  return {
    format,
    fileName: `${title}-${stamp}.${format}`,
    stream: format === 'csv' ? csvStream(headers, cells()) : xlsxStream(title, headers, cells()),
  }
}
