'use client'
import type { FlowDoc, FlowPlace, FlowProblem } from '../model'
import type { Selection } from './editorTypes'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/**
 * What the server would refuse (or did refuse), one line per problem: a button naming the stage or
 * transition that shows it, the reason, and the exact path the server reports.
 */
export function FlowProblemList({
  title,
  problems,
  doc,
  onShow,
  say,
  nameOf,
}: {
  title: string
  problems: FlowProblem[]
  doc: FlowDoc
  onShow: (selection: Selection) => void
  say: Say
  nameOf: (place: FlowPlace, doc: FlowDoc) => string
}) {
  return (
    <div role="alert" className={styles.problems} data-testid="flow-problems">
      <strong>{title}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.pointer}-${i}`} data-testid="flow-problem">
            {p.place.kind !== 'none' ? (
              <button
                type="button"
                className={styles.problemPlace}
                title={say('show')}
                data-testid="flow-problem-show"
                onClick={() => (p.place.kind === 'none' ? undefined : onShow({ kind: p.place.kind, index: p.place.index }))}
              >
                {nameOf(p.place, doc)}
              </button>
            ) : null}{' '}
            {p.message} <code className={styles.pointer}>{p.pointer.slice(1).split('/').join('.')}</code>
          </li>
        ))}
      </ul>
    </div>
  )
}
