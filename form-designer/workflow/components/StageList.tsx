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
import { type FlowDoc, keyboardStep, moveStage, type Stage } from '../model'
import type { Apply, Selection } from './editorTypes'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** Sortable ids by position: keys may be duplicated or half-typed while the admin edits. */
const idOf = (index: number) => `stage-${index}`
const indexOf = (id: unknown) => Number(String(id).slice(6))

/** Up and down arrows carry a picked-up stage one slot at a time. */
const slotKeys: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const direction = event.code === 'ArrowDown' ? 1 : event.code === 'ArrowUp' ? -1 : 0
  if (direction === 0) return undefined
  event.preventDefault()
  const at = context.over?.id ?? context.active
  const tops = [...Array(context.droppableRects.size).keys()].map((i) => context.droppableRects.get(idOf(i))?.top)
  const step = at == null ? null : keyboardStep(tops, indexOf(at), direction)
  return step == null ? currentCoordinates : { x: currentCoordinates.x, y: currentCoordinates.y + step }
}

/**
 * The stages in their order, reordered by dragging with the mouse, touch or the keyboard (space,
 * arrows, space); screen readers hear where the stage is, in the admin's language. A drop is one
 * moveStage action.
 */
export function StageList({
  doc,
  apply,
  selection,
  onSelect,
  flagged,
  say,
  stageName,
}: {
  doc: FlowDoc
  apply: Apply
  selection: Selection
  onSelect: (selection: Selection) => void
  flagged: Map<number, string[]>
  say: Say
  stageName: (stage: Stage) => string
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: slotKeys }),
  )
  const count = doc.stages.length
  const nameAt = (id: unknown) => stageName(doc.stages[indexOf(id)] ?? { key: '?', label: {} })
  const announcements: Announcements = {
    onDragStart: ({ active }) => say('picked', { item: nameAt(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? say('over', { item: nameAt(active.id), position: indexOf(over.id) + 1, count }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? say('dropped', { item: nameAt(active.id), position: indexOf(over.id) + 1, count }) : undefined,
    onDragCancel: ({ active }) => say('cancelled', { item: nameAt(active.id) }),
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return
    const from = indexOf(active.id)
    const to = indexOf(over.id)
    apply((d) => moveStage(d, from, to))
    if (selection?.kind === 'stage' && selection.index === from) onSelect({ kind: 'stage', index: to })
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: say('instructions') } }}
    >
      <SortableContext items={doc.stages.map((_, i) => idOf(i))} strategy={verticalListSortingStrategy}>
        <ol className={styles.list} data-testid="stage-list">
          {doc.stages.map((stage, i) => (
            <StageRow
              key={idOf(i)}
              id={idOf(i)}
              stage={stage}
              name={stageName(stage)}
              first={i === 0}
              selected={selection?.kind === 'stage' && selection.index === i}
              problems={flagged.get(i)}
              onSelect={() => onSelect({ kind: 'stage', index: i })}
              say={say}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  )
}

function StageRow({
  id,
  stage,
  name,
  first,
  selected,
  problems,
  onSelect,
  say,
}: {
  id: string
  stage: Stage
  name: string
  first: boolean
  selected: boolean
  problems: string[] | undefined
  onSelect: () => void
  say: Say
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id })
  const className = `${selected ? styles.rowSelected : styles.row} ${problems ? styles.rowFlagged : ''}`
  return (
    <li
      ref={setNodeRef}
      className={className}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }}
      data-testid={`stage-${stage.key}`}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className={styles.handle}
        aria-label={say('dragHandle', { name })}
        data-testid={`stage-handle-${stage.key}`}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <span className={styles.swatch} style={{ background: stage.color || '#64748b' }} />
      <button
        type="button"
        className={styles.rowMain}
        onClick={onSelect}
        aria-pressed={selected}
        data-testid={`stage-select-${stage.key}`}
      >
        <span>{name}</span>
        <span className={styles.key}>{stage.key}</span>
      </button>
      {first ? <span className={styles.badge}>{say('start')}</span> : null}
      {stage.final ? <span className={styles.badge}>{`${say('finalBadge')} · ${stage.outcome ?? '?'}`}</span> : null}
      {problems ? (
        <span className={styles.flag} role="img" title={problems.join('\n')} aria-label={problems.join(' ')}>
          !
        </span>
      ) : null}
    </li>
  )
}
