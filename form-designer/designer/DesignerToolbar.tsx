'use client'
import type { ReactNode } from 'react'
import styles from './designer.module.css'
import type { Say } from './texts'

type Props = {
  entities: { slug: string; label: string }[]
  entity: string
  onEntity: (slug: string) => void
  mode: 'form' | 'lists'
  onMode: (mode: 'form' | 'lists') => void
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  status: string
  /** Export and import of the design. */
  files: ReactNode
  onSave: () => void
  onPublish: () => void
  say: Say
}

/** The designer's top bar: which entity, form or lists, undo/redo, where the draft stands, files, save, publish. */
export function DesignerToolbar(props: Props) {
  const { say } = props
  return (
    <header className={styles.toolbar}>
      <h2 className={styles.title}>{say('title')}</h2>
      <label className={styles.entityPicker}>
        {say('entity')}
        <select value={props.entity} data-testid="designer-entity" onChange={(e) => props.onEntity(e.target.value)}>
          {props.entities.map((e) => (
            <option key={e.slug} value={e.slug}>
              {e.label}
            </option>
          ))}
        </select>
      </label>
      <span className={styles.modes}>
        {(['form', 'lists'] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={props.mode === m}
            className={props.mode === m ? styles.primary : undefined}
            data-testid={`designer-mode-${m}`}
            onClick={() => props.onMode(m)}
          >
            {say(m === 'form' ? 'formMode' : 'listsMode')}
          </button>
        ))}
      </span>
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} data-testid="designer-undo">
        {say('undo')}
      </button>
      <button type="button" onClick={props.onRedo} disabled={!props.canRedo} data-testid="designer-redo">
        {say('redo')}
      </button>
      <span className={styles.muted} data-testid="designer-status">
        {props.status}
      </span>
      <span className={styles.spacer} />
      {props.files}
      <button type="button" data-testid="designer-save" onClick={props.onSave}>
        {say('saveDraft')}
      </button>
      <button type="button" className={styles.primary} data-testid="designer-publish" onClick={props.onPublish}>
        {say('publish')}
      </button>
    </header>
  )
}
