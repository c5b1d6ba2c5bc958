'use client'
import type { Outcome } from '../../../src/workflow/engine/types'
import { type FlowDoc, removeStage, renameStageKey, setFinal, suggestFlowKey, updateStage } from '../model'
import { EffectsEditor } from './EffectsEditor'
import type { Apply, EditorContext } from './editorTypes'
import { KeyInput, LabelsInput, NumberInput, SelectInput } from './inputs'
import { RequiredActionsEditor } from './RequiredActionsEditor'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** The selected stage's settings; `problemAt(part)` gives the live problem of one of them. */
export function StageProperties({
  doc,
  index,
  apply,
  context,
  say,
  language,
  problemAt,
  onRemoved,
}: {
  doc: FlowDoc
  index: number
  apply: Apply
  context: EditorContext
  say: Say
  language: 'en' | 'zh'
  problemAt: (part: string) => string | null
  onRemoved: () => void
}) {
  const stage = doc.stages[index]
  if (!stage) return null
  const others = new Set(doc.stages.filter((_, i) => i !== index).map((s) => s.key))
  const under = (prefix: string) => (tail: string) => problemAt(`${prefix}/${tail}`)
  return (
    <div data-testid="stage-properties">
      <LabelsInput
        value={stage.label}
        say={say}
        testId="stage-label"
        problem={problemAt('label')}
        onChange={(label) => apply((d) => updateStage(d, index, { label }))}
      />
      <KeyInput
        value={stage.key}
        taken={others}
        suggestion={suggestFlowKey(stage.label, others, 'stage')}
        say={say}
        testId="stage-key"
        problem={problemAt('key')}
        onChange={(key) => apply((d) => renameStageKey(d, index, key))}
      />
      <div className={styles.pair}>
        <label className={styles.prop}>
          <span>{say('color')}</span>
          <input
            type="color"
            className={styles.input}
            style={{ height: 30, padding: 2 }}
            value={stage.color ?? '#64748b'}
            data-testid="stage-color"
            onChange={(e) => apply((d) => updateStage(d, index, { color: e.target.value }))}
          />
        </label>
        <NumberInput
          label={say('timeLimit')}
          value={stage.timeLimitHours}
          testId="stage-time-limit"
          problem={problemAt('timeLimitHours')}
          onChange={(timeLimitHours) => apply((d) => updateStage(d, index, { timeLimitHours }))}
        />
      </div>
      <SelectInput
        label={say('final')}
        value={stage.final ? (stage.outcome ?? '') : 'no'}
        choices={[
          { value: 'no', label: say('notFinal') },
          ...(['won', 'lost', 'closed'] as const).map((o) => ({ value: o, label: say(`outcome.${o}`) })),
        ]}
        testId="stage-final"
        problem={problemAt('outcome')}
        onChange={(v) => apply((d) => setFinal(d, index, v === 'no' || v === '' ? null : (v as Outcome)))}
      />
      {context.probability ? (
        <NumberInput
          label={say('probability')}
          value={stage.probability}
          testId="stage-probability"
          problem={problemAt('probability')}
          onChange={(probability) => apply((d) => updateStage(d, index, { probability }))}
        />
      ) : null}
      <h4 className={styles.panelTitle}>{say('requiredActions')}</h4>
      <RequiredActionsEditor
        doc={doc}
        stage={index}
        apply={apply}
        context={context}
        say={say}
        language={language}
        problemAt={under('requiredActions')}
      />
      <h4 className={styles.panelTitle}>{say('onEnter')}</h4>
      <EffectsEditor
        doc={doc}
        owner={{ kind: 'stage', index }}
        apply={apply}
        context={context}
        say={say}
        problemAt={under('onEnter')}
        testId="stage-effects"
      />
      <button
        type="button"
        className={styles.danger}
        data-testid="stage-remove"
        onClick={() => {
          apply((d) => removeStage(d, index))
          onRemoved()
        }}
      >
        {say('removeStage')}
      </button>
    </div>
  )
}
