import type { Endpoint, PayloadRequest, Sort, Where } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { tenantDetails } from '../printing/buildTemplateData'
import { invalidField, requestLanguage } from '../printing/errors'
import { labelIn } from '../printing/fieldLabels'
import { fileResponse } from '../printing/fileResponse'
import { type Cell, cellValue } from './cellValue'
import { withCustomLabels } from './customColumns'
import { exportColumns } from './exportColumns'
import { exportRows } from './exportRows'
import { withoutHiddenColumns } from './withoutHiddenColumns'
import { csvStream } from './writeCsv'
import { xlsxStream } from './writeXlsx'

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

async function timeZoneOf(req: PayloadRequest): Promise<string> {
  const context = await getAccessContext(req)
  return context?.tenantId != null ? (await tenantDetails(req, context.tenantId)).timeZone : 'Asia/Shanghai'
}

/**
 * GET /api/<collection>/export?format=csv|xlsx&columns=name,code,custom.tier&where[…]=…&sort=…
 * The list as a file: the view's columns, the user's access and filters, headers in their language.
 */
export const exportEndpoint = (slug: string): Endpoint => ({
  path: '/export',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const query = (req.query ?? {}) as { format?: string; columns?: string; where?: Where; sort?: Sort }
    const format = query.format ?? 'csv'
    if (format !== 'csv' && format !== 'xlsx') throw invalidField(req, 'format', 'exportFormatInvalid')
    const lang = requestLanguage(req)
    const requested = exportColumns(req, slug, typeof query.columns === 'string' ? query.columns : undefined, lang)
    const columns = await withCustomLabels(req, slug, await withoutHiddenColumns(req, slug, requested), lang)
    const timeZone = await timeZoneOf(req)
    const pages = exportRows(req, { slug, where: query.where, sort: query.sort, columns })
    // The first page is read before answering, so a refused read is an error status, not a broken file.
    const first = await pages.next()
    async function* cells(): AsyncGenerator<Cell[][]> {
      let page = first
      while (!page.done) {
        yield page.value.map((doc) => columns.map((c) => cellValue(req.payload, doc, c, lang, timeZone)))
        page = await pages.next()
      }
    }
    const headers = columns.map((c) => c.header)
    const title = labelIn(req.payload.collections[slug].config.labels?.plural, lang, slug)
    const stamp = new Date().toISOString().slice(0, 10)
    const body = format === 'csv' ? csvStream(headers, cells()) : xlsxStream(title, headers, cells())
    const response = fileResponse('', { contentType: TYPES[format], fileName: `${title}-${stamp}.${format}` })
    const responseHeaders = new Headers(response.headers)
    responseHeaders.delete('content-length')
    return new Response(body, { status: 200, headers: responseHeaders })
  },
})
