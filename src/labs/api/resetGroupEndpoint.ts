import type { Endpoint } from 'payload'
import { routeId } from '../../endpoints/requestParams'
import { presetOfGroup } from '../classes/presetOfGroup'
import { resetGroup } from '../classes/resetGroup'
import { labError, labHandler } from './errors'
import { assertOpen, requireTeacher, taughtGroup } from './teacher'

/**
 * POST /api/labs/groups/:id/reset — the group back to its preset (its own, else its class's); the
 * students' logins stay. 409 when the class is closed; 400 when the group was made from a file and so
 * has no preset to go back to.
 */
export const resetGroupEndpoint: Endpoint = {
  path: '/labs/groups/:id/reset',
  method: 'post',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const { group, klass } = await taughtGroup(req, teacher, routeId(req))
    assertOpen(req, klass)
    const preset = await presetOfGroup(req.payload, group.id)
    if (!preset) throw labError(req, 400, 'noPreset', {}, 'preset')
    await resetGroup(req.payload, group.id, preset.bundle)
    return Response.json({ ok: true })
  }),
}
