'use client'
import { useEffect, useRef, useState } from 'react'
import { addDays, zonedInstant } from '../../../../calendar/range/zonedTime'
import styles from './calendar.module.css'
import { formatTime, hhmm, parseHhmm } from './format'
import { type CalendarTexts, fillText, typeLabel } from './texts'
import type { CalendarEvent, FormDraft, Person } from './types'

type Props = {
  draft: FormDraft
  people: Person[]
  language: 'zh' | 'en'
  timeZone: string
  texts: CalendarTexts
  onClose: () => void
  onSaved: () => void
}

const TYPES = ['meeting', 'call', 'visit', 'event']
const REMINDERS = [null, 5, 15, 30, 60, 1440]

/**
 * Create or edit an event. Before saving, the server's dry run names the owner's events the new time
 * overlaps; the user then saves anyway or changes the time.
 */
export function EventForm({ draft, people, language, timeZone, texts, onClose, onSaved }: Props) {
  const [values, setValues] = useState(draft)
  const [conflicts, setConflicts] = useState<CalendarEvent[] | null>(draft.conflicts?.length ? draft.conflicts : null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const subjectRef = useRef<HTMLInputElement>(null)
  const startRef = useRef<HTMLInputElement>(null)
  useEffect(() => subjectRef.current?.focus(), [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  // Any change of time or person makes an earlier warning stale.
  const set = <K extends keyof FormDraft>(key: K, value: FormDraft[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    if (['day', 'startMinutes', 'endMinutes', 'allDay', 'owner'].includes(key)) setConflicts(null)
  }
  const instants = () =>
    values.allDay
      ? { startAt: zonedInstant(values.day, 0, timeZone), endAt: zonedInstant(addDays(values.day, 1), 0, timeZone) }
      : {
          startAt: zonedInstant(values.day, values.startMinutes, timeZone),
          endAt: zonedInstant(values.day, values.endMinutes, timeZone),
        }

  const submit = async (confirmed: boolean) => {
    const found: Record<string, string> = {}
    if (!values.subject.trim()) found.subject = texts.required
    if (!values.day) found.day = texts.required
    if (!values.allDay && values.endMinutes <= values.startMinutes) found.end = texts.endBeforeStart
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    setProblem(null)
    try {
      const { startAt, endAt } = instants()
      if (!confirmed && !values.allDay) {
        const res = await fetch('/api/calendar/conflicts', {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ owner: values.owner, startAt, endAt, exclude: values.id ?? null }),
        })
        const body = await res.json()
        if (!res.ok) return setProblem(serverReason(body))
        if (body.conflicts.length > 0) return setConflicts(body.conflicts)
      }
      const res = await fetch(values.id != null ? `/api/activities/${values.id}` : '/api/activities', {
        method: values.id != null ? 'PATCH' : 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', ...(values.updatedAt ? { 'if-match': `"${values.updatedAt}"` } : {}) },
        body: JSON.stringify({
          subject: values.subject.trim(),
          type: values.type,
          // The person's id as the API stores it (a number on SQL adapters), not the select's string.
          owner: people.find((p) => String(p.id) === values.owner)?.id,
          startAt,
          endAt,
          allDay: values.allDay,
          remindMinutesBefore: values.remindMinutesBefore,
        }),
      })
      if (!res.ok) return setProblem(fillText(texts.failed, { reason: serverReason(await res.json().catch(() => ({}))) }))
      onSaved()
    } finally {
      setBusy(false)
    }
  }

  const remindLabel = (m: number | null) =>
    m == null
      ? texts.noReminder
      : m === 60
        ? texts.hourBefore
        : m === 1440
          ? texts.dayBefore
          : fillText(texts.minutesBefore, { n: m })
  const title = values.id != null ? texts.editEvent : texts.newEvent
  return (
    <div className={styles.overlay}>
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="event-form-title"
        className={styles.dialog}
        onSubmit={(e) => {
          e.preventDefault()
          void submit(false)
        }}
      >
        <h2 id="event-form-title">{title}</h2>
        <label className={styles.field}>
          <span>{texts.subject}</span>
          <input
            ref={subjectRef}
            name="subject"
            value={values.subject}
            onChange={(e) => set('subject', e.target.value)}
            aria-invalid={Boolean(errors.subject)}
            aria-describedby={errors.subject ? 'event-subject-error' : undefined}
          />
          {errors.subject ? (
            <span id="event-subject-error" role="alert" className={styles.fieldError}>
              {errors.subject}
            </span>
          ) : null}
        </label>
        <div className={styles.fieldRow}>
          <label className={styles.field}>
            <span>{texts.type}</span>
            <select name="type" value={values.type} onChange={(e) => set('type', e.target.value)}>
              {(TYPES.includes(values.type) ? TYPES : [values.type, ...TYPES]).map((t) => (
                <option key={t} value={t}>
                  {typeLabel(texts, t)}
                </option>
              ))}
            </select>
          </label>
          {people.length > 1 ? (
            <label className={styles.field}>
              <span>{texts.owner}</span>
              <select name="owner" value={values.owner} onChange={(e) => set('owner', e.target.value)}>
                {people.map((p) => (
                  <option key={String(p.id)} value={String(p.id)}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
        <div className={styles.fieldRow}>
          <label className={styles.field}>
            <span>{texts.date}</span>
            <input type="date" name="day" value={values.day} onChange={(e) => set('day', e.target.value)} required />
          </label>
          <label className={styles.checkField}>
            <input type="checkbox" name="allDay" checked={values.allDay} onChange={(e) => set('allDay', e.target.checked)} />
            <span>{texts.allDay}</span>
          </label>
        </div>
        {values.allDay ? null : (
          <div className={styles.fieldRow}>
            <label className={styles.field}>
              <span>{texts.start}</span>
              <input
                ref={startRef}
                type="time"
                name="start"
                step={300}
                value={hhmm(values.startMinutes)}
                onChange={(e) => {
                  const m = parseHhmm(e.target.value)
                  if (m == null) return
                  // Keep the duration when the start moves.
                  set('endMinutes', Math.min(m + (values.endMinutes - values.startMinutes), 24 * 60 - 1))
                  set('startMinutes', m)
                }}
              />
            </label>
            <label className={styles.field}>
              <span>{texts.end}</span>
              <input
                type="time"
                name="end"
                step={300}
                value={hhmm(values.endMinutes)}
                onChange={(e) => {
                  const m = parseHhmm(e.target.value)
                  if (m != null) set('endMinutes', m)
                }}
                aria-invalid={Boolean(errors.end)}
                aria-describedby={errors.end ? 'event-end-error' : undefined}
              />
              {errors.end ? (
                <span id="event-end-error" role="alert" className={styles.fieldError}>
                  {errors.end}
                </span>
              ) : null}
            </label>
          </div>
        )}
        <label className={styles.field}>
          <span>{texts.remind}</span>
          <select
            name="remind"
            value={values.remindMinutesBefore == null ? '' : String(values.remindMinutesBefore)}
            onChange={(e) => set('remindMinutesBefore', e.target.value === '' ? null : Number(e.target.value))}
          >
            {REMINDERS.map((m) => (
              <option key={String(m)} value={m == null ? '' : String(m)}>
                {remindLabel(m)}
              </option>
            ))}
          </select>
        </label>
        {conflicts ? (
          <div role="alert" className={styles.conflict} data-testid="conflict-warning">
            <strong>{texts.conflictTitle}</strong>
            <ul>
              {conflicts.map((c) => (
                <li key={c.id}>
                  {formatTime(c.startAt, language, timeZone)}
                  {c.endAt ? `–${formatTime(c.endAt, language, timeZone)}` : ''} {c.subject}
                </li>
              ))}
            </ul>
            <p>{texts.conflictHint}</p>
            <div className={styles.actions}>
              <button type="button" className={styles.primary} disabled={busy} onClick={() => void submit(true)}>
                {texts.saveAnyway}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConflicts(null)
                  startRef.current?.focus()
                }}
              >
                {texts.changeTime}
              </button>
            </div>
          </div>
        ) : null}
        {problem ? (
          <p role="alert" className={styles.fieldError}>
            {problem}
          </p>
        ) : null}
        <div className={styles.actions}>
          {values.id != null ? (
            <a href={`/app/activities/${values.id}`} className={styles.recordLink}>
              {texts.open}
            </a>
          ) : null}
          <button type="button" onClick={onClose}>
            {texts.cancel}
          </button>
          {conflicts ? null : (
            <button type="submit" className={styles.primary} disabled={busy}>
              {busy ? texts.saving : texts.save}
            </button>
          )}
        </div>
      </form>
    </div>
  )
}

/** The server's reason: the field message of a 400, or the error's message. */
function serverReason(body: { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }): string {
  const first = body.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? ''
}
