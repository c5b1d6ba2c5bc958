import type { Labels } from '../../../src/customFields/layout/types'
import { FLOW_KEY } from '../../../src/workflow/engine/checkWorkflowParts'
import { camelStem } from '../../model/designer/suggestKey'

/**
 * A key for a new stage, transition or action from its English label ("Site visit" → siteVisit), else
 * `<fallback>1`, `<fallback>2`…; never one already taken.
 */
export function suggestFlowKey(label: Labels, taken: ReadonlySet<string>, fallback: string): string {
  const stem = camelStem(label.en ?? '', 48)
  if (stem && !taken.has(stem)) return stem
  const base = stem || fallback
  for (let n = stem ? 2 : 1; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`
}

/** Whether a typed key can be used: its shape, then clashes with the other keys. */
export function flowKeyProblem(key: string, taken: ReadonlySet<string>): 'shape' | 'taken' | null {
  if (!FLOW_KEY.test(key)) return 'shape'
  return taken.has(key) ? 'taken' : null
}
