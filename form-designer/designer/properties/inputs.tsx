'use client'
import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { checkRule } from '../../model/rules'
import styles from '../designer.module.css'

/** A titled group of settings: the panel is long, headings let the admin find a setting at a glance. */
export function Group({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <fieldset className={styles.propGroup} data-testid={testId}>
      <legend>{title}</legend>
      {children}
    </fieldset>
  )
}

/** A text setting written through at every keystroke (labels, help, placeholders). */
export function TextProp(props: { label: string; value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <label className={styles.prop}>
      <span>{props.label}</span>
      <input
        className={styles.input}
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  )
}

/**
 * A setting typed as text that only some texts are valid for (a number, a decimal, a pattern, a key):
 * the input keeps what the admin types, says at once what is wrong, and hands on only valid texts.
 * While it has focus the admin's text rules (a cleared limit that resets to its default must not
 * jump back mid-typing); otherwise it shows the stored value (undo, another field selected).
 */
export function DraftProp(props: {
  label: string
  value: string
  problemOf: (text: string) => string | null
  onValid: (text: string) => void
  testId: string
  inputMode?: 'numeric' | 'decimal' | 'text'
  after?: ReactNode
}) {
  const [text, setText] = useState(props.value)
  const [problem, setProblem] = useState<string | null>(null)
  const problemId = useId()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (document.activeElement === input.current) return
    setText(props.value)
    setProblem(null)
  }, [props.value])
  return (
    <label className={styles.prop}>
      <span>{props.label}</span>
      <span className={styles.optionRow}>
        <input
          ref={input}
          className={styles.input}
          value={text}
          inputMode={props.inputMode}
          onBlur={() => {
            if (!problem) setText(props.value) // an invalid text stays, with its reason, until fixed
          }}
          data-testid={props.testId}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => {
            const next = e.target.value
            const found = props.problemOf(next)
            setText(next)
            setProblem(found)
            if (!found) props.onValid(next)
          }}
        />
        {props.after}
      </span>
      {problem ? (
        <span id={problemId} role="alert" className={styles.problem} data-testid={`${props.testId}-problem`}>
          {problem}
        </span>
      ) : null}
    </label>
  )
}

/** A rule input that says at once whether the rule parses and names fields that exist. */
export function RuleProp(props: {
  label: string
  value: string
  onChange: (v: string | undefined) => void
  known: (path: string) => boolean
  testId: string
  /** A cycle this rule closes with others (checked over the whole document). */
  circular?: string | null
}) {
  const result = props.value.trim() ? checkRule(props.value, props.known) : null
  const problem = result && 'problem' in result ? result.problem.message : (props.circular ?? null)
  return (
    <label className={styles.prop}>
      <span>{props.label}</span>
      <input
        className={styles.input}
        value={props.value}
        placeholder="custom.type == 'repair'"
        data-testid={props.testId}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => props.onChange(e.target.value.trim() ? e.target.value : undefined)}
      />
      {problem ? <span className={styles.problem}>{problem}</span> : null}
    </label>
  )
}
