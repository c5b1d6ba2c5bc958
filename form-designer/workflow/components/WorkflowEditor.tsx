'use client'
import { useMemo, useRef, useState } from 'react'
import type { Labels } from '../../../src/customFields/layout/types'
import {
  addStage,
  addTransition,
  commit,
  type FlowDoc,
  type FlowPlace,
  type FlowProblem,
  flaggedPlaces,
  flowProblems,
  fromPreset,
  type History,
  redo,
  startHistory,
  undo,
} from '../model'
import { AdvancedJson } from './AdvancedJson'
import { EditorToolbar } from './EditorToolbar'
import type { Apply, EditorContext, Selection } from './editorTypes'
import { FlowDiagramView } from './FlowDiagramView'
import { FlowProblemList } from './FlowProblemList'
import { StageList } from './StageList'
import { StageProperties } from './StageProperties'
import { TransitionList } from './TransitionList'
import { TransitionProperties } from './TransitionProperties'
import { sayIn } from './texts'
import styles from './workflowEditor.module.css'

/**
 * The visual editor of a workflow's stages and transitions: a sortable stage list, the transitions,
 * the selected item's properties, a diagram, and the problems the server would refuse it for, live.
 * Every change is a pure action of the model; `onChange` receives each new document (the admin field
 * writes it to the form), undo and redo walk the history of documents.
 */
