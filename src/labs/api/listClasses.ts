import type { Endpoint, Where } from 'payload'
import type { Id } from '../../access/types'
import { pageParams } from '../../endpoints/requestParams'
import { labHandler } from './errors'
import { groupsOfClass } from './groupsOfClass'
import { presetOfClass } from './presetSummary'
import { type ClassDoc, requireTeacher } from './teacher'

/**
 * GET /api/labs/classes?page=&limit= — the classes the caller teaches (every class for a super admin),
 * newest first, each with its preset, how many groups and students it has and whether it is closed.
 */
export const listClassesEndpoint: Endpoint = {
  path: '/labs/classes',
  method: 'get',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const { page, limit } = pageParams(req.searchParams)
    const where: Where = teacher.superAdmin
      ? { kind: { equals: 'class' } }
      : { and: [{ kind: { equals: 'class' } }, { id: { in: teacher.classIds } }] }
    const found = await req.payload.find({
      collection: 'tenants',
      where,
      sort: '-createdAt',
      page,
      limit,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const docs = []
    for (const klass of found.docs as unknown as ClassDoc[]) {
      const groups = await groupsOfClass(req, klass.id)
      const students =
        groups.length === 0
          ? 0
          : (
              await req.payload.count({
                collection: 'users',
                where: { 'memberships.tenant': { in: groups.map((g) => g.id as Id) } },
                overrideAccess: true,
                req,
              })
            ).totalDocs
      const preset = await presetOfClass(req, klass.labPreset)
      docs.push({
        id: klass.id,
        name: klass.name,
        slug: klass.slug,
        language: klass.language === 'en' ? 'en' : 'zh',
        preset: preset ? { id: preset.id, name: preset.name } : null,
        groups: groups.length,
        students,
        closed: Boolean(klass.closedAt),
        createdAt: klass.createdAt,
      })
    }
    return Response.json({ docs, totalDocs: found.totalDocs, page: found.page ?? page, totalPages: found.totalPages })
  }),
}
