'use client'
import { useState } from 'react'
import { FLOW_PRESETS } from '../model'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** Undo/redo, starting from a preset, and the switch to the raw JSON. */
export function EditorToolbar({
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onPreset,
  advanced,
  onAdvanced,
  say,
  language,
}: {
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  onPreset: (key: string) => void
  advanced: boolean
  onAdvanced: (advanced: boolean) => void
  say: Say
  language: 'en' | 'zh'
}) {
  const [preset, setPreset] = useState('')
  return (
    <div className={styles.toolbar}>
      <span className={styles.title}>{say('editor')}</span>
      <button type="button" className={styles.button} disabled={!canUndo} onClick={onUndo} data-testid="flow-undo">
        {say('undo')}
      </button>
      <button type="button" className={styles.button} disabled={!canRedo} onClick={onRedo} data-testid="flow-redo">
        {say('redo')}
      </button>
      <span className={styles.spacer} />
      <select
        className={styles.input}
        style={{ width: 'auto' }}
        value={preset}
        aria-label={say('preset')}
        data-testid="flow-preset"
        onChange={(e) => setPreset(e.target.value)}
      >
        <option value="">{say('pickPreset')}</option>
        {FLOW_PRESETS.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label[language] ?? p.key}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={styles.button}
        disabled={!preset}
        onClick={() => onPreset(preset)}
        data-testid="flow-use-preset"
        title={say('presetReplaces')}
      >
        {say('usePreset')}
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={() => onAdvanced(!advanced)}
        data-testid="flow-advanced"
        aria-pressed={advanced}
      >
        {advanced ? say('visual') : say('advanced')}
      </button>
    </div>
  )
}
