'use client'
import { findSection, removeSection, setColumns, updateSection } from '../../model/designer'
import styles from '../designer.module.css'
import { RuleProp, TextProp } from './inputs'
import type { PanelProps } from './types'

/** A section's labels, columns and visibility rule, and removing it (its fields leave the canvas). */
export function SectionProperties({ id, props }: { id: string; props: PanelProps }) {
  const { doc, apply, say } = props
  const at = findSection(doc.layout, id)
  if (!at) return null
  const section = doc.layout.tabs[at.tab].sections[at.section]
  return (
    <div className={styles.props} data-testid="section-properties">
      <TextProp
        label={say('labelZh')}
        value={section.label?.zh ?? ''}
        testId="section-label-zh"
        onChange={(zh) => apply((d) => updateSection(d, section.id, { label: { ...section.label, zh } }))}
      />
      <TextProp
        label={say('labelEn')}
        value={section.label?.en ?? ''}
        testId="section-label-en"
        onChange={(en) => apply((d) => updateSection(d, section.id, { label: { ...section.label, en } }))}
      />
      <label className={styles.prop}>
        <span>{say('columns')}</span>
        <select
          className={styles.input}
          value={section.columns}
          data-testid="section-columns"
          onChange={(e) => apply((d) => setColumns(d, section.id, Number(e.target.value)))}
        >
          {[1, 2, 3, 4].map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <RuleProp
        label={say('visibleWhen')}
        value={section.visibleWhen ?? ''}
        known={props.known}
        testId="section-visible-when"
        circular={at ? props.circular?.(`/tabs/${at.tab}/sections/${at.section}/visibleWhen`) : null}
        onChange={(rule) => apply((d) => updateSection(d, section.id, { visibleWhen: rule }))}
      />
      <button
        type="button"
        className={styles.danger}
        onClick={() => {
          apply((d) => removeSection(d, section.id))
          props.onSelect(null)
        }}
      >
        {say('remove')}
      </button>
    </div>
  )
}
