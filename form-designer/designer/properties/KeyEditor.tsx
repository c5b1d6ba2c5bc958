'use client'
import { keyProblem, renameKey, suggestKey } from '../../model/designer'
import styles from '../designer.module.css'
import { DraftProp } from './inputs'
import type { EditorProps } from './types'

/**
 * A new field's key: typed (its shape and clashes with custom and base fields checked as the admin
 * types), or taken from the English label's suggestion. A published key is fixed: its stored values
 * live under it, and renaming those is the engine's migration.
 */
export function KeyEditor({ fieldKey, props }: { fieldKey: string; props: EditorProps }) {
  const { doc, say, apply } = props
  const published = doc.publishedKeys.includes(fieldKey)
  const taken = new Set(Object.keys(doc.schema.properties).filter((k) => k !== fieldKey))
  const problem = (key: string) => keyProblem(key, taken) ?? (key !== fieldKey && props.known(key) ? 'taken' : null)
  const labels = doc.schema.properties[fieldKey]?.['x-label'] ?? {}
  const suggestion = suggestKey(labels, taken)
  const rename = (to: string) => {
    if (to === fieldKey) return
    apply((d) => renameKey(d, fieldKey, to))
    props.onSelect({ kind: 'field', field: `custom.${to}` })
  }
  if (published)
    return (
      <label className={styles.prop}>
        <span>{say('key')}</span>
        <input className={styles.input} value={fieldKey} disabled data-testid="field-key" />
        <span className={styles.muted}>{say('keyFixed')}</span>
      </label>
    )
  const usable = suggestion !== fieldKey && !suggestion.startsWith('field') && !problem(suggestion)
  return (
    <DraftProp
      label={say('key')}
      value={fieldKey}
      testId="field-key"
      problemOf={(key) => {
        const found = problem(key)
        return found === 'shape' ? say('keyShape') : found === 'taken' ? say('keyTaken') : null
      }}
      onValid={rename}
      after={
        usable ? (
          <button type="button" className={styles.link} data-testid="field-key-suggestion" onClick={() => rename(suggestion)}>
            {say('suggest')} {suggestion}
          </button>
        ) : null
      }
    />
  )
}
