'use client'
import { type FlowDoc, removeTransition, suggestFlowKey, toggleTransitionRole, updateTransition } from '../model'
import { EffectsEditor } from './EffectsEditor'
import type { Apply, EditorContext } from './editorTypes'
import { KeyInput, LabelsInput, SelectInput, TextInput } from './inputs'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** The selected transition's settings: ends, names, roles, condition and effects. */
export function TransitionProperties({
  doc,
  index,
  apply,
  context,
  say,
  stageName,
  problemAt,
  onRemoved,
}: {
  doc: FlowDoc
  index: number
  apply: Apply
  context: EditorContext
  say: Say
  stageName: (key: string) => string
  problemAt: (part: string) => string | null
  onRemoved: () => void
}) {
  const transition = doc.transitions[index]
  if (!transition) return null
  const others = new Set(doc.transitions.filter((_, i) => i !== index).map((t) => t.key))
  const stages = doc.stages.map((s) => ({ value: s.key, label: `${stageName(s.key)} (${s.key})` }))
  const set = (patch: Parameters<typeof updateTransition>[2]) => apply((d) => updateTransition(d, index, patch))
  const roles = transition.roles ?? []
  return (
    <div data-testid="transition-properties">
      <div className={styles.pair}>
        <SelectInput
          label={say('from')}
          value={transition.from}
          choices={[{ value: '*', label: say('anyStage') }, ...stages]}
          testId="transition-from"
          problem={problemAt('from')}
          onChange={(from) => set({ from })}
        />
        <SelectInput
          label={say('to')}
          value={transition.to}
          choices={stages}
          testId="transition-to"
          problem={problemAt('to')}
          onChange={(to) => set({ to })}
        />
      </div>
      <LabelsInput
        value={transition.label}
        say={say}
        testId="transition-label"
        problem={problemAt('label')}
        onChange={(label) => set({ label })}
      />
      <KeyInput
        value={transition.key}
        taken={others}
        suggestion={suggestFlowKey(transition.label, others, 'transition')}
        say={say}
        testId="transition-key"
        problem={problemAt('key')}
        onChange={(key) => set({ key })}
      />
      <div className={styles.prop}>
        <span>{say('roles')}</span>
        {context.roles.length === 0 ? <span className={styles.muted}>{say('noRoles')}</span> : null}
        <div className={styles.checks} data-testid="transition-roles">
          {[
            ...context.roles,
            ...roles.filter((r) => !context.roles.some((c) => c.value === r)).map((r) => ({ value: r, label: r })),
          ].map((role) => (
            <label key={role.value}>
              <input
                type="checkbox"
                checked={roles.includes(role.value)}
                onChange={() => apply((d) => toggleTransitionRole(d, index, role.value))}
              />{' '}
              {role.label}
            </label>
          ))}
        </div>
        <span className={styles.muted}>{say('rolesHint')}</span>
      </div>
      <TextInput
        label={say('when')}
        value={transition.when ?? ''}
        placeholder={say('whenHint')}
        testId="transition-when"
        problem={problemAt('when')}
        onChange={(when) => set({ when })}
      />
      <p className={styles.muted} style={{ marginBottom: 8 }}>
        {say('fields', { fields: context.fields.map((f) => f.value).join(', ') })}
      </p>
      <h4 className={styles.panelTitle}>{say('effects')}</h4>
      <EffectsEditor
        doc={doc}
        owner={{ kind: 'transition', index }}
        apply={apply}
        context={context}
        say={say}
        problemAt={(tail) => problemAt(`effects/${tail}`)}
        testId="transition-effects"
      />
      <button
        type="button"
        className={styles.danger}
        data-testid="transition-remove"
        onClick={() => {
          apply((d) => removeTransition(d, index))
          onRemoved()
        }}
      >
        {say('removeTransition')}
      </button>
    </div>
  )
}
