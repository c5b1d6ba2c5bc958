import type { Endpoint, PayloadRequest } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import { documentId, jsonBody, routeId } from '../endpoints/requestParams'
import { toLanguage } from '../i18n'
import { buildTemplateData } from './buildTemplateData'
import { forbidden, invalidField, requestLanguage } from './errors'
import { printRecord } from './printRecord'
import { renderTemplateDoc, type TemplateDoc } from './renderTemplateDoc'
import { sendRecord } from './sendRecord'
import { isTemplateEntity } from './templateEntities'
import { templateErrorResponse } from './templateErrors'

/** The `:id` template, as the user may read it (404 otherwise). */
const routeTemplate = async (req: PayloadRequest): Promise<TemplateDoc> =>
  (await req.payload.findByID({
    collection: 'export-templates',
    id: routeId(req),
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })) as unknown as TemplateDoc

/** Template editors only: previews run arbitrary template sources. */
async function assertTemplateEditor(req: PayloadRequest) {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null) throw forbidden(req)
  if (!grantFor(context, 'export-templates', 'update') && !grantFor(context, 'export-templates', 'create')) throw forbidden(req)
}

/**
 * POST /api/export-templates/preview { source, entity, recordId, language, partials?, page? } → { html },
 * or 400 { errors: [{ message, line, column }] }. Nothing is stored: this feeds the editor's live preview.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    await assertTemplateEditor(req)
    const body = await jsonBody(req)
    if (typeof body.source !== 'string') throw invalidField(req, 'source', 'templateSourceRequired')
    if (!isTemplateEntity(body.entity)) throw invalidField(req, 'entity', 'templateEntityInvalid')
    if (body.recordId == null || body.recordId === '') throw invalidField(req, 'recordId', 'recordIdRequired')
    const language = toLanguage(body.language)
    const data = await buildTemplateData(req, body.entity, documentId(req, body.recordId), language)
    const page = (body.page ?? {}) as Partial<TemplateDoc>
    const result = await renderTemplateDoc(
      {
        source: body.source,
        partials: body.partials as TemplateDoc['partials'],
        paperSize: page.paperSize,
        orientation: page.orientation,
        margins: page.margins,
      },
      data,
    )
    if (!result.ok) return templateErrorResponse(requestLanguage(req), result.error)
    return Response.json({ html: result.html })
  },
}

/**
 * POST /api/export-templates/:id/render { recordId, format? } → the printed file (HTML or PDF), named
 * after the document's number. What is printed is kept as a snapshot (X-Snapshot-Id) for reprints.
 */
export const renderEndpoint: Endpoint = {
  path: '/:id/render',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const body = await jsonBody(req)
    if (body.recordId == null || body.recordId === '') throw invalidField(req, 'recordId', 'recordIdRequired')
    if (body.format != null && body.format !== 'html' && body.format !== 'pdf')
      throw invalidField(req, 'format', 'printFormatInvalid')
    const template = await routeTemplate(req)
    return printRecord(req, template, documentId(req, body.recordId), body.format as 'html' | 'pdf' | undefined)
  },
}

/**
 * POST /api/export-templates/:id/send { recordId, to, subject?, message? } → 201 { outboxId, status,
 * snapshot, activity }: the record rendered with the template, emailed through the outbox and logged on
 * its timeline.
 */
export const sendEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const body = await jsonBody(req)
    if (body.recordId == null || body.recordId === '') throw invalidField(req, 'recordId', 'recordIdRequired')
    const template = await routeTemplate(req)
    return sendRecord(req, template, documentId(req, body.recordId), body)
  },
}
