'use client'
import { useState } from 'react'
import { type FlowDoc, toFlowDoc } from '../model'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** The raw stages and transitions as JSON text, applied as one (undoable) change when both parse. */
export function AdvancedJson({ doc, onApply, say }: { doc: FlowDoc; onApply: (doc: FlowDoc) => void; say: Say }) {
  const [stages, setStages] = useState(() => JSON.stringify(doc.stages, null, 2))
  const [transitions, setTransitions] = useState(() => JSON.stringify(doc.transitions, null, 2))
  const [error, setError] = useState<string | null>(null)
  const apply = () => {
    try {
      onApply(toFlowDoc(JSON.parse(stages), JSON.parse(transitions)))
      setError(null)
    } catch (e) {
      setError(say('jsonInvalid', { error: (e as Error).message }))
    }
  }
  return (
    <div className={styles.panel} data-testid="flow-json">
      <label className={styles.prop}>
        <span>{say('jsonStages')}</span>
        <textarea
          className={styles.json}
          rows={12}
          spellCheck={false}
          value={stages}
          data-testid="flow-json-stages"
          onChange={(e) => setStages(e.target.value)}
        />
      </label>
      <label className={styles.prop}>
        <span>{say('jsonTransitions')}</span>
        <textarea
          className={styles.json}
          rows={8}
          spellCheck={false}
          value={transitions}
          data-testid="flow-json-transitions"
          onChange={(e) => setTransitions(e.target.value)}
        />
      </label>
      {error ? <p className={styles.problemText}>{error}</p> : null}
      <button type="button" className={styles.button} onClick={apply} data-testid="flow-json-apply">
        {say('jsonApply')}
      </button>
    </div>
  )
}
