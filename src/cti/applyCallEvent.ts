import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import type { Language } from '../i18n/language'
import { setAgentStatus } from './agents'
import type { CallStatus } from './callFields'
import { publishCallSignal } from './callHub'
import { callState } from './callState'
import { type CtiEvent, type CtiEventKind, customerNumber } from './ctiEvent'
import { matchCaller } from './matchCaller'
import { ctiMessage } from './messages'

export type CallRow = {
  id: Id
  owner?: unknown
  relatedTo?: { relationTo: string; value: unknown } | null
  callRingingAt?: string | null
  callAnsweredAt?: string | null
  callEndedAt?: string | null
  callStatus?: CallStatus | null
  callDurationSeconds?: number | null
  callRecordingUrl?: string | null
}

/** Which column an event stamps: stamping it at most once is what makes retries harmless. */
const STAMP: Record<CtiEventKind, 'callRingingAt' | 'callAnsweredAt' | 'callEndedAt'> = {
  ringing: 'callRingingAt',
  answered: 'callAnsweredAt',
  hangup: 'callEndedAt',
}

export type AppliedEvent = {
  activity: Id
  duplicate: boolean
  status: CallStatus
  customer: { collection: string; id: Id } | null
}

const findCall = async (req: PayloadRequest, tenant: Id, callId: string) =>
  (
    await req.payload.find({
      collection: 'activities',
      where: { and: [{ tenant: { equals: tenant } }, { callId: { equals: callId } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      trash: true,
      req,
    })
  ).docs[0] as unknown as CallRow | undefined

/**
 * The call's activity, created on its first event (whichever arrives first). Two deliveries of a
 * first event racing each other both try to create; the unique (tenant, callId) index lets one in
 * and the other reads the winner's row.
 */
async function findOrCreateCall(req: PayloadRequest, tenant: Id, event: CtiEvent, agent: Id | null, language: Language) {
  const existing = await findCall(req, tenant, event.callId)
  if (existing) return existing
  const number = customerNumber(event)
  const customer = await matchCaller(req, tenant, number)
  try {
    return (await req.payload.create({
      collection: 'activities',
      data: {
        tenant,
        type: 'call',
        status: 'planned',
        subject: ctiMessage(language, event.direction === 'inbound' ? 'inboundFrom' : 'outboundTo', { number }),
        startAt: event.at,
        // Nobody named by the CTI (a queue call): the customer's owner answers for it.
        owner: agent ?? customer?.owner ?? null,
        relatedTo: customer ? { relationTo: customer.collection, value: customer.id } : null,
        contacts: customer?.collection === 'contacts' ? [customer.id] : [],
        callId: event.callId,
        callDirection: event.direction,
        callNumber: number,
        callStatus: 'ringing',
        callAgentExtension: event.agent,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
      // A call comes from a machine: the "stale form" guard and duplicate warnings are for people.
      context: { ctiEvent: true },
    })) as unknown as CallRow
  } catch (error) {
    const winner = await findCall(req, tenant, event.callId)
    if (winner) return winner
    throw error
  }
}

/**
 * Applies one CTI event to its call record. Each event stamps its own time column once (a
 * compare-and-set from empty), so a retried event changes nothing and is reported as a duplicate;
 * status and talk time are then recomputed from the stamps (callState), so events may come in any
 * order. A completed call becomes a done activity, which moves the customer's last follow-up.
 * Signals the agent's workspace with every new event; answering makes the agent busy, the hang-up
 * of that call frees them.
 */
export async function applyCallEvent(
  req: PayloadRequest,
  tenant: Id,
  event: CtiEvent,
  agent: Id | null,
  language: Language,
): Promise<AppliedEvent> {
  const call = await findOrCreateCall(req, tenant, event, agent, language)
  const column = STAMP[event.event]
  const stamped = call[column]
    ? null
    : await compareAndSet(req, 'activities', call.id, { [column]: { exists: false } }, { [column]: event.at })
  const duplicate = !stamped
  // Derived values from a fresh read, so that two different events racing each other settle right.
  const current = (await findCall(req, tenant, event.callId)) as CallRow
  const state = callState({ ringingAt: current.callRingingAt, answeredAt: current.callAnsweredAt, endedAt: current.callEndedAt })
  const data: Record<string, unknown> = {}
  if (current.callStatus !== state.status) data.callStatus = state.status
  if ((current.callDurationSeconds ?? null) !== state.durationSeconds) data.callDurationSeconds = state.durationSeconds
  if (event.recordingUrl && !current.callRecordingUrl) data.callRecordingUrl = event.recordingUrl
  if (agent != null && current.owner == null) data.owner = agent
  if (state.status === 'completed' || state.status === 'missed') {
    data.status = state.status === 'completed' ? 'done' : 'cancelled'
    data.endAt = current.callEndedAt
  }
  if (Object.keys(data).length > 0)
    await req.payload.update({
      collection: 'activities',
      id: call.id,
      data,
      overrideAccess: true,
      depth: 0,
      req,
      context: { ctiEvent: true },
    })
  const owner = agent ?? ((current.owner as Id | null | undefined) || null)
  const related = current.relatedTo
  const customer =
    related?.value != null
      ? {
          collection: related.relationTo,
          id: (typeof related.value === 'object' ? (related.value as { id: Id }).id : related.value) as Id,
        }
      : null
  if (!duplicate) {
    if (owner != null && event.event === 'answered')
      await setAgentStatus(req, owner, tenant, 'busy', { onCall: event.callId, onlyIf: { status: 'available' } })
    if (owner != null && event.event === 'hangup')
      await setAgentStatus(req, owner, tenant, 'available', { onlyIf: { onCall: event.callId } })
    await publishCallSignal(req, {
      tenant,
      agent: owner,
      event: event.event,
      callId: event.callId,
      activity: call.id,
      direction: event.direction,
      number: customerNumber(event),
      status: state.status,
      customer,
    })
  }
  return { activity: call.id, duplicate, status: state.status, customer }
}
