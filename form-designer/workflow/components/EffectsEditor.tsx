'use client'
import {
  addEffect,
  EFFECT_KINDS,
  type Effect,
  type EffectKind,
  type EffectOwner,
  effectsOf,
  type FlowDoc,
  removeEffect,
  updateEffect,
} from '../model'
import type { Apply, EditorContext } from './editorTypes'
import { LabelsInput, NumberInput, SelectInput, TextInput } from './inputs'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

type Props = {
  doc: FlowDoc
  owner: EffectOwner
  apply: Apply
  context: EditorContext
  say: Say
  /** Messages by the effect's pointer tail (`0/field`). */
  problemAt: (tail: string) => string | null
  testId: string
}

/**
 * The effects of a stage (on entering) or a transition: one small form per kind of the engine's
 * Effect type, each change one action on the document.
 */
export function EffectsEditor({ doc, owner, apply, context, say, problemAt, testId }: Props) {
  const effects = effectsOf(doc, owner)
  return (
    <div className={styles.prop} data-testid={testId}>
      {effects.map((effect, i) => (
        <div key={`${effect.kind}-${i}`} className={styles.subItem} data-testid={`${testId}-${i}`}>
          <div className={styles.subHead}>
            <span>{say(`effect.${effect.kind}`)}</span>
            <button type="button" className={styles.link} onClick={() => apply((d) => removeEffect(d, owner, i))}>
              {say('remove')}
            </button>
          </div>
          <EffectFields
            effect={effect}
            set={(patch) => apply((d) => updateEffect(d, owner, i, patch))}
            context={context}
            say={say}
            problem={(name) => problemAt(`${i}/${name}`)}
            testId={`${testId}-${i}`}
          />
        </div>
      ))}
      <select
        className={styles.input}
        value=""
        aria-label={say('addEffect')}
        data-testid={`${testId}-add`}
        onChange={(e) => e.target.value && apply((d) => addEffect(d, owner, e.target.value as EffectKind))}
      >
        <option value="">{say('addEffect')}</option>
        {EFFECT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {say(`effect.${kind}`)}
          </option>
        ))}
      </select>
    </div>
  )
}

function EffectFields({
  effect,
  set,
  context,
  say,
  problem,
  testId,
}: {
  effect: Effect
  set: (patch: Record<string, unknown>) => void
  context: EditorContext
  say: Say
  problem: (name: string) => string | null
  testId: string
}) {
  switch (effect.kind) {
    case 'setField':
      return (
        <>
          <SelectInput
            label={say('field')}
            value={effect.field}
            choices={context.fields}
            empty={say('pickField')}
            problem={problem('field')}
            testId={`${testId}-field`}
            onChange={(field) => set({ field })}
          />
          <TextInput
            label={say('value')}
            value={effect.value == null ? '' : String(effect.value)}
            onChange={(value) => set({ value })}
          />
        </>
      )
    case 'assign':
      return (
        <>
          <SelectInput
            label={say('strategy')}
            value={effect.strategy}
            choices={(['fixed', 'roundRobin', 'leastLoaded'] as const).map((s) => ({ value: s, label: say(`strategy.${s}`) }))}
            onChange={(strategy) => set({ strategy })}
          />
          {effect.strategy === 'fixed' ? (
            <TextInput
              label={say('users')}
              value={(effect.users ?? []).join(', ')}
              onChange={(text) => {
                const users = text
                  .split(/[,，\s]+/)
                  .filter(Boolean)
                  .map((u) => (/^\d+$/.test(u) ? Number(u) : u))
                set({ users: users.length ? users : undefined })
              }}
            />
          ) : (
            <SelectInput
              label={say('role')}
              value={effect.role ?? ''}
              choices={context.roles}
              empty={say('anyRole')}
              onChange={(role) => set({ role: role || undefined })}
            />
          )}
        </>
      )
    case 'createTask':
      return (
        <>
          <LabelsInput
            value={effect.subject}
            onChange={(subject) => set({ subject })}
            say={say}
            testId={`${testId}-subject`}
            zhKey="subjectZh"
            enKey="subjectEn"
          />
          <div className={styles.pair}>
            <NumberInput label={say('dueInHours')} value={effect.dueInHours} onChange={(dueInHours) => set({ dueInHours })} />
            <SelectInput
              label={say('assignTo')}
              value={effect.assignTo ?? 'owner'}
              choices={(['owner', 'actor'] as const).map((a) => ({ value: a, label: say(`assignTo.${a}`) }))}
              onChange={(assignTo) => set({ assignTo })}
            />
          </div>
        </>
      )
    case 'createActivity':
      return (
        <>
          <SelectInput
            label={say('activityType')}
            value={effect.activityType}
            choices={context.activityTypes}
            onChange={(activityType) => set({ activityType })}
            empty=""
          />
          <LabelsInput
            value={effect.subject}
            onChange={(subject) => set({ subject })}
            say={say}
            testId={`${testId}-subject`}
            zhKey="subjectZh"
            enKey="subjectEn"
          />
        </>
      )
    case 'sendEmail': {
      const fixed = effect.to === 'owner' || effect.to === 'contact'
      return (
        <>
          <SelectInput
            label={say('template')}
            value={effect.template}
            choices={context.templates}
            empty={context.templates.length ? say('pickTemplate') : say('noTemplates')}
            testId={`${testId}-template`}
            onChange={(template) => set({ template })}
          />
          <SelectInput
            label={say('emailTo')}
            value={fixed ? effect.to : 'address'}
            choices={(['owner', 'contact', 'address'] as const).map((a) => ({ value: a, label: say(`emailTo.${a}`) }))}
            onChange={(to) => set({ to: to === 'address' ? '' : to })}
          />
          {fixed ? null : (
            <TextInput
              label={say('emailTo.address')}
              value={effect.to}
              onChange={(to) => set({ to })}
              placeholder="name@example.com"
            />
          )}
        </>
      )
    }
    case 'webhook':
      return (
        <>
          <TextInput
            label={say('url')}
            value={effect.url}
            onChange={(url) => set({ url })}
            placeholder="https://"
            testId={`${testId}-url`}
          />
          <TextInput
            label={say('secret')}
            value={effect.secret ?? ''}
            onChange={(secret) => set({ secret: secret || undefined })}
          />
        </>
      )
    case 'startApproval':
      return (
        <TextInput
          label={say('process')}
          value={effect.process}
          onChange={(process) => set({ process })}
          testId={`${testId}-process`}
        />
      )
  }
}
