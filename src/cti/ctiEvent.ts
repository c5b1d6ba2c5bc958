import { CALL_DIRECTIONS, type CallDirection } from './callFields'
import type { CtiMessageKey } from './messages'

export const CTI_EVENTS = ['ringing', 'answered', 'hangup'] as const
export type CtiEventKind = (typeof CTI_EVENTS)[number]

/** One event of a telephone system about one call, checked. */
export type CtiEvent = {
  event: CtiEventKind
  callId: string
  direction: CallDirection
  from: string
  to: string
  /** The agent's extension or email, when the CTI knows who takes the call. */
  agent: string | null
  /** When it happened at the telephone system (its clock, not ours: retries arrive late). */
  at: string
  recordingUrl: string | null
}

export type EventProblem = { path: string; key: CtiMessageKey; vars?: Record<string, string> }

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '')

/** Checks a CTI event body; every problem names its field. Pure, so the rules are tested without a server. */
export function readCtiEvent(body: Record<string, unknown>): { event: CtiEvent } | { problems: EventProblem[] } {
  const problems: EventProblem[] = []
  const event = text(body.event)
  if (!(CTI_EVENTS as readonly string[]).includes(event))
    problems.push({ path: 'event', key: 'oneOf', vars: { values: CTI_EVENTS.join(', ') } })
  const callId = text(body.callId)
  if (!callId || callId.length > 200) problems.push({ path: 'callId', key: 'required' })
  const direction = text(body.direction)
  if (!(CALL_DIRECTIONS as readonly string[]).includes(direction))
    problems.push({ path: 'direction', key: 'oneOf', vars: { values: CALL_DIRECTIONS.join(', ') } })
  const from = text(body.from)
  const to = text(body.to)
  // The customer's side must be known: the caller on an inbound call, the callee on an outbound one.
  if (direction === 'inbound' && !from) problems.push({ path: 'from', key: 'required' })
  if (direction === 'outbound' && !to) problems.push({ path: 'to', key: 'required' })
  const rawAt = body.timestamp ?? body.at
  let at = new Date().toISOString()
  if (rawAt != null && rawAt !== '') {
    const parsed = typeof rawAt === 'number' ? new Date(rawAt < 1e12 ? rawAt * 1000 : rawAt) : new Date(text(rawAt))
    if (Number.isNaN(parsed.getTime())) problems.push({ path: 'timestamp', key: 'badTime' })
    else at = parsed.toISOString()
  }
  const recordingUrl = text(body.recordingUrl) || null
  if (recordingUrl && !/^https?:\/\/\S+$/i.test(recordingUrl)) problems.push({ path: 'recordingUrl', key: 'badUrl' })
  if (problems.length > 0) return { problems }
  return {
    event: {
      event: event as CtiEventKind,
      callId,
      direction: direction as CallDirection,
      from,
      to,
      agent: text(body.agent) || null,
      at,
      recordingUrl,
    },
  }
}

/** The customer's number of a call: who called in, or whom the agent called. */
export const customerNumber = (event: Pick<CtiEvent, 'direction' | 'from' | 'to'>) =>
  event.direction === 'inbound' ? event.from : event.to
