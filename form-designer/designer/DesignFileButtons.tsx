'use client'
import { useRef } from 'react'
import type { BaseField } from '../../src/customFields/layout/types'
import type { DesignerDoc, DesignProblem } from '../model/designer'
import { DRAFT_FILE_LIMIT_KB, type DraftContent, draftFile, readDraftFile, sayDraftFile } from '../model/draftFile'
import type { Say } from './texts'

type Props = {
  entity: string
  doc: DesignerDoc
  baseFields: readonly BaseField[]
  lookupTargets: readonly string[]
  language: 'en' | 'zh'
  onImported: (file: string, content: DraftContent) => void
  onRefused: (file: string, problems: DesignProblem[]) => void
  say: Say
}

/**
 * Export downloads the design being edited (saved or not) as a JSON file; Import reads one back. The
 * file is checked as a save would check it before anything changes, so a refused file leaves the
 * design as it was.
 */
export function DesignFileButtons(props: Props) {
  const input = useRef<HTMLInputElement>(null)
  const exportDesign = () => {
    const file = draftFile(props.entity, props.doc, new Date())
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `${props.entity}-design.json`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  const importDesign = async (file: File) => {
    if (file.size > DRAFT_FILE_LIMIT_KB * 1024) {
      const size = Math.ceil(file.size / 1024)
      const message = sayDraftFile(props.language, 'tooLarge', { size, limit: DRAFT_FILE_LIMIT_KB })
      return props.onRefused(file.name, [{ part: '', pointer: '', message }])
    }
    const result = readDraftFile(await file.text(), {
      entity: props.entity,
      baseFields: props.baseFields,
      lookupTargets: props.lookupTargets,
      language: props.language,
    })
    if (result.ok) props.onImported(file.name, result.content)
    else props.onRefused(file.name, result.problems)
  }
  return (
    <>
      <button type="button" data-testid="designer-export" onClick={exportDesign}>
        {props.say('exportDesign')}
      </button>
      <button type="button" data-testid="designer-import" onClick={() => input.current?.click()}>
        {props.say('importDesign')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="designer-import-file"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = '' // the same file can be chosen again after fixing it
          if (file) void importDesign(file)
        }}
      />
    </>
  )
}
