'use client'
import { type CSSProperties, type ReactNode, useState } from 'react'
import type { FieldState, SectionState, TabState } from '../model/form'
import styles from './renderer.module.css'
import { baseWidgetFor } from './widgets/baseWidgets'
import { widgetFor } from './widgets/registry'

export type FormRendererProps = {
  tabs: TabState[]
  /** The record being edited: base values and `custom`. */
  record: Record<string, unknown>
  onChange: (field: string, value: unknown) => void
  /** Messages per field (client checks and the server's 400), shown next to the field. */
  errors?: Record<string, string[]>
  language: 'en' | 'zh'
  /** Id prefix, so two forms on one page keep their labels apart. */
  idPrefix?: string
}

const fieldValue = (record: Record<string, unknown>, field: string) =>
  field.startsWith('custom.') ? (record.custom as Record<string, unknown> | undefined)?.[field.slice(7)] : record[field]

function Field({ state, props }: { state: FieldState; props: FormRendererProps }): ReactNode {
  const id = `${props.idPrefix ?? 'fw'}-${state.field.replace(/\./g, '-')}`
  const messages = props.errors?.[state.field] ?? []
  const described = [state.help ? `${id}-help` : '', messages.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ')
  const Widget = state.schema ? widgetFor(state.schema) : baseWidgetFor(state)
  return (
    <div className={styles.field} style={{ '--span': state.span } as CSSProperties} data-field={state.field}>
      <label htmlFor={id} className={styles.label}>
        {state.label}
        {state.required ? (
          <span className={styles.required} aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <Widget
        id={id}
        value={fieldValue(props.record, state.field)}
        onChange={(value) => props.onChange(state.field, value)}
        readOnly={state.readOnly}
        required={state.required}
        invalid={messages.length > 0}
        describedBy={described || undefined}
        placeholder={state.placeholder}
        options={state.options}
        schema={state.schema}
        language={props.language}
        relationTo={state.base?.relationTo ?? (state.schema?.['x-relationTo'] as string | undefined)}
        hasMany={state.base?.hasMany}
        autoComplete={state.autoComplete}
      />
      {state.help ? (
        <div id={`${id}-help`} className={styles.help}>
          {state.help}
        </div>
      ) : null}
      {messages.length > 0 ? (
        <div id={`${id}-error`} className={styles.error} role="alert">
          {messages.join(' ')}
        </div>
      ) : null}
    </div>
  )
}

/** About how tall a section is before it is first drawn (rows of about 72 px): keeps the scrollbar honest. */
const estimatedHeight = (section: SectionState) => {
  const cells = section.fields.filter((f) => f.visible).reduce((sum, f) => sum + Math.min(f.span, section.columns), 0)
  return `${48 + Math.ceil(cells / section.columns) * 72}px`
}

/**
 * The one renderer of designed forms: tabs, sections in 1–4 columns, each field's widget with its label,
 * help and errors. What is visible, required or read-only comes from the form model (rules and access);
 * this component only draws it, so the admin, the workspace and public forms look and behave alike.
 */
export function FormRenderer(props: FormRendererProps) {
  const tabs = props.tabs.filter((t) => t.sections.some((s) => s.visible))
  const [active, setActive] = useState(0)
  const current = tabs[Math.min(active, tabs.length - 1)]
  if (!current) return null
  return (
    <div className={styles.form}>
      {tabs.length > 1 ? (
        <div role="tablist" className={styles.tabs}>
          {tabs.map((tab, i) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              aria-selected={tab === current}
              className={tab === current ? styles.tabActive : styles.tab}
              onClick={() => setActive(i)}
            >
              {tab.label}
              {tab.sections.some((s) => s.fields.some((f) => props.errors?.[f.field]?.length)) ? ' ⚠' : ''}
            </button>
          ))}
        </div>
      ) : null}
      {current.sections
        .filter((s) => s.visible)
        .map((section) => (
          <fieldset
            key={section.id}
            className={styles.section}
            style={{ '--estimated-height': estimatedHeight(section) } as CSSProperties}
          >
            {section.label ? <legend className={styles.legend}>{section.label}</legend> : null}
            <div className={styles.grid} style={{ '--columns': section.columns } as CSSProperties}>
              {section.fields
                .filter((f) => f.visible)
                .map((f) => (
                  <Field key={f.field} state={f} props={props} />
                ))}
            </div>
          </fieldset>
        ))}
    </div>
  )
}
