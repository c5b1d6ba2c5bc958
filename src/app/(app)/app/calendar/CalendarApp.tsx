'use client'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Id } from '../../../../access/types'
import {
  CALENDAR_VIEWS,
  type CalendarView,
  calendarRange,
  stepAnchor,
  weekStartFor,
} from '../../../../calendar/range/calendarRange'
import { dayOf, isDayKey, minutesOfDay } from '../../../../calendar/range/zonedTime'
import { AgendaList } from './AgendaList'
import styles from './calendar.module.css'
import { EventForm } from './EventForm'
import { formatDay } from './format'
import { MonthGrid } from './MonthGrid'
import { TimeGrid } from './TimeGrid'
import { calendarTexts } from './texts'
import type { CalendarData, CalendarEvent, FormDraft, Person } from './types'

type Props = {
  language: 'zh' | 'en'
  timeZone: string
  me: Id
  people: Person[]
  canCreate: boolean
  initial: { view?: string; date?: string; people?: string }
}

const TEAM = 'team'

/** Narrow screens get the day view by default and the week as a list. */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(false)
  useEffect(() => {
    const query = window.matchMedia('(max-width: 700px)')
    setNarrow(query.matches)
    const onChange = () => setNarrow(query.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])
  return narrow
}

/** The calendar page: toolbar, the chosen view, and the event form; the address keeps view, day and people. */
export function CalendarApp({ language, timeZone, me, people, canCreate, initial }: Props) {
  const t = calendarTexts[language]
  const today = dayOf(new Date(), timeZone)
  const [view, setView] = useState<CalendarView>(
    CALENDAR_VIEWS.includes(initial.view as CalendarView) ? (initial.view as CalendarView) : 'week',
  )
  const [anchor, setAnchor] = useState(isDayKey(initial.date) ? initial.date : today)
  const [who, setWho] = useState(
    initial.people === TEAM || people.some((p) => String(p.id) === initial.people) ? (initial.people as string) : String(me),
  )
  const [data, setData] = useState<CalendarData | null>(null)
  const [draft, setDraft] = useState<FormDraft | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const narrow = useNarrow()
  // A phone opened without an explicit view starts on the day.
  useEffect(() => {
    if (narrow && !initial.view) setView('day')
  }, [narrow, initial.view])

  const range = useMemo(() => calendarRange(view, anchor, timeZone, weekStartFor(language)), [view, anchor, timeZone, language])
  const peopleParam = who === TEAM ? people.map((p) => p.id).join(',') : who
  const load = useCallback(async () => {
    const q = new URLSearchParams({ from: range.from.toISOString(), to: range.to.toISOString(), people: peopleParam })
    const res = await fetch(`/api/calendar/events?${q}`, { credentials: 'include' })
    if (res.ok) setData(await res.json())
  }, [range, peopleParam])
  useEffect(() => {
    setData(null)
    void load()
    const q = new URLSearchParams({ view, date: anchor, ...(who === String(me) ? {} : { people: who }) })
    window.history.replaceState(null, '', `/app/calendar?${q}`)
  }, [load, view, anchor, who, me])

  const names = useMemo(() => new Map(people.map((p) => [String(p.id), p.name])), [people])
  const ownerName = (id: unknown) => (who === TEAM && id != null ? (names.get(String(id)) ?? null) : null)
  const owner = who === TEAM ? String(me) : who

  const newAt = (day: string, minutes: number) => {
    if (!canCreate) return
    setDraft({
      subject: '',
      type: 'meeting',
      owner,
      day,
      startMinutes: minutes,
      endMinutes: Math.min(minutes + 60, 24 * 60 - 1),
      allDay: false,
      remindMinutesBefore: 15,
    })
  }
  const edit = (e: CalendarEvent, moved?: { startAt: Date; endAt: Date | null; conflicts: CalendarEvent[] }) => {
    const start = moved?.startAt ?? new Date(e.startAt)
    const endRaw = moved ? moved.endAt : e.endAt ? new Date(e.endAt) : null
    const startMinutes = minutesOfDay(start, timeZone)
    const endMinutes =
      endRaw && dayOf(endRaw, timeZone) === dayOf(start, timeZone)
        ? minutesOfDay(endRaw, timeZone)
        : Math.min(startMinutes + 30, 24 * 60 - 1)
    setDraft({
      id: e.id,
      updatedAt: e.updatedAt,
      subject: e.subject,
      type: e.type,
      owner: String(e.owner ?? me),
      day: dayOf(start, timeZone),
      startMinutes,
      endMinutes,
      allDay: e.allDay,
      remindMinutesBefore: e.remindMinutesBefore,
      conflicts: moved?.conflicts,
    })
  }
  // A drag saves at once unless the new time overlaps; then the form opens with the warning.
  const move = async (e: CalendarEvent, startAt: Date, endAt: Date | null) => {
    const check = await fetch('/api/calendar/conflicts', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ owner: e.owner ?? me, startAt, endAt, exclude: e.id }),
    })
    const body = check.ok ? await check.json() : { conflicts: [] }
    if (body.conflicts.length > 0) return edit(e, { startAt, endAt, conflicts: body.conflicts })
    const res = await fetch(`/api/activities/${e.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'if-match': `"${e.updatedAt}"` },
      body: JSON.stringify({ startAt, endAt }),
    })
    setStatus(res.ok ? t.moved : t.failed.replace('{{reason}}', String(res.status)))
    await load()
  }

  const title =
    view === 'month'
      ? formatDay(anchor, language, { year: 'numeric', month: 'long' })
      : view === 'day'
        ? formatDay(anchor, language, { dateStyle: 'full' })
        : `${formatDay(range.days[0], language, { month: 'short', day: 'numeric' })} – ${formatDay(range.days[6], language, { month: 'short', day: 'numeric', year: 'numeric' })}`
  const openDay = (day: string) => {
    setAnchor(day)
    setView('day')
  }
  return (
    <section className={styles.calendar} aria-labelledby="calendar-title">
      <div className={styles.toolbar}>
        <h1 id="calendar-title" className={styles.title}>
          {title}
        </h1>
        <div className={styles.nav}>
          <button type="button" onClick={() => setAnchor(stepAnchor(view, anchor, -1))} aria-label={t.previous}>
            ‹
          </button>
          <button type="button" onClick={() => setAnchor(today)}>
            {t.today}
          </button>
          <button type="button" onClick={() => setAnchor(stepAnchor(view, anchor, 1))} aria-label={t.next}>
            ›
          </button>
        </div>
        <fieldset className={styles.views}>
          <legend className={styles.hidden}>{t.views}</legend>
          {CALENDAR_VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-view={v}>
              {t[v]}
            </button>
          ))}
        </fieldset>
        {people.length > 1 ? (
          <label className={styles.person}>
            <span className={styles.hidden}>{t.person}</span>
            <select value={who} onChange={(e) => setWho(e.target.value)} aria-label={t.person}>
              <option value={String(me)}>{t.me}</option>
              <option value={TEAM}>{t.team}</option>
              {people
                .filter((p) => String(p.id) !== String(me))
                .map((p) => (
                  <option key={String(p.id)} value={String(p.id)}>
                    {p.name}
                  </option>
                ))}
            </select>
          </label>
        ) : null}
        {canCreate ? (
          <button
            type="button"
            className={styles.primary}
            onClick={() => newAt(view !== 'day' && range.days.includes(today) ? today : anchor, 9 * 60)}
          >
            + {t.newEvent}
          </button>
        ) : null}
      </div>
      <p className={styles.status} aria-live="polite">
        {data == null ? t.loading : data.truncated ? t.truncated : (status ?? '')}
      </p>
      {data == null ? null : view === 'month' ? (
        <MonthGrid
          days={range.days}
          month={anchor.slice(0, 7)}
          today={today}
          data={data}
          language={language}
          timeZone={timeZone}
          texts={t}
          onDayOpen={openDay}
          onSlot={newAt}
          onOpen={(e) => edit(e)}
        />
      ) : view === 'week' && narrow ? (
        <AgendaList
          days={range.days}
          today={today}
          data={data}
          language={language}
          timeZone={timeZone}
          texts={t}
          ownerName={ownerName}
          onOpen={(e) => edit(e)}
          onDayOpen={openDay}
        />
      ) : (
        <TimeGrid
          days={range.days}
          today={today}
          data={data}
          language={language}
          timeZone={timeZone}
          texts={t}
          ownerName={ownerName}
          onSlot={newAt}
          onOpen={(e) => edit(e)}
          onMove={move}
        />
      )}
      {draft ? (
        <EventForm
          // A new draft (a drag that found conflicts while the form was open) starts a fresh form.
          key={`${draft.id ?? 'new'}:${draft.day}:${draft.startMinutes}:${draft.conflicts?.length ?? 0}`}
          draft={draft}
          people={people}
          language={language}
          timeZone={timeZone}
          texts={t}
          onClose={() => setDraft(null)}
          onSaved={() => {
            setDraft(null)
            setStatus(t.saved)
            void load()
          }}
        />
      ) : null}
    </section>
  )
}
