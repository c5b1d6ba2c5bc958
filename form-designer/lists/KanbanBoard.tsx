'use client'
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ListView } from '../../src/customFields/layout/types'
import {
  type BoardColumn,
  columnId,
  columnStep,
  columnValue,
  formatCell,
  type ListField,
  moveCard,
  toSearchParams,
  valueAt,
  type Where,
} from '../model/list'
import { api, problemsOf } from './api'
import styles from './lists.module.css'
import type { ListText } from './texts'

type Card = Record<string, unknown> & { id: string | number }
type Props = {
  entity: string
  view: ListView
  /** The view's filters and the user's, without the grouping. */
  where: Where
  fields: Map<string, ListField>
  titleField: string
  hrefOf: (record: Record<string, unknown>) => string
  titleOf: (value: object) => string
  language: 'en' | 'zh'
  t: ListText
}

/** Left and right arrows carry a picked-up card to the neighbouring column (dnd-kit's default moves 25 px). */
const columnKeys: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0
  if (direction === 0) return undefined
  event.preventDefault()
  return columnStep([...context.droppableRects.values()], currentCoordinates, direction) ?? undefined
}

function CardView({ card, props }: { card: Card; props: Props }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: `card:${card.id}` })
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 10 } : undefined
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={isDragging ? styles.cardDragging : styles.card}
      {...attributes}
      {...listeners}
      data-card={card.id}
    >
      <a href={props.hrefOf(card)} className={styles.cardTitle} onPointerDown={(e) => e.stopPropagation()}>
        {String(card[props.titleField] ?? `#${card.id}`)}
      </a>
      {(props.view.cardFields ?? []).map((name) => {
        const text = formatCell(valueAt(card, name), props.fields.get(name), props.language, props.titleOf)
        return text ? (
          <div key={name} className={styles.cardField}>
            <span>{props.fields.get(name)?.label ?? name}</span> {text}
          </div>
        ) : null
      })}
    </li>
  )
}

function ColumnView({ column, props, onMore }: { column: BoardColumn<Card>; props: Props; onMore: () => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(column.value) })
  return (
    <section
      ref={setNodeRef}
      className={isOver ? styles.columnOver : styles.column}
      aria-label={column.label}
      data-column-value={column.value ?? ''}
    >
      <h3 className={styles.columnTitle}>
        {column.label} <span className={styles.count}>{column.total}</span>
      </h3>
      <ul className={styles.cards}>
        {column.cards.map((card) => (
          <CardView key={String(card.id)} card={card} props={props} />
        ))}
      </ul>
      {column.cards.length < column.total ? (
        <button type="button" className={styles.linkButton} onClick={onMore}>
          {props.t('loadMore')}
        </button>
      ) : null}
    </section>
  )
}

/**
 * A kanban board: one column per option of the grouping field, each a page of its own (load more), cards
 * dragged between columns with the mouse, touch or keyboard. A move is shown at once and saved as an
 * ordinary update, so the server's rules and workflows decide; a refusal puts the card back and says why.
 */
export function KanbanBoard(props: Props) {
  const { entity, view, where, fields, t } = props
  const group = fields.get(view.groupBy ?? '')
  const [board, setBoard] = useState<BoardColumn<Card>[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const columns = useMemo(
    () => [
      ...(group?.options ?? []).map((o) => ({ value: o.value as string | null, label: o.label })),
      { value: null, label: t('noValue') },
    ],
    [group, t],
  )
  // The parent hands a new view and filter object on every render: keyed by content, a rerender does not reload.
  const viewKey = JSON.stringify(view)
  const whereKey = JSON.stringify(where)
  const fetchColumn = useCallback(
    async (value: string | null, page: number) => {
      const view = JSON.parse(viewKey) as ListView
      const where = JSON.parse(whereKey) as Where
      const field = view.groupBy as string
      const own: Where = value == null ? { [field]: { exists: false } } : { [field]: { equals: value } }
      const query = {
        where: Object.keys(where).length > 0 ? { and: [where, own] } : own,
        limit: view.pageSize,
        page,
        depth: 1,
        sort: view.sort,
      }
      const { body } = await api(`/${entity}?${toSearchParams(query)}`)
      return { cards: (body?.docs ?? []) as Card[], total: Number(body?.totalDocs ?? 0) }
    },
    [entity, viewKey, whereKey],
  )
  // A load that started before a card moved would put the card back where it was: such a load is dropped.
  const movesMade = useRef(0)
  useEffect(() => {
    let live = true
    const movesBefore = movesMade.current
    Promise.all(columns.map(async (c) => ({ ...c, ...(await fetchColumn(c.value, 1)) }))).then(
      (loaded) => live && movesMade.current === movesBefore && setBoard(loaded),
    )
    return () => {
      live = false
    }
  }, [columns, fetchColumn])

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeys }),
  )
  const cardOf = (id: unknown) => board.flatMap((c) => c.cards).find((c) => `card:${c.id}` === String(id))
  const columnLabel = (id: unknown) => board.find((c) => columnId(c.value) === String(id))?.label ?? ''
  const announcements: Announcements = {
    onDragStart: ({ active }) => String(cardOf(active.id)?.[props.titleField] ?? ''),
    onDragOver: ({ over }) => (over ? columnLabel(over.id) : ''),
    onDragEnd: ({ active, over }) =>
      over ? t('moved', { title: String(cardOf(active.id)?.[props.titleField] ?? ''), column: columnLabel(over.id) }) : '',
    onDragCancel: () => '',
  }

  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    if (!over) return
    const card = cardOf(active.id)
    const to = columnValue(String(over.id))
    if (!card) return
    const before = board
    const after = moveCard(board, card.id, to)
    if (after === board) return
    movesMade.current++
    setBoard(after)
    setMessage(null)
    const field = view.groupBy as string
    const data = field.startsWith('custom.') ? { custom: { ...(card.custom as object), [field.slice(7)]: to } } : { [field]: to }
    const res = await api(`/${entity}/${card.id}?depth=1`, {
      method: 'PATCH',
      body: JSON.stringify(data),
      headers: card.updatedAt ? { 'if-match': String(card.updatedAt) } : {},
    })
    if (res.status === 200) {
      const saved = res.body?.doc as Card
      setBoard((b) => b.map((c) => ({ ...c, cards: c.cards.map((x) => (x.id === card.id ? saved : x)) })))
      return
    }
    setBoard(before)
    const problems = problemsOf(res.body)
    setMessage(t('moveFailed', { reason: [...problems.fields.map((f) => f.message), ...problems.general].join(' ') }))
  }

  return (
    <div>
      <p className={styles.hint}>{t('kanbanHelp')}</p>
      {message ? (
        <p role="alert" className={styles.problem}>
          {message}
        </p>
      ) : null}
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <div className={styles.board}>
          {board.map((column) => (
            <ColumnView
              key={columnId(column.value)}
              column={column}
              props={props}
              onMore={async () => {
                const next = await fetchColumn(column.value, Math.floor(column.cards.length / view.pageSize) + 1)
                setBoard((b) =>
                  b.map((c) =>
                    c.value === column.value
                      ? { ...c, cards: [...c.cards, ...next.cards.filter((n) => !c.cards.some((x) => x.id === n.id))] }
                      : c,
                  ),
                )
              }}
            />
          ))}
        </div>
      </DndContext>
    </div>
  )
}
