import type { Endpoint, Where } from 'payload'
import { tenantTimeZone } from '../../tenancy/tenantSettings'
import { type SalesTargetDoc, targetCompletion } from '../targets/targetCompletion'
import { answering } from './reportErrors'

/**
 * GET /api/sales-targets/progress?year=2026[&period=quarter&index=4&page=2] — the targets the user may
 * read, a page at a time, each with its completion counted within the user's scope.
 */
const progressEndpoint: Endpoint = {
  path: '/progress',
  method: 'get',
  custom: { formwork: true },
  handler: (req) =>
    answering(req, async () => {
      const params = req.searchParams
      const and: Where[] = []
      const year = Number(params.get('year'))
      if (year) and.push({ year: { equals: year } })
      if (params.get('period')) and.push({ period: { equals: params.get('period') } })
      if (params.get('index')) and.push({ index: { equals: Number(params.get('index')) } })
      const found = await req.payload.find({
        collection: 'sales-targets',
        where: { and },
        sort: ['year', 'period', 'index'],
        page: Math.max(1, Number(params.get('page')) || 1),
        limit: 50,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const docs = found.docs as unknown as SalesTargetDoc[]
      const zone = docs[0] ? await tenantTimeZone(req, docs[0].tenant as string) : null
      const targets = []
      for (const doc of docs) targets.push({ ...doc, progress: await targetCompletion(req, doc, zone) })
      return Response.json({ targets, page: found.page, totalPages: found.totalPages, totalDocs: found.totalDocs })
    }),
}

export const targetEndpoints: Endpoint[] = [progressEndpoint]
