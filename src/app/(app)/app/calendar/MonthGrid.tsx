'use client'
import { dayOf } from '../../../../calendar/range/zonedTime'
import styles from './calendar.module.css'
import { formatDay, formatTime } from './format'
import { onDay } from './onDay'
import { type CalendarTexts, fillText } from './texts'
import type { CalendarData, CalendarEvent } from './types'

type Props = {
  days: string[]
  month: string
  today: string
  data: CalendarData
  language: 'zh' | 'en'
  timeZone: string
  texts: CalendarTexts
  onDayOpen: (day: string) => void
  onSlot: (day: string, minutes: number) => void
  onOpen: (event: CalendarEvent) => void
}

const SHOWN = 3

/** Month view: whole weeks around the month; a day shows its first few items and opens in the day view. */
export function MonthGrid({ days, month, today, data, language, timeZone, texts, onDayOpen, onSlot, onOpen }: Props) {
  const weekdays = days.slice(0, 7)
  return (
    <div className={styles.month}>
      <div className={styles.monthHead}>
        {weekdays.map((d) => (
          <span key={d}>{formatDay(d, language, { weekday: 'short' })}</span>
        ))}
      </div>
      <div className={styles.monthBody}>
        {days.map((day) => {
          const events = data.events.filter((e) => onDay(e, day, timeZone))
          const tasks = data.tasks.filter((t) => dayOf(new Date(t.dueAt), timeZone) === day)
          const hidden = Math.max(0, events.length + tasks.length - SHOWN)
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the day number is the keyboard way in; the cell is a pointer shortcut
            // biome-ignore lint/a11y/noStaticElementInteractions: same pointer shortcut; the buttons inside stay the accessible controls
            <div
              key={day}
              className={day.startsWith(month) ? styles.monthCell : styles.monthCellOut}
              data-month-day={day}
              onClick={(e) => {
                if (e.target === e.currentTarget) onSlot(day, 9 * 60)
              }}
            >
              <button
                type="button"
                className={day === today ? styles.monthDayToday : styles.monthDay}
                onClick={() => onDayOpen(day)}
                aria-label={formatDay(day, language, { dateStyle: 'full' })}
              >
                {Number(day.slice(8))}
              </button>
              {events.slice(0, SHOWN).map((e) => (
                <button
                  key={e.id}
                  type="button"
                  className={styles.chip}
                  data-type={e.type}
                  data-event={e.subject}
                  onClick={() => onOpen(e)}
                >
                  {e.allDay ? '' : `${formatTime(e.startAt, language, timeZone)} `}
                  {e.subject}
                </button>
              ))}
              {tasks.slice(0, Math.max(0, SHOWN - events.length)).map((t) => (
                <a key={`task-${t.id}`} href={`/app/tasks/${t.id}`} className={styles.taskChip}>
                  ☑ {t.subject}
                </a>
              ))}
              {hidden > 0 ? (
                <button type="button" className={styles.more} onClick={() => onDayOpen(day)}>
                  {fillText(texts.more, { n: hidden })}
                </button>
              ) : null}
            </div>
          )
        })}
      </div>
    </div>
  )
}
