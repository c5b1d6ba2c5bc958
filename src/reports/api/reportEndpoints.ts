import type { Endpoint } from 'payload'
import { documentId, jsonBody, routeId } from '../../endpoints/requestParams'
import { toLanguage } from '../../i18n/language'
import { fileResponse } from '../../printing/fileResponse'
import { runReport } from '../run/runReport'
import { answering } from './reportErrors'
import { CONTENT_TYPES, type ReportFormat, reportFile } from './reportFile'
import { savedReport } from './savedReport'

const pageOf = (value: unknown) => Math.max(1, Number.parseInt(String(value ?? '1'), 10) || 1)

/**
 * POST /api/reports/run — `{ definition }` (an unsaved report, the wizard's preview) or `{ report: id }`
 * (a saved one), with `page` and `pageSize`: one page of the result, within the user's scope.
 */
const runEndpoint: Endpoint = {
  path: '/run',
  method: 'post',
  custom: { formwork: true },
  handler: (req) =>
    answering(req, async () => {
      const body = await jsonBody(req)
      const definition = body.report != null ? (await savedReport(req, documentId(req, body.report))).definition : body.definition
      const result = await runReport(req, definition, { page: pageOf(body.page), pageSize: Number(body.pageSize) || 50 })
      return Response.json(result)
    }),
}

/** GET /api/reports/:id/export?format=csv|xlsx — the saved report's whole result as a file. */
const exportEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  custom: { formwork: true },
  handler: (req) =>
    answering(req, async () => {
      const format: ReportFormat = req.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
      const report = await savedReport(req, routeId(req))
      const bytes = await reportFile(req, report.definition, format, toLanguage(req.i18n?.language))
      const stamp = new Date().toISOString().slice(0, 10)
      return fileResponse(bytes, { contentType: CONTENT_TYPES[format], fileName: `${report.name}-${stamp}.${format}` })
    }),
}

export const reportEndpoints: Endpoint[] = [runEndpoint, exportEndpoint]
