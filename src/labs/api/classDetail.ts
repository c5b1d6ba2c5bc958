import type { Endpoint } from 'payload'
import { routeId } from '../../endpoints/requestParams'
import { checkExercises } from '../exercises/checkExercises'
import { labHandler } from './errors'
import { groupsOfClass, studentsOfGroups } from './groupsOfClass'
import { presetOfClass } from './presetSummary'
import { requireTeacher, taughtClass } from './teacher'

/**
 * GET /api/labs/classes/:id — the class with its preset's exercises and, per group, its students,
 * each exercise's result checked live against the group's data, and how many snapshots it has.
 * A class holds at most 200 groups, so the groups are not paged.
 */
export const classDetailEndpoint: Endpoint = {
  path: '/labs/classes/:id',
  method: 'get',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const klass = await taughtClass(req, teacher, routeId(req))
    const preset = await presetOfClass(req, klass.labPreset)
    const exercises = preset?.exercises ?? []
    const groups = await groupsOfClass(req, klass.id)
    const students = await studentsOfGroups(
      req,
      groups.map((g) => g.id),
    )
    const rows = []
    for (const group of groups) {
      const results = await checkExercises(req.payload, group.id, exercises, req)
      const snapshots = await req.payload.count({
        collection: 'lab-snapshots',
        where: { tenant: { equals: group.id } },
        overrideAccess: true,
        req,
      })
      rows.push({
        ...group,
        students: students.get(String(group.id)) ?? [],
        results: results.map(({ key, passed, found, needed }) => ({ key, passed, found, needed })),
        passed: results.filter((r) => r.passed).length,
        total: results.length,
        snapshots: snapshots.totalDocs,
      })
    }
    return Response.json({
      id: klass.id,
      name: klass.name,
      slug: klass.slug,
      language: klass.language === 'en' ? 'en' : 'zh',
      closed: Boolean(klass.closedAt),
      preset: preset ? { id: preset.id, name: preset.name } : null,
      exercises: exercises.map((e) => ({ key: e.key, title: e.title })),
      groups: rows,
    })
  }),
}
