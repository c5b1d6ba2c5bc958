import type { CallStatus } from './callFields'

export type CallTimes = { ringingAt?: string | null; answeredAt?: string | null; endedAt?: string | null }

/**
 * A call's status and talk time from the events received so far, whatever order they came in: a
 * hang-up before any answer is a missed call until a late "answered" turns it into a completed one.
 * Pure and order-independent, so retried and reordered events always settle on the same record.
 */
export function callState(times: CallTimes): { status: CallStatus; durationSeconds: number | null } {
  const { answeredAt, endedAt } = times
  if (endedAt && answeredAt) {
    const seconds = Math.round((new Date(endedAt).getTime() - new Date(answeredAt).getTime()) / 1000)
    return { status: 'completed', durationSeconds: Math.max(0, seconds) }
  }
  if (endedAt) return { status: 'missed', durationSeconds: 0 }
  if (answeredAt) return { status: 'answered', durationSeconds: null }
  return { status: 'ringing', durationSeconds: null }
}
