import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { htmlToPdf } from '../pdf/htmlToPdf'
import { pdfUnavailable } from '../pdf/pdfUnavailable'
import { buildTemplateData } from './buildTemplateData'
import { requestLanguage } from './errors'
import { fileResponse, safeFileName } from './fileResponse'
import { pageOf, renderTemplateDoc, type TemplateDoc } from './renderTemplateDoc'
import { storeSnapshot } from './snapshots'
import { templateErrorResponse } from './templateErrors'

export const CONTENT_TYPES = { html: 'text/html; charset=utf-8', pdf: 'application/pdf' } as const

/**
 * Print one record with a template: render the HTML (the engine's worker pool), print it to PDF when
 * asked (the shared Chromium), keep what was printed as a snapshot, and answer with the file.
 */
export async function printRecord(
  req: PayloadRequest,
  template: TemplateDoc,
  recordId: Id,
  requestedFormat?: 'html' | 'pdf',
): Promise<Response> {
  const format = requestedFormat ?? template.format ?? 'pdf'
  const data = await buildTemplateData(req, template.entity, recordId, template.language)
  const result = await renderTemplateDoc(template, data)
  if (!result.ok) return templateErrorResponse(requestLanguage(req), result.error)
  let bytes: Buffer
  if (format === 'pdf') {
    const page = pageOf(template)
    bytes = await htmlToPdf(result.html, {
      size: page.size,
      orientation: page.orientation,
      marginsMm: page.marginsMm,
      allowUrls: data.tenant.logoUrl ? [data.tenant.logoUrl] : [],
    }).catch((error) => pdfUnavailable(req, error))
  } else {
    bytes = Buffer.from(result.html, 'utf8')
  }
  const number = typeof data.doc.number === 'string' && data.doc.number ? data.doc.number : `${template.entity}-${recordId}`
  const fileName = `${safeFileName(number)}.${format}`
  const snapshot = await storeSnapshot(req, { template, recordId, format, fileName, bytes, data })
  return fileResponse(bytes, {
    contentType: CONTENT_TYPES[format],
    fileName,
    headers: { 'x-snapshot-id': String(snapshot.id) },
  })
}
