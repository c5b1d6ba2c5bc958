import { APIError, type Endpoint } from 'payload'
import type { Id } from '../../access/types'
import { documentId, jsonBody } from '../../endpoints/requestParams'
import { calendarEvents, instantParam, requestedPeople } from './calendarEvents'
import { findConflicts } from './findConflicts'

/**
 * GET /api/calendar/events?from=…&to=…[&people=1,2] — the events and tasks of a visible range
 * (at most 45 days), for the user or colleagues their access reaches.
 */
export const calendarEventsEndpoint: Endpoint = {
  path: '/calendar/events',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    if (!req.user) throw new APIError('Unauthorized', 401)
    const from = instantParam(req, 'from', req.searchParams.get('from')) as Date
    const to = instantParam(req, 'to', req.searchParams.get('to')) as Date
    const people = await requestedPeople(req, req.searchParams.get('people'))
    return Response.json(await calendarEvents(req, from, to, people))
  },
}

/**
 * POST /api/calendar/conflicts { owner?, startAt, endAt?, exclude? } — the dry run before saving an
 * event: which of the owner's events it would overlap. Nothing is written.
 */
export const calendarConflictsEndpoint: Endpoint = {
  path: '/calendar/conflicts',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    if (!req.user) throw new APIError('Unauthorized', 401)
    const body = await jsonBody(req)
    const startAt = instantParam(req, 'startAt', body.startAt) as Date
    const endAt = instantParam(req, 'endAt', body.endAt, false)
    const [owner] = await requestedPeople(req, body.owner == null ? null : String(body.owner))
    const exclude: Id | null = body.exclude == null || body.exclude === '' ? null : documentId(req, body.exclude)
    const conflicts = await findConflicts(req, { owner, startAt, endAt, exclude })
    return Response.json({ conflicts })
  },
}
