'use client'
import type { FieldSchema } from '../../../src/customFields/customSchema'
import {
  type Constraint,
  type ConstraintProblem,
  constraintConflicts,
  constraintProblem,
  constraintsOf,
  constraintText,
  constraintValue,
  setConstraint,
} from '../../model/designer'
import styles from '../designer.module.css'
import type { Say, TextKey } from '../texts'
import { DraftProp, Group } from './inputs'
import type { EditorProps } from './types'

const nameOf = (say: Say, constraint: Constraint['name']) => say(`constraint.${constraint}` as TextKey)

function problemText(say: Say, found: ConstraintProblem): string {
  switch (found.problem) {
    case 'outOfRange':
      return say('outOfRange', { min: found.min, max: found.max })
    case 'badPattern':
      return say('badPattern', { reason: found.reason })
    default:
      return say(found.problem)
  }
}

/**
 * The limits a field's type takes (lengths and a pattern for text, bounds for numbers, decimal places
 * and exact bounds for decimals, how many choices for a multi-select), each checked as it is typed —
 * a pattern must compile — and limits that contradict each other named.
 */
export function ConstraintsEditor({ fieldKey, field, props }: { fieldKey: string; field: FieldSchema; props: EditorProps }) {
  const { say, apply } = props
  const constraints = constraintsOf(field['x-type'])
  if (constraints.length === 0) return null
  return (
    <Group title={say('constraints')} testId="field-constraints">
      {constraints.map((constraint) => (
        <DraftProp
          key={constraint.name}
          label={nameOf(say, constraint.name)}
          value={constraintText(field, constraint.name)}
          testId={`field-constraint-${constraint.name}`}
          inputMode={constraint.kind === 'integer' ? 'numeric' : constraint.kind === 'decimal' ? 'decimal' : 'text'}
          problemOf={(text) => {
            const found = constraintProblem(constraint, text)
            return found ? problemText(say, found) : null
          }}
          onValid={(text) => apply((d) => setConstraint(d, fieldKey, constraint.name, constraintValue(constraint, text)))}
        />
      ))}
      {constraintConflicts(field).map(({ names: [low, high] }) => (
        <p key={low} className={styles.problem} role="alert">
          {say('minAboveMax', { low: nameOf(say, low), high: nameOf(say, high) })}
        </p>
      ))}
    </Group>
  )
}
