import { type Endpoint, type PayloadRequest, UnauthorizedError, ValidationError } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { jsonBody } from '../endpoints/requestParams'
import { toLanguage } from '../i18n/language'
import { AGENT_STATUSES, isAgentStatus } from './agentFields'
import { agentStatus, setAgentStatus } from './agents'
import { ctiMessage } from './messages'

async function agentOf(req: PayloadRequest) {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null) throw new UnauthorizedError(req.t)
  return { user: context.userId, tenant: context.tenantId }
}

/** GET /api/cti/agent-status — the signed-in user's status as an agent in the active tenant. */
const readStatus: Endpoint = {
  path: '/cti/agent-status',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const { user, tenant } = await agentOf(req)
    return Response.json({ status: await agentStatus(req, user, tenant) })
  },
}

/** POST /api/cti/agent-status `{ status: available | busy | offline }` — only ever one's own. */
const writeStatus: Endpoint = {
  path: '/cti/agent-status',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const { user, tenant } = await agentOf(req)
    const { status } = await jsonBody(req)
    if (!isAgentStatus(status)) {
      const message = ctiMessage(toLanguage(req.i18n?.language), 'oneOf', { values: AGENT_STATUSES.join(', ') })
      throw new ValidationError({ errors: [{ path: 'status', message }] }, req.t)
    }
    // Chosen by hand: forget the call that made them busy, so its hang-up does not undo the choice.
    await setAgentStatus(req, user, tenant, status)
    return Response.json({ status })
  },
}

export const agentStatusEndpoints: Endpoint[] = [readStatus, writeStatus]
