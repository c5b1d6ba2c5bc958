'use client'
import type { FieldSchema } from '../../../src/customFields/customSchema'
import { type ChoiceOption, setDictionary, setOptions } from '../../model/designer'
import styles from '../designer.module.css'
import { dictionaryName, shownOptions } from './choiceOptions'
import { Group } from './inputs'
import { OptionsEditor } from './OptionsEditor'
import type { EditorProps } from './types'

const SAMPLE = 4

/**
 * Where a select's options come from: its own list, or one of the tenant's dictionaries (shared
 * picklists admins maintain in one place). Switching to own options starts from the dictionary's
 * entries, so nothing has to be typed again; undo brings back what was there before.
 */
export function DictionaryPicker({ fieldKey, field, props }: { fieldKey: string; field: FieldSchema; props: EditorProps }) {
  const { say, apply, language, choices } = props
  const dictionaries = choices.dictionaries ?? []
  const current = field['x-dictionary']
  const chosen = dictionaries.find((d) => d.key === current)
  const toOwn = () => {
    const fromDictionary: ChoiceOption[] = (chosen?.options ?? [])
      .filter((e) => e.active !== false)
      .map((e) => ({ value: e.value, label: { zh: e.labelZh ?? '', en: e.labelEn ?? '' } }))
    const starter = [1, 2].map((n) => ({ value: `option${n}`, label: { zh: `选项${n}`, en: `Option ${n}` } }))
    apply((d) => setOptions(d, fieldKey, fromDictionary.length > 0 ? fromDictionary : starter))
  }
  const shown = current ? shownOptions(field, choices, language) : undefined
  const name = `choices-${fieldKey}`
  return (
    <Group title={say('choicesFrom')} testId="field-choices">
      <span className={styles.choiceList}>
        <label className={styles.check}>
          <input type="radio" name={name} checked={!current} data-testid="field-choices-own" onChange={toOwn} />
          {say('ownOptions')}
        </label>
        <label className={styles.check}>
          <input
            type="radio"
            name={name}
            checked={Boolean(current)}
            disabled={dictionaries.length === 0}
            data-testid="field-choices-dictionary"
            onChange={() => apply((d) => setDictionary(d, fieldKey, dictionaries[0].key))}
          />
          {say('dictionary')}
        </label>
      </span>
      {choices.dictionaries && dictionaries.length === 0 ? <span className={styles.muted}>{say('noDictionaries')}</span> : null}
      {current ? (
        <label className={styles.prop}>
          <span>{say('dictionary')}</span>
          <select
            className={styles.input}
            value={current}
            data-testid="field-dictionary"
            onChange={(e) => apply((d) => setDictionary(d, fieldKey, e.target.value))}
          >
            {chosen ? null : <option value={current}>{current}</option>}
            {dictionaries.map((d) => (
              <option key={d.key} value={d.key}>
                {dictionaryName(d, language)} ({d.key})
              </option>
            ))}
          </select>
          {shown ? (
            <span className={styles.muted} data-testid="field-dictionary-entries">
              {say('dictionaryEntries', {
                count: shown.length,
                sample:
                  shown
                    .slice(0, SAMPLE)
                    .map((o) => o.label)
                    .join(language === 'zh' ? '、' : ', ') + (shown.length > SAMPLE ? '…' : ''),
              })}
            </span>
          ) : null}
        </label>
      ) : (
        <OptionsEditor fieldKey={fieldKey} field={field} props={props} />
      )}
    </Group>
  )
}
