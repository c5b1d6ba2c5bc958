'use client'
import type { DesignProblem, ProblemPlace } from '../model/designer'
import styles from './designer.module.css'
import type { Say, TextKey } from './texts'

/** A problem with the place it was found at when it was reported (later edits may move things). */
export type LocatedProblem = DesignProblem & { place: ProblemPlace }

const PART_LABELS: Record<string, TextKey> = {
  schema: 'partSchema',
  layout: 'partLayout',
  listViews: 'partListViews',
  fieldPermissions: 'partFieldPermissions',
}

/**
 * Why a save, publish or import was refused, one line per problem: the place it is at (a button that
 * shows it: selects the field or section, opens the list view), the reason, and the exact pointer.
 */
export function ProblemList({
  title,
  problems,
  nameOf,
  onShow,
  say,
}: {
  title: string
  problems: LocatedProblem[]
  nameOf: (place: ProblemPlace) => string
  onShow: (place: ProblemPlace) => void
  say: Say
}) {
  return (
    <div role="alert" className={styles.problems} data-testid="designer-problems">
      <p className={styles.strong}>{title}</p>
      <ul className={styles.problemList}>
        {problems.map((p, i) => (
          <li key={`${p.part}${p.pointer}${i}`} data-testid="designer-problem">
            {p.place.kind !== 'none' ? (
              <button
                type="button"
                className={styles.problemPlace}
                title={say('show')}
                data-testid="designer-problem-show"
                onClick={() => onShow(p.place)}
              >
                {nameOf(p.place)}
              </button>
            ) : p.part && PART_LABELS[p.part] ? (
              <strong>{say(PART_LABELS[p.part])}</strong>
            ) : null}{' '}
            {p.message}
            {p.pointer ? <code className={styles.pointer}>{` ${p.part}${p.pointer}`}</code> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
