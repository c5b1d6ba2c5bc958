'use client'
import { dayOf } from '../../../../calendar/range/zonedTime'
import styles from './calendar.module.css'
import { formatDay, formatTime } from './format'
import { onDay } from './onDay'
import type { CalendarTexts } from './texts'
import type { CalendarData, CalendarEvent } from './types'

type Props = {
  days: string[]
  today: string
  data: CalendarData
  language: 'zh' | 'en'
  timeZone: string
  texts: CalendarTexts
  ownerName: (id: unknown) => string | null
  onOpen: (event: CalendarEvent) => void
  onDayOpen: (day: string) => void
}

/** The week on a phone: a list of days with their events and tasks, instead of seven narrow columns. */
export function AgendaList({ days, today, data, language, timeZone, texts, ownerName, onOpen, onDayOpen }: Props) {
  const rows = days
    .map((day) => ({
      day,
      events: data.events.filter((e) => onDay(e, day, timeZone)),
      tasks: data.tasks.filter((t) => dayOf(new Date(t.dueAt), timeZone) === day),
    }))
    .filter((r) => r.events.length + r.tasks.length > 0)
  if (rows.length === 0) return <p className={styles.empty}>{texts.nothing}</p>
  return (
    <ol className={styles.agenda} aria-label={texts.agenda}>
      {rows.map(({ day, events, tasks }) => (
        <li key={day} data-day={day}>
          <button
            type="button"
            className={day === today ? styles.agendaDayToday : styles.agendaDay}
            onClick={() => onDayOpen(day)}
          >
            {formatDay(day, language, { weekday: 'long', month: 'long', day: 'numeric' })}
          </button>
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={styles.agendaItem}
                  data-type={e.type}
                  data-event={e.subject}
                  onClick={() => onOpen(e)}
                >
                  <span className={styles.agendaTime}>
                    {e.allDay
                      ? texts.allDay
                      : `${formatTime(e.startAt, language, timeZone)}${e.endAt ? `–${formatTime(e.endAt, language, timeZone)}` : ''}`}
                  </span>
                  <span>{e.subject}</span>
                  {ownerName(e.owner) ? <span className={styles.eventOwner}>{ownerName(e.owner)}</span> : null}
                </button>
              </li>
            ))}
            {tasks.map((t) => (
              <li key={`task-${t.id}`}>
                <a href={`/app/tasks/${t.id}`} className={styles.agendaItem}>
                  <span className={styles.agendaTime}>
                    {texts.due} {formatTime(t.dueAt, language, timeZone)}
                  </span>
                  <span>☑ {t.subject}</span>
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}
