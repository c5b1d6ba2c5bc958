'use client'
import { findField, setSpan } from '../../model/designer'
import styles from '../designer.module.css'
import type { EditorProps } from './types'

/** How many of its section's columns a placed field spans (nothing to choose for an unplaced one). */
export function SpanControl({ field, props }: { field: string; props: EditorProps }) {
  const { doc, say, apply } = props
  const place = findField(doc.layout, field)
  if (!place) return null
  const section = doc.layout.tabs[place.tab].sections[place.section]
  const span = section.fields[place.index]?.span ?? 1
  return (
    <label className={styles.prop}>
      <span>{say('span')}</span>
      <select
        className={styles.input}
        value={Math.min(span, section.columns)}
        data-testid="field-span"
        onChange={(e) => apply((d) => setSpan(d, field, Number(e.target.value)))}
      >
        {Array.from({ length: section.columns }, (_, i) => i + 1).map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
    </label>
  )
}
