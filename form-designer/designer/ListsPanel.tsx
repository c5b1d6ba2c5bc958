'use client'
import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates, useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useEffect, useState } from 'react'
import { PAGE_SIZES } from '../../src/customFields/layout/types'
import {
  addView,
  type DesignerDoc,
  placeColumn,
  removeColumn,
  removeView,
  setColumnWidth,
  setDefaultView,
  setPageSize,
  setSort,
} from '../model/designer'
import styles from './designer.module.css'
import type { Say } from './texts'

type Props = {
  doc: DesignerDoc
  apply: (change: (doc: DesignerDoc) => DesignerDoc) => void
  fields: { field: string; label: string; sortable: boolean; select: boolean }[]
  say: Say
  language: 'en' | 'zh'
  /** A view to open (the designer shows a problem in it); each new object opens it again. */
  focus?: { id: string }
}

function Column({ field, label, onRemove }: { field: string; label: string; onRemove: () => void }) {
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: field })
  return (
    <span
      ref={setNodeRef}
      className={styles.chip}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid={`column-${field}`}
    >
      <span {...attributes} {...listeners} className={styles.grip}>
        ⠿ {label}
      </span>
      <button type="button" className={styles.link} aria-label={`× ${label}`} onClick={onRemove}>
        ×
      </button>
    </span>
  )
}

/** The list views of the entity: columns in order (drag or keyboard), widths, sort, page size, default, kanban. */
export function ListsPanel({ doc, apply, fields, say, language, focus }: Props) {
  const [selected, setSelected] = useState(focus?.id ?? doc.listViews.views[0]?.id ?? '')
  useEffect(() => {
    if (focus) setSelected(focus.id)
  }, [focus])
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const view = doc.listViews.views.find((v) => v.id === selected) ?? doc.listViews.views[0]
  const labelOf = (field: string) => fields.find((f) => f.field === field)?.label ?? field
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!view || !over || active.id === over.id) return
    const index = view.columns.findIndex((c) => c.field === over.id)
    apply((d) => placeColumn(d, view.id, String(active.id), index))
  }
  const selects = fields.filter((f) => f.select)
  return (
    <div className={styles.lists} data-testid="lists-panel">
      <div className={styles.toolbar}>
        <select value={view?.id ?? ''} onChange={(e) => setSelected(e.target.value)} data-testid="list-view-picker">
          {doc.listViews.views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label[language] ?? v.label.en ?? v.label.zh} {v.kind === 'kanban' ? `(${say('kanban')})` : ''}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="list-add-table"
          onClick={() =>
            apply((d) => addView(d, { zh: '新视图', en: 'New view' }, 'table', view?.columns.map((c) => c.field) ?? []))
          }
        >
          {say('addTable')}
        </button>
        {selects.length > 0 ? (
          <button
            type="button"
            data-testid="list-add-kanban"
            onClick={() =>
              apply((d) =>
                addView(
                  d,
                  { zh: '看板', en: 'Board' },
                  'kanban',
                  fields.slice(0, 3).map((f) => f.field),
                  selects[0].field,
                ),
              )
            }
          >
            {say('addKanban')}
          </button>
        ) : null}
        {view && doc.listViews.views.length > 1 ? (
          <button type="button" onClick={() => apply((d) => removeView(d, view.id))}>
            {say('removeView')}
          </button>
        ) : null}
      </div>
      {view ? (
        <>
          <div className={styles.prop}>
            <span>{say('listColumns')}</span>
            <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
              <SortableContext items={view.columns.map((c) => c.field)} strategy={horizontalListSortingStrategy}>
                <div className={styles.chips}>
                  {view.columns.map((c) => (
                    <Column
                      key={c.field}
                      field={c.field}
                      label={labelOf(c.field)}
                      onRemove={() => apply((d) => removeColumn(d, view.id, c.field))}
                    />
                  ))}
                </div>
              </SortableContext>
            </DndContext>
            <select
              value=""
              data-testid="list-add-column"
              onChange={(e) => e.target.value && apply((d) => placeColumn(d, view.id, e.target.value, view.columns.length))}
            >
              <option value="">{say('addColumn')}</option>
              {fields
                .filter((f) => !view.columns.some((c) => c.field === f.field))
                .map((f) => (
                  <option key={f.field} value={f.field}>
                    {f.label}
                  </option>
                ))}
            </select>
          </div>
          <div className={styles.row}>
            {view.columns.map((c) => (
              <label key={c.field} className={styles.prop}>
                <span>
                  {labelOf(c.field)} · {say('width')}
                </span>
                <input
                  className={styles.input}
                  type="number"
                  min={60}
                  max={800}
                  value={c.width ?? ''}
                  placeholder="auto"
                  onChange={(e) => e.target.value && apply((d) => setColumnWidth(d, view.id, c.field, Number(e.target.value)))}
                />
              </label>
            ))}
          </div>
          <div className={styles.row}>
            <label className={styles.prop}>
              <span>{say('sortBy')}</span>
              <select
                className={styles.input}
                data-testid="list-sort"
                value={view.sort ?? ''}
                onChange={(e) =>
                  apply((d) => setSort(d, view.id, e.target.value.replace(/^-/, '') || null, e.target.value.startsWith('-')))
                }
              >
                <option value="">—</option>
                {fields
                  .filter((f) => f.sortable)
                  .flatMap((f) => [
                    <option key={f.field} value={f.field}>
                      {f.label} ↑
                    </option>,
                    <option key={`-${f.field}`} value={`-${f.field}`}>
                      {f.label} ↓
                    </option>,
                  ])}
              </select>
            </label>
            <label className={styles.prop}>
              <span>{say('pageSize')}</span>
              <select
                className={styles.input}
                data-testid="list-page-size"
                value={view.pageSize}
                onChange={(e) => apply((d) => setPageSize(d, view.id, Number(e.target.value)))}
              >
                {PAGE_SIZES.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
            <label className={styles.check}>
              <input type="checkbox" checked={view.default === true} onChange={() => apply((d) => setDefaultView(d, view.id))} />
              {say('defaultView')}
            </label>
          </div>
          {view.kind === 'kanban' ? (
            <p className={styles.muted}>
              {say('groupBy')}: {labelOf(view.groupBy ?? '')}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
