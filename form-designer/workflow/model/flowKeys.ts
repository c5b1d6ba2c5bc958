import type { Labels } from '../../../src/customFields/layout/types'
import { FLOW_KEY } from '../../../src/workflow/engine/checkWorkflowParts'

/**
 * A key for a new stage, transition or action from its English label ("Site visit" → siteVisit), else
 * `<fallback>1`, `<fallback>2`…; never one already taken.
 */
export function suggestFlowKey(label: Labels, taken: ReadonlySet<string>, fallback: string): string {
  const words = (label.en ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  while (words.length > 0 && !/^[A-Za-z]/.test(words[0])) words.shift()
  const stem = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .slice(0, 48)
  if (stem && !taken.has(stem)) return stem
  const base = stem || fallback
  for (let n = stem ? 2 : 1; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`
}

/** Whether a typed key can be used: its shape, then clashes with the other keys. */
export function flowKeyProblem(key: string, taken: ReadonlySet<string>): 'shape' | 'taken' | null {
  if (!FLOW_KEY.test(key)) return 'shape'
  return taken.has(key) ? 'taken' : null
}
