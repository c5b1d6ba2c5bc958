/** An event's time as the overlap check sees it: half-open [start, end). */
export type Interval = { start: number; end: number }

/** A call or visit logged without an end takes this long for the overlap check. */
export const DEFAULT_DURATION_MINUTES = 30

/** The interval of a stored event; a missing or inverted end counts as the default duration. */
export function intervalOf(startAt: string | Date, endAt?: string | Date | null): Interval {
  const start = new Date(startAt).getTime()
  const end = endAt ? new Date(endAt).getTime() : Number.NaN
  return { start, end: Number.isFinite(end) && end > start ? end : start + DEFAULT_DURATION_MINUTES * 60_000 }
}

/** Two events overlap when each starts before the other ends; touching ends (9–10, 10–11) do not. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end
}

/** The events among `others` that overlap `candidate`, earliest first. */
export function conflictsWith<T extends { interval: Interval }>(candidate: Interval, others: T[]): T[] {
  return others.filter((o) => overlaps(candidate, o.interval)).sort((x, y) => x.interval.start - y.interval.start)
}
