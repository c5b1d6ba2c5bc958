import type { Endpoint, Sort, Where } from 'payload'
import { fileResponse } from '../printing/fileResponse'
import { EXPORT_TYPES, listExport } from './listExport'

/**
 * GET /api/<collection>/export?format=csv|xlsx&columns=name,code,custom.tier&where[…]=…&sort=…
 * The list as a file, streamed while it is read (large lists go through `POST …/export-jobs` instead,
 * with progress and a download when ready).
 */
export const exportEndpoint = (slug: string): Endpoint => ({
  path: '/export',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const query = (req.query ?? {}) as { format?: string; columns?: string; where?: Where; sort?: Sort }
    const file = await listExport(req, slug, query)
    const response = fileResponse('', { contentType: EXPORT_TYPES[file.format], fileName: file.fileName })
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(file.stream, { status: 200, headers })
  },
})
