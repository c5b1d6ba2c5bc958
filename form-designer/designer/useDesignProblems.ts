'use client'
import { useCallback, useMemo, useState } from 'react'
import { circularRules, type DesignerDoc, type DesignProblem, placeOf } from '../model/designer'
import type { LocatedProblem } from './ProblemList'

export type Report = { kind: 'ok'; text: string } | { kind: 'problems'; title: string; list: LocatedProblem[] }

/**
 * What the designer has to say about the design: the last save, publish or import (a confirmation, or
 * the problems, each located in the document it was found in), the problems per field and section for
 * the canvas and the property panel, and the circular rules of the document as it is now.
 */
export function useDesignProblems(doc: DesignerDoc | undefined) {
  const [report, setReport] = useState<Report | null>(null)
  const refuse = useCallback(
    (title: string, problems: DesignProblem[], at: DesignerDoc | undefined = doc) =>
      setReport({
        kind: 'problems',
        title,
        list: problems.map((p) => ({ ...p, place: at ? placeOf(at, p) : { kind: 'none' } })),
      }),
    [doc],
  )
  const confirm = useCallback((text: string) => setReport({ kind: 'ok', text }), [])
  const clear = useCallback(() => setReport(null), [])
  /** Messages by `<field>` or `section:<id>`. */
  const flagged = useMemo(() => {
    const found = new Map<string, string[]>()
    if (report?.kind !== 'problems') return found
    for (const p of report.list) {
      const key = p.place.kind === 'field' ? p.place.field : p.place.kind === 'section' ? `section:${p.place.id}` : null
      if (key) found.set(key, [...(found.get(key) ?? []), p.message])
    }
    return found
  }, [report])
  const circular = useMemo(() => (doc ? circularRules(doc) : new Map<string, string>()), [doc])
  return { report, refuse, confirm, clear, flagged, circular }
}
