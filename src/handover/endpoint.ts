import type { Endpoint } from 'payload'
import { handOver } from './handOver'

/** POST /api/hand-over { from, to } — everything one person owns in the tenant goes to another. */
export const handOverEndpoint: Endpoint = {
  path: '/hand-over',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const body = req.json ? await req.json().catch(() => ({})) : {}
    const toId = (v: unknown) => (req.payload.db.defaultIDType === 'number' ? Number(v) : String(v))
    return Response.json(await handOver(req, toId(body.from), toId(body.to)))
  },
}
