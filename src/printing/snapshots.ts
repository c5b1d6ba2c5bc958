import crypto from 'node:crypto'
import type { PayloadRequest } from 'payload'
import type { TemplateData } from '../../templates'
import { getAccessContext } from '../access/accessContext'
import { type Id, idOf } from '../access/types'
import type { TemplateDoc } from './renderTemplateDoc'

/** The template's latest version: a reprint says exactly which text of the template produced it. */
async function latestVersionId(req: PayloadRequest, templateId: Id): Promise<string | null> {
  const { docs } = await req.payload.findVersions({
    collection: 'export-templates',
    where: { parent: { equals: templateId } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * Keep what was printed with the record: the file's bytes (base64 for PDF), the data it came from and
 * the template version. Owner and department are the record's, so the snapshot is as visible as it.
 */
export async function storeSnapshot(
  req: PayloadRequest,
  input: { template: TemplateDoc; recordId: Id; format: 'html' | 'pdf'; fileName: string; bytes: Buffer; data: TemplateData },
) {
  const context = await getAccessContext(req)
  const { template, recordId, format, fileName, bytes, data } = input
  const doc = data.doc as { number?: string; owner?: unknown; department?: unknown; tenant?: unknown }
  return req.payload.create({
    collection: 'document-snapshots',
    data: {
      tenant: context?.tenantId ?? idOf((template as { tenant?: unknown }).tenant),
      entity: template.entity,
      record: { relationTo: template.entity, value: recordId },
      recordNumber: doc.number || String(recordId),
      template: template.id,
      templateName: template.name,
      templateVersion: await latestVersionId(req, template.id),
      templateUpdatedAt: template.updatedAt,
      format,
      language: template.language,
      fileName,
      contentType: format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8',
      content: format === 'pdf' ? bytes.toString('base64') : bytes.toString('utf8'),
      byteLength: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      data,
      owner: idOf(doc.owner),
      department: idOf(doc.department),
      createdBy: req.user?.id ?? null,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/** The stored bytes of a snapshot, exactly as they were first printed. */
export function snapshotBytes(snapshot: { format: string; content: string }): Buffer {
  return snapshot.format === 'pdf' ? Buffer.from(snapshot.content, 'base64') : Buffer.from(snapshot.content, 'utf8')
}
