'use client'
import type { FieldType } from '../../../src/customFields/fieldTypes'
import { setFieldText, type TextKeyword, updateField } from '../../model/designer'
import styles from '../designer.module.css'
import type { TextKey } from '../texts'
import { ConstraintsEditor } from './ConstraintsEditor'
import { DefaultEditor } from './DefaultEditor'
import { DictionaryPicker } from './DictionaryPicker'
import { Group, RuleProp, TextProp } from './inputs'
import { KeyEditor } from './KeyEditor'
import { PermissionsEditor } from './PermissionsEditor'
import { RemoveControl } from './RemoveControl'
import { SpanControl } from './SpanControl'
import type { EditorProps } from './types'

/** Types whose input shows a placeholder while empty (the renderer's text, number and select inputs). */
const WITH_PLACEHOLDER = new Set<FieldType>([
  'text',
  'longText',
  'integer',
  'decimal',
  'currency',
  'percent',
  'select',
  'email',
  'phone',
  'url',
])
const RULES = [
  ['x-visibleWhen', 'visibleWhen', 'field-visible-when'],
  ['x-requiredWhen', 'requiredWhen', 'field-required-when'],
  ['x-readOnlyWhen', 'readOnlyWhen', 'field-readonly-when'],
] as const

/**
 * Everything about one custom field: its texts in both languages, key, whether it is required, its
 * default, limits, options or dictionary, conditional rules and permissions per role. The editors that
 * keep a draft of what is typed are keyed by the field, so a half-typed value never follows the admin
 * to another field; the key editor is not (renaming must not take its focus away).
 */
export function FieldProperties({ fieldKey, props }: { fieldKey: string; props: EditorProps }) {
  const { doc, apply, say } = props
  const field = doc.schema.properties[fieldKey]
  if (!field) return null
  const type = field['x-type']
  const text = (keyword: TextKeyword, language: 'zh' | 'en', label: TextKey, testId: string) => (
    <TextProp
      label={say(label)}
      value={(field[keyword] as { zh?: string; en?: string } | undefined)?.[language] ?? ''}
      testId={testId}
      onChange={(value) => apply((d) => setFieldText(d, fieldKey, keyword, language, value))}
    />
  )
  return (
    <div className={styles.props} data-testid="field-properties">
      <Group title={say('basics')}>
        {text('x-label', 'zh', 'labelZh', 'field-label-zh')}
        {text('x-label', 'en', 'labelEn', 'field-label-en')}
        <KeyEditor fieldKey={fieldKey} props={props} />
        {text('x-help', 'zh', 'helpZh', 'field-help-zh')}
        {text('x-help', 'en', 'helpEn', 'field-help-en')}
        {WITH_PLACEHOLDER.has(type) ? text('x-placeholder', 'zh', 'placeholderZh', 'field-placeholder-zh') : null}
        {WITH_PLACEHOLDER.has(type) ? text('x-placeholder', 'en', 'placeholderEn', 'field-placeholder-en') : null}
        <label className={styles.check}>
          <input
            type="checkbox"
            data-testid="field-required"
            checked={(doc.schema.required ?? []).includes(fieldKey)}
            onChange={(e) => apply((d) => updateField(d, fieldKey, {}, e.target.checked))}
          />
          {say('required')}
        </label>
        <DefaultEditor key={`default-${fieldKey}`} fieldKey={fieldKey} field={field} props={props} />
        <SpanControl field={`custom.${fieldKey}`} props={props} />
      </Group>
      <ConstraintsEditor key={`limits-${fieldKey}`} fieldKey={fieldKey} field={field} props={props} />
      {type === 'select' || type === 'multiSelect' ? <DictionaryPicker fieldKey={fieldKey} field={field} props={props} /> : null}
      <Group title={say('rules')}>
        {RULES.map(([keyword, label, testId]) => (
          <RuleProp
            key={keyword}
            label={say(label)}
            value={String(field[keyword] ?? '')}
            known={props.known}
            testId={testId}
            circular={props.circular?.(`/properties/${fieldKey}/${keyword}`)}
            onChange={(v) => apply((d) => updateField(d, fieldKey, { [keyword]: v }))}
          />
        ))}
      </Group>
      <PermissionsEditor field={`custom.${fieldKey}`} props={props} />
      <RemoveControl field={`custom.${fieldKey}`} props={props} />
    </div>
  )
}
