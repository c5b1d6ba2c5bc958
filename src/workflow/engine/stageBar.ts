import type { Language } from '../../i18n/language'
import type { Workflow } from './types'

export type StageBarItem = {
  key: string
  label: string
  color?: string
  state: 'done' | 'current' | 'todo'
  final: boolean
  actions: { key: string; label: string; done: boolean }[]
}

/**
 * The stage bar of a record: stages before the current one are done (green), the current one shows its
 * required actions and which are done, the rest are to do. A record that ended lost shows the other final
 * stages as not taken (todo), not as done.
 */
export function stageBar(
  workflow: Workflow,
  current: string | null,
  doneActions: ReadonlySet<string>,
  language: Language,
): StageBarItem[] {
  const index = workflow.stages.findIndex((s) => s.key === current)
  const label = (l: { en?: string; zh?: string }, fallback: string) =>
    l[language] ?? l[language === 'zh' ? 'en' : 'zh'] ?? fallback
  return workflow.stages.map((s, i) => {
    const state = i === index ? 'current' : index >= 0 && i < index && !s.final ? 'done' : 'todo'
    return {
      key: s.key,
      label: label(s.label, s.key),
      color: s.color,
      state,
      final: s.final === true,
      actions: (s.requiredActions ?? []).map((a) => ({
        key: a.key,
        label: label(a.label, a.key),
        done: state === 'done' || doneActions.has(a.key),
      })),
    }
  })
}
