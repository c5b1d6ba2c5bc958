'use client'
import { useDroppable } from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { CSSProperties } from 'react'
import type { LayoutSection } from '../../src/customFields/layout/types'
import { fieldId, sectionId } from '../model/designer'
import styles from './designer.module.css'
import type { Say } from './texts'

export type Selection = { kind: 'field'; field: string } | { kind: 'section'; id: string } | null

type CanvasProps = {
  sections: LayoutSection[]
  labelOf: (field: string) => { label: string; type: string }
  /** Problems of the last refused save, publish or import, by field or `section:<id>`. */
  flagged: ReadonlyMap<string, string[]>
  selection: Selection
  onSelect: (selection: Selection) => void
  say: Say
  language: 'en' | 'zh'
}

function FieldCard({ field, span, props }: { field: string; span: number; props: CanvasProps }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: fieldId(field) })
  const { label, type } = props.labelOf(field)
  const selected = props.selection?.kind === 'field' && props.selection.field === field
  const problems = props.flagged.get(field)
  const style = { transform: CSS.Translate.toString(transform), transition, '--span': span } as CSSProperties
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: dnd-kit's listeners handle keys (space picks up); focus selects
    // biome-ignore lint/a11y/noStaticElementInteractions: dnd-kit's attributes give it role="button" and a tab stop
    <div
      ref={setNodeRef}
      style={style}
      className={[
        styles.card,
        selected ? styles.selected : '',
        isDragging ? styles.dragging : '',
        problems ? styles.flagged : '',
      ].join(' ')}
      data-testid={`canvas-${field}`}
      data-problem={problems ? 'true' : undefined}
      onClick={() => props.onSelect({ kind: 'field', field })}
      onFocus={() => props.onSelect({ kind: 'field', field })}
      {...attributes}
      {...listeners}
    >
      <span className={styles.cardLabel}>{label}</span>
      <span className={styles.cardType}>{type}</span>
      {problems ? <ProblemMark messages={problems} /> : null}
    </div>
  )
}

/** A warning sign on a card or section that a refused save named; its messages are its accessible name. */
function ProblemMark({ messages }: { messages: string[] }) {
  return (
    <span className={styles.problemMark} role="img" aria-label={messages.join(' ')} title={messages.join('\n')}>
      ⚠
    </span>
  )
}

function SectionBox({ section, props }: { section: LayoutSection; props: CanvasProps }) {
  const { setNodeRef, isOver } = useDroppable({ id: sectionId(section.id) })
  const selected = props.selection?.kind === 'section' && props.selection.id === section.id
  const problems = props.flagged.get(`section:${section.id}`)
  const title = section.label?.[props.language] ?? section.label?.en ?? section.label?.zh ?? props.say('section')
  return (
    <section
      ref={setNodeRef}
      className={[
        styles.section,
        isOver ? styles.over : '',
        selected ? styles.selected : '',
        problems ? styles.flagged : '',
      ].join(' ')}
      data-testid={`section-${section.id}`}
      data-problem={problems ? 'true' : undefined}
      aria-label={title}
    >
      <button type="button" className={styles.sectionTitle} onClick={() => props.onSelect({ kind: 'section', id: section.id })}>
        {title} · {section.columns}
        {section.visibleWhen ? ' · ƒ' : ''}
      </button>
      {problems ? <ProblemMark messages={problems} /> : null}
      <SortableContext items={section.fields.map((f) => fieldId(f.field))} strategy={verticalListSortingStrategy}>
        <div className={styles.sectionGrid} style={{ '--columns': section.columns } as CSSProperties}>
          {section.fields.map((f) => (
            <FieldCard key={f.field} field={f.field} span={Math.min(f.span ?? 1, section.columns)} props={props} />
          ))}
          {section.fields.length === 0 ? <div className={styles.empty}>{props.say('emptySection')}</div> : null}
        </div>
      </SortableContext>
    </section>
  )
}

/** The form being designed: the active tab's sections, each a drop zone of sortable field cards. */
export function Canvas(props: CanvasProps) {
  return (
    <div className={styles.canvas}>
      {props.sections.map((section) => (
        <SectionBox key={section.id} section={section} props={props} />
      ))}
    </div>
  )
}
