'use client'
import type { FieldSchema } from '../../../src/customFields/customSchema'
import { type ChoiceOption, optionsProblem, setOptions } from '../../model/designer'
import styles from '../designer.module.css'
import type { TextKey } from '../texts'
import type { EditorProps } from './types'

/** A select's own options: a stored value and its label in both languages per row. */
export function OptionsEditor({ fieldKey, field, props }: { fieldKey: string; field: FieldSchema; props: EditorProps }) {
  const { say, apply } = props
  const options: ChoiceOption[] = field['x-options'] ?? []
  const write = (next: ChoiceOption[]) => apply((d) => setOptions(d, fieldKey, next))
  const change = (i: number, patch: (o: ChoiceOption) => ChoiceOption) => write(options.map((o, j) => (j === i ? patch(o) : o)))
  const problem = optionsProblem(options)
  return (
    <div className={styles.prop} data-testid="field-options">
      <span>{say('options')}</span>
      {/* Keyed by position: a key from the value would remount the input being typed in. */}
      {options.map((o, i) => (
        <div key={i} className={styles.optionRow}>
          <input
            className={styles.input}
            aria-label={say('optionValue')}
            value={o.value}
            onChange={(e) => change(i, (x) => ({ ...x, value: e.target.value }))}
          />
          <input
            className={styles.input}
            aria-label={say('labelZh')}
            value={o.label.zh ?? ''}
            onChange={(e) => change(i, (x) => ({ ...x, label: { ...x.label, zh: e.target.value } }))}
          />
          <input
            className={styles.input}
            aria-label={say('labelEn')}
            value={o.label.en ?? ''}
            onChange={(e) => change(i, (x) => ({ ...x, label: { ...x.label, en: e.target.value } }))}
          />
          <button type="button" className={styles.link} aria-label="×" onClick={() => write(options.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      {problem ? <span className={styles.problem}>{say(`options.${problem}` as TextKey)}</span> : null}
      <button
        type="button"
        className={styles.link}
        onClick={() => write([...options, { value: `option${options.length + 1}`, label: { zh: '', en: '' } }])}
      >
        {say('addOption')}
      </button>
    </div>
  )
}
