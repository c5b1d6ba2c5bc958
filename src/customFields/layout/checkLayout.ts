import { checkRule } from '../../../form-designer/model/rules'
import type { Language } from '../../i18n/language'
import { describeCycle, findCycles, sectionDependencies } from '../ruleCycles'
import type { FieldCatalog } from './fieldCatalog'
import { say } from './messages'
import { ID, isLabels, isObject, isWholeBetween, type LayoutProblem } from './shape'
import { LIMITS } from './types'

/**
 * Can this form layout be saved? Tabs of sections of fields, each field existing (base or custom,
 * not removed) and placed once, spans within the section's columns, ids unique, labels present,
 * section rules that parse, name existing fields and do not hide a section until one of its own fields
 * (or a field depending on one) is filled. Every problem is listed with a JSON pointer.
 */
export function checkLayout(layout: unknown, fields: FieldCatalog, language: Language): LayoutProblem[] {
  const problems: LayoutProblem[] = []
  const at = (pointer: string, key: Parameters<typeof say>[1], vars?: Record<string, string | number>) =>
    problems.push({ pointer, message: say(language, key, vars) })
  if (!isObject(layout)) {
    at('', 'notObject')
    return problems
  }
  if (layout.version !== 1) at('/version', 'version')
  const tabs = layout.tabs
  if (!Array.isArray(tabs) || tabs.length > LIMITS.tabs) {
    at('/tabs', 'list', { limit: LIMITS.tabs })
    return problems
  }
  if (tabs.length === 0) at('/tabs', 'emptyList')
  const ids = new Set<string>()
  const placed = new Set<string>()
  const checkId = (pointer: string, id: unknown) => {
    if (typeof id !== 'string' || !ID.test(id)) at(pointer, 'id')
    else if (ids.has(id)) at(pointer, 'duplicateId', { id })
    else ids.add(id)
  }
  for (const [t, tab] of tabs.entries()) {
    const tp = `/tabs/${t}`
    if (!isObject(tab)) {
      at(tp, 'notObject')
      continue
    }
    checkId(`${tp}/id`, tab.id)
    if (!isLabels(tab.label)) at(`${tp}/label`, 'label')
    if (!Array.isArray(tab.sections) || tab.sections.length > LIMITS.sections) {
      at(`${tp}/sections`, 'list', { limit: LIMITS.sections })
      continue
    }
    for (const [s, section] of tab.sections.entries()) {
      const sp = `${tp}/sections/${s}`
      if (!isObject(section)) {
        at(sp, 'notObject')
        continue
      }
      checkId(`${sp}/id`, section.id)
      if (section.label !== undefined && !isLabels(section.label)) at(`${sp}/label`, 'label')
      const columns = section.columns
      if (!isWholeBetween(columns, 1, 4)) at(`${sp}/columns`, 'columns')
      if (section.visibleWhen !== undefined) {
        const result = checkRule(String(section.visibleWhen), fields.exists)
        if ('problem' in result) at(`${sp}/visibleWhen`, 'rule', { problem: result.problem.message })
      }
      if (!Array.isArray(section.fields)) {
        at(`${sp}/fields`, 'list', { limit: 200 })
        continue
      }
      for (const [f, entry] of section.fields.entries()) {
        const fp = `${sp}/fields/${f}`
        if (!isObject(entry) || typeof entry.field !== 'string') {
          at(fp, 'notObject')
          continue
        }
        const field = entry.field
        if (!fields.exists(field)) at(`${fp}/field`, 'missingField', { field })
        else if (fields.removed(field)) at(`${fp}/field`, 'removedField', { field })
        else if (placed.has(field)) at(`${fp}/field`, 'placedTwice', { field })
        placed.add(field)
        const width = isWholeBetween(columns, 1, 4) ? (columns as number) : 4
        if (entry.span !== undefined && !isWholeBetween(entry.span, 1, width)) at(`${fp}/span`, 'span', { columns: width })
      }
    }
  }
  // Cycles through fields' rules alone are the schema check's; these go through a section's rule.
  const sections = sectionDependencies(layout as Parameters<typeof sectionDependencies>[0])
  if (sections.length > 0)
    for (const cycle of findCycles([...fields.ruleDependencies(), ...sections], (e) => e.pointer.startsWith('/tabs/')))
      at(cycle[0].pointer, 'circularRule', { cycle: describeCycle(cycle) })
  return problems
}
