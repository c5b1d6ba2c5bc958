'use client'
import { FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useEffect, useMemo, useState } from 'react'
import { WorkflowEditor } from '../../../form-designer/workflow/components/WorkflowEditor'
import { type FlowProblem, problemsFromServer, toFlowDoc } from '../../../form-designer/workflow/model'
import { useEditorContext } from './useEditorContext'

const OWN = /^(stages|transitions)(\.|$)/

/**
 * The visual workflow editor in place of the `stages` JSON (it writes `transitions` too; that field
 * draws nothing). A refused save's errors, which Payload files under paths such as
 * `transitions.2.when`, are taken into the editor's problem list and removed from the form state, so
 * a later save cannot send them back as values; the editor's document, and so every change, stays.
 */
export const WorkflowEditorField: JSONFieldClientComponent = ({ field, path }) => {
  const { value: stages, setValue: setStages } = useField<unknown>({ path: path ?? field.name })
  const { value: transitions, setValue: setTransitions } = useField<unknown>({ path: 'transitions' })
  const entity = useFormFields(([fields]) => fields.entity?.value) as string | undefined
  const tenant = useFormFields(([fields]) => fields.tenant?.value)
  const formFields = useFormFields(([fields]) => fields)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const { i18n } = useTranslation()
  const language = i18n.language === 'zh' ? 'zh' : 'en'
  const context = useEditorContext(entity, tenant, language)
  const [refused, setRefused] = useState<FlowProblem[]>([])

  useEffect(() => {
    const filed = Object.entries(formFields).filter(([p, state]) => OWN.test(p) && state?.errorMessage && state.valid === false)
    if (filed.length === 0) return
    setRefused(problemsFromServer(filed.map(([p, state]) => ({ path: p, message: String(state.errorMessage) }))))
    for (const [p] of filed) if (p.includes('.')) dispatch({ type: 'REMOVE', path: p })
  }, [formFields, dispatch])

  const noProblems = useMemo<FlowProblem[]>(() => [], [])
  return (
    <div className="field-type workflow-editor-field">
      <FieldLabel label={field.label} path={path} />
      <WorkflowEditor
        initial={toFlowDoc(stages, transitions)}
        language={language}
        context={context}
        serverProblems={refused.length ? refused : noProblems}
        onChange={(doc) => {
          setStages(doc.stages)
          setTransitions(doc.transitions)
          setRefused([])
        }}
      />
    </div>
  )
}
