'use client'
import { referencesTo, removeField } from '../../model/designer'
import styles from '../designer.module.css'
import type { EditorProps } from './types'

/**
 * Takes a field off the form (a base field only leaves the canvas; a published custom field is hidden,
 * its values kept). Refused while rules still read the field: they are named instead.
 */
export function RemoveControl({ field, props }: { field: string; props: EditorProps }) {
  const { doc, say, apply } = props
  const uses = referencesTo(doc, field)
  return (
    <>
      {uses.length > 0 ? <p className={styles.problem}>{say('usedBy', { places: uses.join(', ') })}</p> : null}
      <button
        type="button"
        className={styles.danger}
        disabled={uses.length > 0}
        data-testid="field-remove"
        onClick={() => {
          apply((d) => removeField(d, field))
          props.onSelect(null)
        }}
      >
        {say('remove')}
      </button>
    </>
  )
}
