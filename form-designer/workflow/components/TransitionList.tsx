'use client'
import type { FlowDoc } from '../model'
import type { Selection } from './editorTypes'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** The transitions as "from → to: name" rows; a row selects its transition. */
export function TransitionList({
  doc,
  selection,
  onSelect,
  flagged,
  say,
  stageName,
  labelOf,
}: {
  doc: FlowDoc
  selection: Selection
  onSelect: (selection: Selection) => void
  flagged: Map<number, string[]>
  say: Say
  stageName: (key: string) => string
  labelOf: (label: { zh?: string; en?: string }, fallback: string) => string
}) {
  if (doc.transitions.length === 0) return <p className={styles.muted}>{say('noTransitions')}</p>
  return (
    <ul className={styles.list} data-testid="transition-list">
      {doc.transitions.map((t, i) => {
        const selected = selection?.kind === 'transition' && selection.index === i
        const problems = flagged.get(i)
        return (
          <li
            key={`${t.key}-${i}`}
            className={`${selected ? styles.rowSelected : styles.row} ${problems ? styles.rowFlagged : ''}`}
            data-testid={`transition-${t.key}`}
          >
            <button
              type="button"
              className={styles.rowMain}
              aria-pressed={selected}
              onClick={() => onSelect({ kind: 'transition', index: i })}
            >
              <span>{labelOf(t.label, t.key)}</span>
              <span className={styles.key}>
                {t.from === '*' ? '*' : stageName(t.from)} → {stageName(t.to)}
              </span>
              {t.when ? <span className={styles.badge}>if</span> : null}
            </button>
            {problems ? (
              <span className={styles.flag} role="img" title={problems.join('\n')} aria-label={problems.join(' ')}>
                !
              </span>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
