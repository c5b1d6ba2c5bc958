'use client'
import styles from '../designer.module.css'
import { PermissionsEditor } from './PermissionsEditor'
import { RemoveControl } from './RemoveControl'
import { SpanControl } from './SpanControl'
import type { EditorProps } from './types'

/** A base field: the system defines it; the admin places it and decides how each role meets it. */
export function BaseFieldProperties({ field, props }: { field: string; props: EditorProps }) {
  return (
    <div className={styles.props} data-testid="base-field-properties">
      <p className={styles.strong}>{props.baseLabel(field)}</p>
      <span className={styles.muted}>
        {props.say('baseField')} · {field}
      </span>
      <span className={styles.muted}>{props.say('baseFieldFixed')}</span>
      <SpanControl field={field} props={props} />
      <PermissionsEditor field={field} props={props} />
      <RemoveControl field={field} props={props} />
    </div>
  )
}
