import type { Endpoint } from 'payload'
import { jsonBody, routeId } from '../../endpoints/requestParams'
import { reviewPlan, submitPlan } from './planMoves'
import { teamOverview } from './teamOverview'

/** POST /:id/submit, POST /:id/review { verdict, comment }, GET /team?kind&period&date&page. */
export const workPlanEndpoints: Endpoint[] = [
  {
    path: '/team',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => Response.json(await teamOverview(req, req.searchParams)),
  },
  {
    path: '/:id/submit',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json({ doc: await submitPlan(req, routeId(req)) }),
  },
  {
    path: '/:id/review',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const body = await jsonBody(req)
      return Response.json({ doc: await reviewPlan(req, routeId(req), body.verdict, body.comment) })
    },
  },
]
