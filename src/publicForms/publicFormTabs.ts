import { formModel, type TabState } from '../../form-designer/model/form'
import type { Language } from '../i18n/language'
import type { PublicFormDefinition } from './types'

type Values = Record<string, unknown>

/**
 * The public form for these values: labels, rules and required marks from the one form model, with
 * the fixed values its rules read. The page draws it; the server decides with it what was visible.
 */
export function publicFormTabs(definition: PublicFormDefinition, values: Values, language: Language): TabState[] {
  const rules = definition.ruleValues
  const record = { ...rules, ...values, custom: { ...(rules.custom as Values), ...(values.custom as Values) } }
  return formModel({
    schema: definition.schema,
    layout: definition.layout,
    record,
    language,
    baseFields: definition.baseFields,
    dictionaryOptions: (key) =>
      (definition.dictionaries[key] ?? []).map((o) => ({ value: o.value, label: o.label[language] ?? o.value })),
  })
}
