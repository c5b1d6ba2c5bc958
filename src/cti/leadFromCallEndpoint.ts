import { APIError, type Endpoint, NotFound } from 'payload'
import { atomically } from '../conversions/atomically'
import { phoneKey } from '../duplicates/normalize'
import { jsonBody, routeId } from '../endpoints/requestParams'
import { toLanguage } from '../i18n/language'
import type { CallRow } from './applyCallEvent'
import { ctiMessage } from './messages'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * POST /api/cti/calls/:id/lead `{ name?, company? }` — a call from an unknown number becomes a lead
 * (owned by the agent, with the number as mobile or phone) and the call is linked to it, both or
 * neither. The agent needs read access to the call and create access to leads, as anywhere else.
 */
export const leadFromCallEndpoint: Endpoint = {
  path: '/cti/calls/:id/lead',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const language = toLanguage(req.i18n?.language)
    const id = routeId(req)
    const call = (await req.payload
      .findByID({ collection: 'activities', id, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)) as (CallRow & { callId?: string | null; callNumber?: string | null; tenant?: unknown }) | null
    if (!call) throw new NotFound(req.t)
    if (!call.callId) throw new APIError(ctiMessage(language, 'notACall'), 400, null, true)
    if (call.relatedTo?.value != null)
      throw new APIError(ctiMessage(language, 'hasCustomer'), 409, { relatedTo: call.relatedTo }, true)
    const number = call.callNumber ?? ''
    const key = phoneKey(number)
    if (!key) throw new APIError(ctiMessage(language, 'noNumber'), 400, null, true)
    const body = await jsonBody(req)
    const isMobile = /^1\d{10}$/.test(key)
    const lead = await atomically(req, async (onUndo) => {
      const created = await req.payload.create({
        collection: 'leads',
        data: {
          name: text(body.name) || ctiMessage(language, 'leadFromCall', { number }),
          company: text(body.company) || undefined,
          ...(isMobile ? { mobile: number } : { phone: number }),
        } as never,
        overrideAccess: false,
        user: req.user,
        depth: 0,
        req,
      })
      onUndo(() => req.payload.delete({ collection: 'leads', id: created.id, overrideAccess: true, req }))
      // The call itself is the agent's to link: the CTI made it, so its owner may be nobody yet.
      await req.payload.update({
        collection: 'activities',
        id: call.id,
        data: { relatedTo: { relationTo: 'leads', value: created.id } } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
      return created
    })
    return Response.json({ lead: { id: lead.id, name: (lead as { name?: string }).name }, activity: call.id }, { status: 201 })
  },
}
