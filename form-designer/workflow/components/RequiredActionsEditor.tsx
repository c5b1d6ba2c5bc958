'use client'
import { addRequiredAction, type FlowDoc, removeRequiredAction, updateRequiredAction } from '../model'
import type { Apply, EditorContext } from './editorTypes'
import { LabelsInput, SelectInput, TextInput } from './inputs'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** A stage's required actions: key, names and the activity type that completes each. */
export function RequiredActionsEditor({
  doc,
  stage,
  apply,
  context,
  say,
  language,
  problemAt,
}: {
  doc: FlowDoc
  stage: number
  apply: Apply
  context: EditorContext
  say: Say
  language: 'en' | 'zh'
  problemAt: (tail: string) => string | null
}) {
  const actions = doc.stages[stage]?.requiredActions ?? []
  return (
    <div className={styles.prop} data-testid="stage-actions">
      {actions.map((action, i) => (
        <div key={`${action.key}-${i}`} className={styles.subItem}>
          <div className={styles.subHead}>
            <span>{action.label[language] || action.label.zh || action.label.en || action.key}</span>
            <button type="button" className={styles.link} onClick={() => apply((d) => removeRequiredAction(d, stage, i))}>
              {say('remove')}
            </button>
          </div>
          <TextInput
            label={say('key')}
            value={action.key}
            problem={problemAt(`${i}/key`)}
            testId={`stage-action-${i}-key`}
            onChange={(key) => apply((d) => updateRequiredAction(d, stage, i, { key }))}
          />
          <LabelsInput
            value={action.label}
            say={say}
            testId={`stage-action-${i}-label`}
            onChange={(label) => apply((d) => updateRequiredAction(d, stage, i, { label }))}
          />
          <SelectInput
            label={say('activityType')}
            value={action.activityType ?? ''}
            choices={context.activityTypes}
            empty={say('anyActivity')}
            onChange={(type) => apply((d) => updateRequiredAction(d, stage, i, { activityType: type || undefined }))}
          />
        </div>
      ))}
      <button
        type="button"
        className={styles.button}
        style={{ alignSelf: 'flex-start' }}
        data-testid="stage-add-action"
        onClick={() =>
          apply((d) => addRequiredAction(d, stage, language === 'zh' ? { zh: say('newAction') } : { en: say('newAction') }))
        }
      >
        {say('addAction')}
      </button>
    </div>
  )
}