export function WorkflowEditor({
  initial,
  onChange,
  language,
  context,
  serverProblems,
}: {
  initial: FlowDoc
  onChange: (doc: FlowDoc) => void
  language: 'en' | 'zh'
  context: EditorContext
  /** The last refused save's problems (they stay until the admin edits). */
  serverProblems: FlowProblem[]
}) {
  const say = sayIn(language)
  const [history, setHistory] = useState<History<FlowDoc>>(() => startHistory(initial))
  // Several actions may run in one event (remove, then select): each builds on the one before.
  const latest = useRef(history)
  const [selection, setSelection] = useState<Selection>(null)
  const [advanced, setAdvanced] = useState(false)
  const doc = history.present
  const move = (next: History<FlowDoc>) => {
    if (next === latest.current) return
    const changed = next.present !== latest.current.present
    latest.current = next
    setHistory(next)
    if (changed) onChange(next.present)
  }
  const apply: Apply = (change) => move(commit(latest.current, change(latest.current.present)))

  const problems = useMemo(() => flowProblems(doc, context.known, language), [doc, context.known, language])
  const flagged = useMemo(() => flaggedPlaces([...problems, ...serverProblems]), [problems, serverProblems])
  const labelOf = (label: Labels, fallback: string) => label[language] || label.zh || label.en || fallback
  const stageName = (key: string) => {
    const stage = doc.stages.find((s) => s.key === key)
    return stage ? labelOf(stage.label, key) : key
  }
  const nameOf = (place: FlowPlace, at: FlowDoc) => {
    if (place.kind === 'stage')
      return say('stage', {
        name: at.stages[place.index] ? labelOf(at.stages[place.index].label, at.stages[place.index].key) : `#${place.index + 1}`,
      })
    if (place.kind === 'transition') {
      const t = at.transitions[place.index]
      return say('transition', { name: t ? labelOf(t.label, t.key) : `#${place.index + 1}` })
    }
    return ''
  }
  const problemAt = (kind: 'stage' | 'transition', index: number) => (part: string) => {
    const found = [...problems, ...serverProblems].find(
      (p) => p.place.kind === kind && p.place.index === index && p.place.part === part,
    )
    return found?.message ?? null
  }
  const wholeProblems = (kind: 'stage' | 'transition', index: number) =>
    [...problems, ...serverProblems]
      .filter((p) => p.place.kind === kind && p.place.index === index && !p.place.part)
      .map((p) => p.message)

  const newTransition = () => {
    const from = selection?.kind === 'stage' ? selection.index : 0
    const fromKey = doc.stages[from]?.key ?? '*'
    const toKey = doc.stages[from + 1]?.key ?? doc.stages[0]?.key ?? ''
    const label = language === 'zh' ? { zh: say('newTransition') } : { en: say('newTransition') }
    apply((d) => addTransition(d, fromKey, toKey, label))
    setSelection({ kind: 'transition', index: doc.transitions.length })
  }

  return (
    <div className={styles.editor} data-testid="workflow-editor">
      <EditorToolbar
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        onUndo={() => move(undo(latest.current))}
        onRedo={() => move(redo(latest.current))}
        onPreset={(key) => {
          const preset = fromPreset(key)
          if (preset) apply(() => preset)
          setSelection(null)
        }}
        advanced={advanced}
        onAdvanced={setAdvanced}
        say={say}
        language={language}
      />
      {serverProblems.length > 0 ? (
        <FlowProblemList
          title={say('refused')}
          problems={serverProblems}
          doc={doc}
          onShow={setSelection}
          say={say}
          nameOf={nameOf}
        />
      ) : null}
      {problems.length > 0 ? (
        <FlowProblemList title={say('problems')} problems={problems} doc={doc} onShow={setSelection} say={say} nameOf={nameOf} />
      ) : doc.stages.length > 0 ? (
        <div className={styles.ok} role="status" data-testid="flow-ok">
          {say('noProblems')}
        </div>
      ) : null}
      {advanced ? (
        <AdvancedJson
          key={history.past.length}
          doc={doc}
          say={say}
          onApply={(next) => {
            apply(() => next)
            setAdvanced(false)
          }}
        />
      ) : (
        <>
          {doc.stages.length > 0 ? (
            <div className={styles.panel}>
              <h4 className={styles.panelTitle}>{say('diagram')}</h4>
              <FlowDiagramView
                doc={doc}
                flaggedStages={flagged.stages}
                flaggedTransitions={flagged.transitions}
                selection={selection}
                onSelect={setSelection}
                say={say}
                stageName={stageName}
                labelOf={labelOf}
              />
            </div>
          ) : null}
          <div className={styles.columns}>
            <section className={styles.panel} aria-label={say('stages')}>
              <h4 className={styles.panelTitle}>{say('stages')}</h4>
              <p className={styles.muted} style={{ marginBottom: 6 }}>
                {doc.stages.length ? say('stagesHint') : say('noStages')}
              </p>
              <StageList
                doc={doc}
                apply={apply}
                selection={selection}
                onSelect={setSelection}
                flagged={flagged.stages}
                say={say}
                stageName={(s) => labelOf(s.label, s.key)}
              />
              <button
                type="button"
                className={styles.button}
                data-testid="flow-add-stage"
                onClick={() => {
                  apply((d) => addStage(d, language === 'zh' ? { zh: say('newStage') } : { en: say('newStage') }))
                  setSelection({ kind: 'stage', index: latest.current.present.stages.length - 1 })
                }}
              >
                {say('addStage')}
              </button>
            </section>
            <section className={styles.panel} aria-label={say('transitions')}>
              <h4 className={styles.panelTitle}>{say('transitions')}</h4>
              <TransitionList
                doc={doc}
                selection={selection}
                onSelect={setSelection}
                flagged={flagged.transitions}
                say={say}
                stageName={stageName}
                labelOf={labelOf}
              />
              <button
                type="button"
                className={styles.button}
                data-testid="flow-add-transition"
                disabled={doc.stages.length === 0}
                onClick={newTransition}
              >
                {say('addTransition')}
              </button>
            </section>
            <aside className={styles.panel} aria-label={say('properties')} data-testid="flow-properties">
              <h4 className={styles.panelTitle}>{selection ? nameOf(selection, doc) : say('properties')}</h4>
              {selection
                ? wholeProblems(selection.kind, selection.index).map((m) => (
                    <p key={m} className={styles.problemText}>
                      {m}
                    </p>
                  ))
                : null}
              {selection?.kind === 'stage' ? (
                <StageProperties
                  doc={doc}
                  index={selection.index}
                  apply={apply}
                  context={context}
                  say={say}
                  language={language}
                  problemAt={problemAt('stage', selection.index)}
                  onRemoved={() => setSelection(null)}
                />
              ) : selection?.kind === 'transition' ? (
                <TransitionProperties
                  doc={doc}
                  index={selection.index}
                  apply={apply}
                  context={context}
                  say={say}
                  stageName={stageName}
                  problemAt={problemAt('transition', selection.index)}
                  onRemoved={() => setSelection(null)}
                />
              ) : (
                <p className={styles.muted}>{say('nothingSelected')}</p>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  )
}
