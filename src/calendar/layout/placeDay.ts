import { intervalOf } from '../overlap/overlap'
import { addDays, zonedInstant } from '../range/zonedTime'

export type Placed<T> = {
  item: T
  /** Minutes from the day's midnight to where the block starts and how long it is drawn. */
  top: number
  height: number
  /** Side-by-side position among events that overlap it: lane `lane` of `lanes`. */
  lane: number
  lanes: number
}

/** The shortest block drawn, so a 5-minute call stays clickable. */
export const MIN_BLOCK_MINUTES = 20

/**
 * Where a day's timed events go in a time grid: clipped to the day in `timeZone`, overlapping ones side
 * by side in lanes (greedy, earliest first), each cluster of overlaps sharing its lane count.
 */
export function placeDay<T extends { startAt: string; endAt: string | null }>(
  events: T[],
  day: string,
  timeZone: string,
): Placed<T>[] {
  const dayStart = zonedInstant(day, 0, timeZone).getTime()
  const dayEnd = zonedInstant(addDays(day, 1), 0, timeZone).getTime()
  const visible = events
    .map((item) => ({ item, interval: intervalOf(item.startAt, item.endAt) }))
    .filter(({ interval }) => interval.start < dayEnd && interval.end > dayStart)
    .sort((a, b) => a.interval.start - b.interval.start || b.interval.end - a.interval.end)
  const placed: Placed<T>[] = []
  let cluster: Placed<T>[] = []
  let clusterEnd = -Infinity
  let laneEnds: number[] = []
  const closeCluster = () => {
    for (const p of cluster) p.lanes = laneEnds.length
    cluster = []
    laneEnds = []
  }
  for (const { item, interval } of visible) {
    if (interval.start >= clusterEnd) {
      closeCluster()
      clusterEnd = -Infinity
    }
    let lane = laneEnds.findIndex((end) => end <= interval.start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = interval.end
    clusterEnd = Math.max(clusterEnd, interval.end)
    const top = (Math.max(interval.start, dayStart) - dayStart) / 60_000
    const bottom = (Math.min(interval.end, dayEnd) - dayStart) / 60_000
    const p: Placed<T> = { item, top, height: Math.max(bottom - top, MIN_BLOCK_MINUTES), lane, lanes: 1 }
    cluster.push(p)
    placed.push(p)
  }
  closeCluster()
  return placed
}
