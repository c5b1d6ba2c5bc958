'use client'
import { DndContext, type DragEndEvent, PointerSensor, useDraggable, useDroppable, useSensor, useSensors } from '@dnd-kit/core'
import { useEffect, useRef } from 'react'
import { placeDay } from '../../../../calendar/layout/placeDay'
import { dayOf, minutesOfDay, zonedInstant } from '../../../../calendar/range/zonedTime'
import styles from './calendar.module.css'
import { formatDay, formatTime, hhmm } from './format'
import { onDay } from './onDay'
import type { CalendarTexts } from './texts'
import { type CalendarData, type CalendarEvent, PX_PER_MINUTE } from './types'

type Props = {
  days: string[]
  today: string
  data: CalendarData
  language: 'zh' | 'en'
  timeZone: string
  texts: CalendarTexts
  ownerName: (id: unknown) => string | null
  onSlot: (day: string, minutes: number) => void
  onOpen: (event: CalendarEvent) => void
  onMove: (event: CalendarEvent, startAt: Date, endAt: Date | null) => void
}

const HOURS = Array.from({ length: 24 }, (_, h) => h)

/** Day and week views: a column per day on a 24-hour grid; click a free slot to add, drag an event to move it. */
export function TimeGrid({ days, today, data, language, timeZone, texts, ownerName, onSlot, onOpen, onMove }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  // Open at 08:00, where the working day starts.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 8 * 60 * PX_PER_MINUTE - 8
  }, [])
  // A few pixels of movement before a drag starts, so a click still opens the event.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }))
  const timed = data.events.filter((e) => !e.allDay)
  // The click that ends a drag is not a request to open the event.
  const draggedAt = useRef(0)
  const open = (event: CalendarEvent) => {
    if (Date.now() - draggedAt.current > 400) onOpen(event)
  }
  const onDragEnd = ({ active, delta, over }: DragEndEvent) => {
    draggedAt.current = Date.now()
    const event = active.data.current?.event as CalendarEvent | undefined
    if (!event) return
    const start = new Date(event.startAt)
    const shift = Math.round(delta.y / PX_PER_MINUTE / 15) * 15
    const fromDay = dayOf(start, timeZone)
    const toDay = over ? String(over.id) : fromDay
    if (shift === 0 && toDay === fromDay) return
    const newStart = zonedInstant(toDay, minutesOfDay(start, timeZone) + shift, timeZone)
    const newEnd = event.endAt ? new Date(newStart.getTime() + (new Date(event.endAt).getTime() - start.getTime())) : null
    onMove(event, newStart, newEnd)
  }
  return (
    <div className={styles.timeGrid} style={{ '--days': days.length } as React.CSSProperties}>
      <div className={styles.gridHead}>
        <span />
        {days.map((day) => (
          <div key={day} className={day === today ? styles.dayHeadToday : styles.dayHead} data-day-head={day}>
            {formatDay(day, language, { weekday: 'short', month: 'numeric', day: 'numeric' })}
          </div>
        ))}
      </div>
      <div className={styles.allDayRow}>
        <span className={styles.allDayLabel}>{texts.allDay}</span>
        {days.map((day) => (
          <div key={day} className={styles.allDayCell}>
            {data.events
              .filter((e) => e.allDay && onDay(e, day, timeZone))
              .map((e) => (
                <button key={e.id} type="button" className={styles.chip} data-type={e.type} onClick={() => onOpen(e)}>
                  {e.subject}
                </button>
              ))}
            {data.tasks
              .filter((t) => dayOf(new Date(t.dueAt), timeZone) === day)
              .map((t) => (
                <a
                  key={`task-${t.id}`}
                  href={`/app/tasks/${t.id}`}
                  className={styles.taskChip}
                  data-status={t.status ?? undefined}
                >
                  ☑ {t.subject} · {texts.due} {formatTime(t.dueAt, language, timeZone)}
                </a>
              ))}
          </div>
        ))}
      </div>
      <div ref={scroller} className={styles.scroller}>
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          <div className={styles.gridBody} style={{ height: 24 * 60 * PX_PER_MINUTE }}>
            <div className={styles.hours}>
              {HOURS.map((h) => (
                <span key={h} style={{ top: h * 60 * PX_PER_MINUTE }}>
                  {hhmm(h * 60)}
                </span>
              ))}
            </div>
            {days.map((day) => (
              <DayColumn key={day} day={day} texts={texts} onSlot={onSlot}>
                {placeDay(timed, day, timeZone).map((p) => (
                  <EventBlock
                    key={p.item.id}
                    event={p.item}
                    style={{
                      top: p.top * PX_PER_MINUTE,
                      height: p.height * PX_PER_MINUTE - 2,
                      left: `${(p.lane / p.lanes) * 100}%`,
                      width: `calc(${100 / p.lanes}% - 4px)`,
                    }}
                    time={formatTime(p.item.startAt, language, timeZone)}
                    owner={ownerName(p.item.owner)}
                    onOpen={open}
                  />
                ))}
              </DayColumn>
            ))}
          </div>
        </DndContext>
      </div>
    </div>
  )
}

function DayColumn({
  day,
  texts,
  onSlot,
  children,
}: {
  day: string
  texts: CalendarTexts
  onSlot: Props['onSlot']
  children: React.ReactNode
}) {
  const { setNodeRef, isOver } = useDroppable({ id: day })
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the "new event" button is the keyboard way to add; slots are a pointer shortcut
    // biome-ignore lint/a11y/noStaticElementInteractions: same pointer shortcut; the buttons inside stay the accessible controls
    <div
      ref={setNodeRef}
      className={isOver ? styles.dayColumnOver : styles.dayColumn}
      data-day-column={day}
      title={texts.newEvent}
      onClick={(e) => {
        if (e.target !== e.currentTarget) return
        const minutes = Math.floor(e.nativeEvent.offsetY / PX_PER_MINUTE / 30) * 30
        onSlot(day, Math.min(Math.max(minutes, 0), 23 * 60 + 30))
      }}
    >
      {children}
    </div>
  )
}

type BlockProps = {
  event: CalendarEvent
  style: React.CSSProperties
  time: string
  owner: string | null
  onOpen: Props['onOpen']
}

function EventBlock({ event, style, time, owner, onOpen }: BlockProps) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: String(event.id), data: { event } })
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={isDragging ? styles.eventDragging : styles.event}
      data-type={event.type}
      data-status={event.status ?? undefined}
      data-event={event.subject}
      style={{ ...style, transform: transform ? `translate(${transform.x}px, ${transform.y}px)` : undefined }}
      {...attributes}
      {...listeners}
      onClick={() => onOpen(event)}
    >
      <span className={styles.eventTime}>{time}</span>
      <span className={styles.eventTitle}>{event.subject}</span>
      {owner ? <span className={styles.eventOwner}>{owner}</span> : null}
    </button>
  )
}
