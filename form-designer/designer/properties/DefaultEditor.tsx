'use client'
import { useMemo } from 'react'
import type { FieldSchema } from '../../../src/customFields/customSchema'
import { defaultValueProblem, setDefault, takesDefault } from '../../model/designer'
import styles from '../designer.module.css'
import { shownOptions } from './choiceOptions'
import { DraftProp, TextProp } from './inputs'
import type { EditorProps } from './types'

const WHOLE = /^-?\d{1,15}$/
const DECIMAL = /^-?\d+(\.\d+)?$/
const TEXTS = new Set(['text', 'longText', 'email', 'phone', 'url'])

/**
 * The value a new record starts with, entered as the field's own kind of value (a number, exact
 * decimal text, a date, yes/no, one or several of its options) and checked against the field itself:
 * a default the field would refuse — now, or after a limit changed — is named, in the admin's language.
 */
export function DefaultEditor({ fieldKey, field, props }: { fieldKey: string; field: FieldSchema; props: EditorProps }) {
  const { say, apply, language, choices } = props
  const type = field['x-type']
  const options = shownOptions(field, choices, language)
  // ajv compiles the field to check its default: once per change of the field, not per render.
  const problem = useMemo(() => {
    const active = field['x-dictionary'] ? shownOptions(field, choices, language) : undefined
    return defaultValueProblem(fieldKey, field, language, active && new Set(active.map((o) => o.value)))
  }, [fieldKey, field, language, choices])
  if (!takesDefault(type)) return null
  const set = (value: unknown) => apply((d) => setDefault(d, fieldKey, value))
  const current = field.default
  const label = say('defaultValue')
  const testId = 'field-default'

  const editor = (() => {
    if (TEXTS.has(type)) return <TextProp label={label} value={String(current ?? '')} testId={testId} onChange={set} />
    if (type === 'integer' || type === 'rating' || type === 'decimal' || type === 'currency' || type === 'percent') {
      const whole = type === 'integer' || type === 'rating'
      return (
        <DraftProp
          label={label}
          value={current === undefined ? '' : String(current)}
          testId={testId}
          inputMode={whole ? 'numeric' : 'decimal'}
          problemOf={(t) =>
            t.trim() === '' || (whole ? WHOLE : DECIMAL).test(t.trim()) ? null : say(whole ? 'notAnInteger' : 'notADecimal')
          }
          onValid={(t) => set(t.trim() === '' ? undefined : whole ? Number(t) : t.trim())}
        />
      )
    }
    if (type === 'date')
      return (
        <label className={styles.prop}>
          <span>{label}</span>
          <input
            type="date"
            className={styles.input}
            value={String(current ?? '')}
            data-testid={testId}
            onChange={(e) => set(e.target.value)}
          />
        </label>
      )
    if (type === 'boolean' || type === 'select')
      return (
        <label className={styles.prop}>
          <span>{label}</span>
          <select
            className={styles.input}
            data-testid={testId}
            value={current === undefined ? '' : String(current)}
            onChange={(e) =>
              set(type === 'boolean' ? (e.target.value === '' ? undefined : e.target.value === 'true') : e.target.value)
            }
          >
            <option value="">{say('noDefault')}</option>
            {type === 'boolean' ? (
              <>
                <option value="true">{say('yes')}</option>
                <option value="false">{say('no')}</option>
              </>
            ) : (
              (options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))
            )}
            {type === 'select' && current !== undefined && !(options ?? []).some((o) => o.value === current) ? (
              <option value={String(current)}>{String(current)}</option>
            ) : null}
          </select>
        </label>
      )
    if (type === 'multiSelect') {
      const chosen = new Set(Array.isArray(current) ? current.map(String) : [])
      return (
        <fieldset className={styles.propGroup} data-testid={testId}>
          <legend>{label}</legend>
          <span className={styles.choiceList}>
            {(options ?? []).map((o) => (
              <label key={o.value} className={styles.check}>
                <input
                  type="checkbox"
                  checked={chosen.has(o.value)}
                  onChange={(e) =>
                    set((options ?? []).map((x) => x.value).filter((v) => (v === o.value ? e.target.checked : chosen.has(v))))
                  }
                />
                {o.label}
              </label>
            ))}
          </span>
        </fieldset>
      )
    }
    return null
  })()

  return (
    <>
      {editor}
      {problem ? (
        <p className={styles.problem} role="alert" data-testid="field-default-problem">
          {say('defaultRefused', { reason: problem })}
        </p>
      ) : null}
    </>
  )
}
