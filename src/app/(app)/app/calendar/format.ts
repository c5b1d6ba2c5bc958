/** Times and dates in the tenant's time zone, in the user's language. */
export function formatTime(value: string | Date, language: 'zh' | 'en', timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-US', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value))
}

/** A day key (`YYYY-MM-DD`) as a heading; noon UTC keeps the day the same in every zone. */
export function formatDay(day: string, language: 'zh' | 'en', options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-US', { timeZone: 'UTC', ...options }).format(
    new Date(`${day}T12:00:00Z`),
  )
}

export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

export const parseHhmm = (value: string): number | null => {
  const m = /^(\d{1,2}):(\d{2})/.exec(value)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}
