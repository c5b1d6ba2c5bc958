import type { Endpoint } from 'payload'
import { routeId } from '../endpoints/requestParams'
import { fileResponse } from './fileResponse'
import { snapshotBytes } from './snapshots'

/** GET /api/document-snapshots/:id/file → the snapshot's bytes, identical to what was first printed. */
export const reprintEndpoint: Endpoint = {
  path: '/:id/file',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const snapshot = (await req.payload.findByID({
      collection: 'document-snapshots',
      id: routeId(req),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      showHiddenFields: true,
      select: { format: true, content: true, contentType: true, fileName: true, sha256: true },
    })) as unknown as { format: string; content: string; contentType: string; fileName: string; sha256: string }
    return fileResponse(snapshotBytes(snapshot), {
      contentType: snapshot.contentType,
      fileName: snapshot.fileName,
      headers: { etag: `"${snapshot.sha256}"` },
    })
  },
}
