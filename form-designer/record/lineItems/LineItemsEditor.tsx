'use client'
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { LineItemTotals } from '../../../src/money/lineItems'
import { api } from '../../lists/api'
import { type Found, RecordPicker } from '../../renderer/widgets/RecordPicker'
import type { WidgetProps } from '../../renderer/widgets/types'
import { keyboardStep } from '../../workflow/model/keyboardStep'
import { RecordValues } from '../RecordValues'
import styles from './lineItems.module.css'
import { applyLineAction, itemsOf, type Line, type LineAction, linesOf, liveTotals } from './lineModel'
import { type PriceBookEntries, priceOf } from './priceOf'
import { searchProducts } from './searchProducts'
import { type LineText, lineTexts } from './texts'

type Book = { name: string; entries: PriceBookEntries }
const idOf = (v: unknown) => (v != null && typeof v === 'object' ? (v as { id: unknown }).id : v)
let counter = 0
const newKey = () => `new-${Date.now().toString(36)}-${++counter}`
const NUMBER_FIELDS = ['quantity', 'unitPrice', 'discount', 'taxRate'] as const

/**
 * The lines of a quote, order or invoice: a product picker (name, code, category) that prices the line
 * from the document's price book (else the list price), quantity, discount and tax as typed text, and
 * totals computed as the user types by the server's own function, so the screen and the saved record
 * agree to the cent. Lines reorder by dragging (mouse, touch, keyboard) or with the up/down buttons.
 */
