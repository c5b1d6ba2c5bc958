/** A day as YYYY-MM-DD in the browser's calendar. */
const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

export type Preset = 'today' | 'week' | 'month' | 'lastMonth'

/** The first and last day of a preset period around `now` (weeks start on Monday). */
export function presetRange(preset: Preset, now = new Date()): { from: string; to: string } {
  const y = now.getFullYear()
  const m = now.getMonth()
  if (preset === 'today') return { from: dayKey(now), to: dayKey(now) }
  if (preset === 'week') {
    const monday = new Date(y, m, now.getDate() - ((now.getDay() + 6) % 7))
    return { from: dayKey(monday), to: dayKey(new Date(y, m, monday.getDate() + 6)) }
  }
  if (preset === 'month') return { from: dayKey(new Date(y, m, 1)), to: dayKey(new Date(y, m + 1, 0)) }
  return { from: dayKey(new Date(y, m - 1, 1)), to: dayKey(new Date(y, m, 0)) }
}

/** Seconds as h:mm:ss (or m:ss under an hour). */
export function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0')
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}
