'use client'
import { useDraggable } from '@dnd-kit/core'
import { FIELD_TYPES, type FieldType } from '../../src/customFields/fieldTypes'
import { fieldId, paletteId } from '../model/designer'
import styles from './designer.module.css'
import { type Say, TYPE_LABELS } from './texts'

function Item({ id, label, testId }: { id: string; label: string; testId: string }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id })
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={isDragging ? `${styles.paletteItem} ${styles.dragging}` : styles.paletteItem}
      data-testid={testId}
      {...attributes}
      {...listeners}
    >
      {label}
    </button>
  )
}

/** Every field type of the engine, and the base fields not yet on the form, ready to drag. */
export function Palette({
  language,
  say,
  unplaced,
}: {
  language: 'en' | 'zh'
  say: Say
  unplaced: { name: string; label: string }[]
}) {
  return (
    <aside className={styles.palette} aria-label={say('palette')}>
      <h3 className={styles.panelTitle}>{say('palette')}</h3>
      <div className={styles.paletteGrid}>
        {FIELD_TYPES.map((type: FieldType) => (
          <Item key={type} id={paletteId(type)} label={TYPE_LABELS[type][language]} testId={`palette-${type}`} />
        ))}
      </div>
      {unplaced.length > 0 ? (
        <>
          <h3 className={styles.panelTitle}>{say('baseFields')}</h3>
          <div className={styles.paletteGrid}>
            {unplaced.map((f) => (
              <Item key={f.name} id={fieldId(f.name)} label={f.label} testId={`palette-base-${f.name}`} />
            ))}
          </div>
        </>
      ) : null}
    </aside>
  )
}