export function LineItemsEditor(p: WidgetProps) {
  const t = useMemo(() => lineTexts(p.language), [p.language])
  const { record, problems } = useContext(RecordValues)
  const [lines, setLines] = useState<Line[]>(() => linesOf(p.value, newKey))
  const sent = useRef<unknown>(p.value)
  const bookId = idOf(record.priceBook)
  const [book, setBook] = useState<Book | null>(null)

  // A value from outside (the saved record, another version loaded) replaces the lines; our own echo does not.
  useEffect(() => {
    if (p.value === sent.current) return
    sent.current = p.value
    setLines(linesOf(p.value, newKey))
  }, [p.value])

  useEffect(() => {
    if (bookId == null || bookId === '') return setBook(null)
    api(`/price-books/${bookId}?depth=0`).then(({ status, body }) =>
      setBook(status === 200 ? { name: String(body.name ?? ''), entries: body.entries ?? [] } : null),
    )
  }, [bookId])

  // The server names lines by position; they are pinned to the line there when the problems arrive,
  // so a later reorder keeps each message on its line.
  const [lineProblems, setLineProblems] = useState<Record<string, string[]>>({})
  const idPrefix = p.id
  const linesRef = useRef(lines)
  linesRef.current = lines
  useEffect(() => {
    const found: Record<string, string[]> = {}
    for (const problem of problems) {
      const m = /^items\.(\d+)(?:\.(\w+))?$/.exec(problem.path ?? '')
      const line = m ? linesRef.current[Number(m[1])] : undefined
      if (line) found[line.key] = [...(found[line.key] ?? []), problem.message]
    }
    setLineProblems(found)
    // After the form's own focus move (to the field's first input, which would open line 1's picker):
    // the first refused line itself, its message read out with it.
    const first = Object.keys(found)[0]
    if (first) requestAnimationFrame(() => document.getElementById(`${idPrefix}-${first}`)?.focus())
  }, [problems, idPrefix])

  const dispatch = (action: LineAction) => {
    const next = applyLineAction(lines, action)
    setLines(next)
    const items = itemsOf(next)
    sent.current = items
    p.onChange(items)
    if (action.type !== 'move' && action.type !== 'add') setLineProblems(({ [action.key]: _, ...rest }) => rest)
  }

  const totals = liveTotals(lines, Boolean(record.pricesIncludeTax))
  const currency = String(record.currency ?? '')
  // Up and down arrows carry a picked-up line one slot at a time (dnd-kit's default steps 25 px, and
  // its sortable getter did not settle on the next line in our tests).
  const keysRef = useRef<string[]>([])
  keysRef.current = lines.map((l) => l.key)
  const slotKeys = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { currentCoordinates, context }) => {
        const direction = event.code === 'ArrowDown' ? 1 : event.code === 'ArrowUp' ? -1 : 0
        if (direction === 0) return undefined
        event.preventDefault()
        const keys = keysRef.current
        const at = keys.indexOf(String(context.over?.id ?? context.active))
        const step =
          at < 0
            ? null
            : keyboardStep(
                keys.map((k) => context.droppableRects.get(k)?.top),
                at,
                direction,
              )
        return step == null ? currentCoordinates : { x: currentCoordinates.x, y: currentCoordinates.y + step }
      },
    [],
  )
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: slotKeys }),
  )
  const position = (id: unknown) => lines.findIndex((l) => l.key === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('picked', { line: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('over', { line: position(active.id), position: position(over.id), count: lines.length }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('dropped', { line: position(active.id), position: position(over.id), count: lines.length }) : undefined,
    onDragCancel: ({ active }) => t('cancelled', { line: position(active.id) }),
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    dispatch({ type: 'move', from: position(active.id) - 1, to: position(over.id) - 1 })
  }

  return (
    // A fieldset: the form's "focus the first input of a refused field" stops here instead of opening
    // line 1's picker; the refused line takes the focus itself (above).
    <fieldset className={styles.editor} data-wide="true" id={p.id} aria-describedby={p.describedBy}>
      <div className={styles.head} aria-hidden="true">
        <span />
        <span>{t('product')}</span>
        <span>{t('quantity')}</span>
        <span>{t('unitPrice')}</span>
        <span>{t('discount')}</span>
        <span>{t('taxRate')}</span>
        <span className={styles.num}>{t('net')}</span>
        <span className={styles.num}>{t('tax')}</span>
        <span className={styles.num}>{t('gross')}</span>
        <span />
      </div>
      {lines.length === 0 ? <p className={styles.empty}>{t('empty')}</p> : null}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <SortableContext items={lines.map((l) => l.key)} strategy={verticalListSortingStrategy}>
          <ol className={styles.lines} aria-label={t('lines')}>
            {lines.map((line, index) => (
              <LineRow
                key={line.key}
                line={line}
                index={index}
                count={lines.length}
                idPrefix={p.id}
                readOnly={p.readOnly}
                language={p.language}
                t={t}
                totals={totals.lines[index]}
                problems={lineProblems[line.key] ?? []}
                priceHint={
                  line.product == null
                    ? ''
                    : book?.entries.some((e) => String(idOf(e.product)) === String(line.product))
                      ? t('fromBook', { book: book.name })
                      : book
                        ? t('fromList')
                        : ''
                }
                dispatch={dispatch}
                onPick={(found) => {
                  const product = { id: found.id, salePrice: (found.record?.salePrice as string | undefined) ?? null }
                  dispatch({
                    type: 'product',
                    key: line.key,
                    product: found.id,
                    unitPrice: priceOf(product, book?.entries ?? null).unitPrice || undefined,
                  })
                }}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className={styles.footer}>
        {p.readOnly ? (
          <span />
        ) : (
          <button
            type="button"
            className={styles.add}
            onClick={() => dispatch({ type: 'add', key: newKey(), taxRate: lines.at(-1)?.taxRate || '0' })}
          >
            + {t('add')}
          </button>
        )}
        <dl className={styles.totals} aria-live="polite">
          {totals.document ? (
            <>
              <dt>{t('subtotal')}</dt>
              <dd data-total="subtotal">{totals.document.subtotal}</dd>
              <dt>{t('totalTax')}</dt>
              <dd data-total="tax">{totals.document.tax}</dd>
              <dt className={styles.grand}>{t('total')}</dt>
              <dd className={styles.grand} data-total="total">
                {currency} {totals.document.total}
              </dd>
            </>
          ) : (
            <dd className={styles.hint}>{t('incomplete')}</dd>
          )}
        </dl>
      </div>
    </fieldset>
  )
}

type RowProps = {
  line: Line
  index: number
  count: number
  idPrefix: string
  readOnly: boolean
  language: 'en' | 'zh'
  t: LineText
  totals: LineItemTotals | null
  problems: string[]
  priceHint: string
  dispatch: (action: LineAction) => void
  onPick: (found: Found) => void
}

/** One line: on a wide screen a row of the table, on a narrow one a card with its labels. */
function LineRow({
  line,
  index,
  count,
  idPrefix,
  readOnly,
  language,
  t,
  totals,
  problems,
  priceHint,
  dispatch,
  onPick,
}: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: line.key,
    disabled: readOnly,
  })
  const n = index + 1
  const id = (field: string) => `${idPrefix}-${line.key}-${field}`
  const problemId = `${idPrefix}-${line.key}-problems`
  const search = useMemo(() => (text: string) => searchProducts(text, language), [language])
  return (
    <li
      ref={setNodeRef}
      className={`${styles.line} ${isDragging ? styles.dragging : ''} ${problems.length > 0 ? styles.invalid : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      id={`${idPrefix}-${line.key}`}
      tabIndex={-1}
      data-line={n}
      aria-label={t('lineN', { n })}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className={styles.handle}
        aria-label={t('drag', { n })}
        disabled={readOnly}
        {...attributes}
        {...listeners}
      >
        <span aria-hidden="true">⠿</span>
        <span className={styles.number}>{n}</span>
      </button>
      <div className={styles.product}>
        <label className={styles.cellLabel} htmlFor={id('product')}>
          {t('product')}
        </label>
        <RecordPicker
          id={id('product')}
          relationTo="products"
          value={line.product}
          onChange={(v) => {
            if (v == null) dispatch({ type: 'product', key: line.key, product: null })
          }}
          onPick={onPick}
          searchWith={search}
          readOnly={readOnly}
          required={false}
          invalid={problems.length > 0}
          describedBy={problems.length > 0 ? problemId : undefined}
          language={language}
        />
        <input
          className={styles.input}
          aria-label={t('description')}
          placeholder={t('description')}
          readOnly={readOnly}
          value={line.description}
          onChange={(e) => dispatch({ type: 'edit', key: line.key, field: 'description', value: e.target.value })}
        />
      </div>
      {NUMBER_FIELDS.map((field) => (
        <div key={field} className={styles.cell}>
          <label className={styles.cellLabel} htmlFor={id(field)}>
            {t(field)}
          </label>
          <input
            id={id(field)}
            className={styles.input}
            inputMode="decimal"
            readOnly={readOnly}
            aria-invalid={(field !== 'discount' && field !== 'taxRate' && totals == null) || undefined}
            value={line[field]}
            onChange={(e) => dispatch({ type: 'edit', key: line.key, field, value: e.target.value.replace(/[,，\s]/g, '') })}
          />
          {field === 'unitPrice' && priceHint ? <small className={styles.hint}>{priceHint}</small> : null}
        </div>
      ))}
      {(['net', 'tax', 'gross'] as const).map((field) => (
        <div key={field} className={`${styles.cell} ${styles.num}`}>
          <span className={styles.cellLabel}>{t(field)}</span>
          <output data-amount={field}>{totals ? totals[field] : '—'}</output>
        </div>
      ))}
      <div className={styles.buttons}>
        <button
          type="button"
          className={styles.icon}
          aria-label={t('up', { n })}
          disabled={readOnly || index === 0}
          onClick={() => dispatch({ type: 'move', from: index, to: index - 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          className={styles.icon}
          aria-label={t('down', { n })}
          disabled={readOnly || index === count - 1}
          onClick={() => dispatch({ type: 'move', from: index, to: index + 1 })}
        >
          ↓
        </button>
        <button
          type="button"
          className={styles.icon}
          aria-label={t('remove', { n })}
          disabled={readOnly}
          onClick={() => dispatch({ type: 'remove', key: line.key })}
        >
          ×
        </button>
      </div>
      {problems.length > 0 ? (
        <ul id={problemId} className={styles.problems} role="alert">
          {problems.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}
