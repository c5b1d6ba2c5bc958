'use client'
import type { FieldSchema } from '../../src/customFields/customSchema'
import {
  type DesignerDoc,
  findField,
  findSection,
  keyProblem,
  referencesTo,
  removeField,
  removeSection,
  renameKey,
  setColumns,
  setSpan,
  suggestKey,
  updateField,
  updateSection,
} from '../model/designer'
import { checkRule } from '../model/rules'
import type { Selection } from './Canvas'
import styles from './designer.module.css'
import type { Say } from './texts'

type Props = {
  doc: DesignerDoc
  selection: Selection
  onSelect: (selection: Selection) => void
  apply: (change: (doc: DesignerDoc) => DesignerDoc) => void
  known: (path: string) => boolean
  baseLabel: (name: string) => string
  say: Say
  language: 'en' | 'zh'
}

function Text({
  label,
  value,
  onChange,
  testId,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  testId: string
}) {
  return (
    <label className={styles.prop}>
      <span>{label}</span>
      <input className={styles.input} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}

/** A rule input that says at once whether the rule parses and names fields that exist. */
function Rule({
  label,
  value,
  onChange,
  known,
  testId,
}: {
  label: string
  value: string
  onChange: (v: string | undefined) => void
  known: Props['known']
  testId: string
}) {
  const result = value.trim() ? checkRule(value, known) : null
  const problem = result && 'problem' in result ? result.problem.message : null
  return (
    <label className={styles.prop}>
      <span>{label}</span>
      <input
        className={styles.input}
        value={value}
        placeholder="custom.type == 'repair'"
        data-testid={testId}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => onChange(e.target.value.trim() ? e.target.value : undefined)}
      />
      {problem ? <span className={styles.problem}>{problem}</span> : null}
    </label>
  )
}

function OptionsEditor({
  field,
  apply,
  fieldKey,
  say,
}: {
  field: FieldSchema
  fieldKey: string
  apply: Props['apply']
  say: Say
}) {
  const options = field['x-options'] ?? []
  const write = (next: typeof options) => {
    const values = next.map((o) => o.value)
    const patch: Partial<FieldSchema> =
      field['x-type'] === 'multiSelect'
        ? { 'x-options': next, items: { ...field.items, type: 'string', enum: values } }
        : { 'x-options': next, enum: values }
    apply((d) => updateField(d, fieldKey, patch))
  }
  return (
    <div className={styles.prop}>
      <span>{say('options')}</span>
      {options.map((o, i) => (
        <div key={`${o.value}-${i}`} className={styles.optionRow}>
          <input
            className={styles.input}
            aria-label="value"
            value={o.value}
            onChange={(e) => write(options.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
          />
          <input
            className={styles.input}
            aria-label="中文"
            value={o.label.zh ?? ''}
            onChange={(e) => write(options.map((x, j) => (j === i ? { ...x, label: { ...x.label, zh: e.target.value } } : x)))}
          />
          <input
            className={styles.input}
            aria-label="English"
            value={o.label.en ?? ''}
            onChange={(e) => write(options.map((x, j) => (j === i ? { ...x, label: { ...x.label, en: e.target.value } } : x)))}
          />
          <button type="button" className={styles.link} aria-label="×" onClick={() => write(options.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className={styles.link}
        onClick={() => write([...options, { value: `option${options.length + 1}`, label: { zh: '', en: '' } }])}
      >
        {say('addOption')}
      </button>
    </div>
  )
}

/** What can be changed about the selected field or section. */
export function PropertyPanel(props: Props) {
  const { doc, selection, apply, say } = props
  if (!selection) return <p className={styles.muted}>{say('nothingSelected')}</p>
  if (selection.kind === 'section') {
    const at = findSection(doc.layout, selection.id)
    if (!at) return null
    const section = doc.layout.tabs[at.tab].sections[at.section]
    return (
      <div className={styles.props} data-testid="section-properties">
        <Text
          label={say('labelZh')}
          value={section.label?.zh ?? ''}
          testId="section-label-zh"
          onChange={(zh) => apply((d) => updateSection(d, section.id, { label: { ...section.label, zh } }))}
        />
        <Text
          label={say('labelEn')}
          value={section.label?.en ?? ''}
          testId="section-label-en"
          onChange={(en) => apply((d) => updateSection(d, section.id, { label: { ...section.label, en } }))}
        />
        <label className={styles.prop}>
          <span>{say('columns')}</span>
          <select
            className={styles.input}
            value={section.columns}
            data-testid="section-columns"
            onChange={(e) => apply((d) => setColumns(d, section.id, Number(e.target.value)))}
          >
            {[1, 2, 3, 4].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <Rule
          label={say('visibleWhen')}
          value={section.visibleWhen ?? ''}
          known={props.known}
          testId="section-visible-when"
          onChange={(rule) => apply((d) => updateSection(d, section.id, { visibleWhen: rule }))}
        />
        <button
          type="button"
          className={styles.danger}
          onClick={() => {
            apply((d) => removeSection(d, section.id))
            props.onSelect(null)
          }}
        >
          {say('remove')}
        </button>
      </div>
    )
  }
  const place = findField(doc.layout, selection.field)
  const section = place ? doc.layout.tabs[place.tab].sections[place.section] : null
  const span = section?.fields[place?.index ?? 0]?.span ?? 1
  const uses = referencesTo(doc, selection.field)
  const spanControl = section ? (
    <label className={styles.prop}>
      <span>{say('span')}</span>
      <select
        className={styles.input}
        value={Math.min(span, section.columns)}
        data-testid="field-span"
        onChange={(e) => apply((d) => setSpan(d, selection.field, Number(e.target.value)))}
      >
        {Array.from({ length: section.columns }, (_, i) => i + 1).map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
    </label>
  ) : null
  const removeButton = (
    <>
      {uses.length > 0 ? <p className={styles.problem}>{say('usedBy', { places: uses.join(', ') })}</p> : null}
      <button
        type="button"
        className={styles.danger}
        disabled={uses.length > 0}
        data-testid="field-remove"
        onClick={() => {
          apply((d) => removeField(d, selection.field))
          props.onSelect(null)
        }}
      >
        {say('remove')}
      </button>
    </>
  )
  if (!selection.field.startsWith('custom.'))
    return (
      <div className={styles.props}>
        <p className={styles.strong}>{props.baseLabel(selection.field)}</p>
        {spanControl}
        {removeButton}
      </div>
    )
  const key = selection.field.slice(7)
  const field = doc.schema.properties[key]
  if (!field) return null
  const labels = field['x-label'] ?? {}
  const published = doc.publishedKeys.includes(key)
  const taken = new Set(Object.keys(doc.schema.properties).filter((k) => k !== key))
  const suggestion = suggestKey(labels, taken)
  const rule = (name: 'x-visibleWhen' | 'x-requiredWhen' | 'x-readOnlyWhen', label: string, testId: string) => (
    <Rule
      label={label}
      value={String(field[name] ?? '')}
      known={props.known}
      testId={testId}
      onChange={(v) => apply((d) => updateField(d, key, { [name]: v }))}
    />
  )
  return (
    <div className={styles.props} data-testid="field-properties">
      <Text
        label={say('labelZh')}
        value={labels.zh ?? ''}
        testId="field-label-zh"
        onChange={(zh) => apply((d) => updateField(d, key, { 'x-label': { ...labels, zh } }))}
      />
      <Text
        label={say('labelEn')}
        value={labels.en ?? ''}
        testId="field-label-en"
        onChange={(en) => apply((d) => updateField(d, key, { 'x-label': { ...labels, en } }))}
      />
      <label className={styles.prop}>
        <span>{say('key')}</span>
        <span className={styles.optionRow}>
          <input
            className={styles.input}
            value={key}
            disabled={published}
            data-testid="field-key"
            onChange={(e) => {
              if (keyProblem(e.target.value, taken)) return
              apply((d) => renameKey(d, key, e.target.value))
              props.onSelect({ kind: 'field', field: `custom.${e.target.value}` })
            }}
          />
          {!published && suggestion !== key && !suggestion.startsWith('field') ? (
            <button
              type="button"
              className={styles.link}
              data-testid="field-key-suggestion"
              onClick={() => {
                apply((d) => renameKey(d, key, suggestion))
                props.onSelect({ kind: 'field', field: `custom.${suggestion}` })
              }}
            >
              {say('suggest')} {suggestion}
            </button>
          ) : null}
        </span>
        {published ? <span className={styles.muted}>{say('keyFixed')}</span> : null}
      </label>
      <Text
        label={say('help')}
        value={field['x-help']?.[props.language] ?? ''}
        testId="field-help"
        onChange={(text) => apply((d) => updateField(d, key, { 'x-help': { ...field['x-help'], [props.language]: text } }))}
      />
      <label className={styles.check}>
        <input
          type="checkbox"
          data-testid="field-required"
          checked={(doc.schema.required ?? []).includes(key)}
          onChange={(e) => apply((d) => updateField(d, key, {}, e.target.checked))}
        />
        {say('required')}
      </label>
      {spanControl}
      {field['x-type'] === 'select' || field['x-type'] === 'multiSelect' ? (
        field['x-dictionary'] ? null : (
          <OptionsEditor field={field} fieldKey={key} apply={apply} say={say} />
        )
      ) : null}
      {rule('x-visibleWhen', say('visibleWhen'), 'field-visible-when')}
      {rule('x-requiredWhen', say('requiredWhen'), 'field-required-when')}
      {rule('x-readOnlyWhen', say('readOnlyWhen'), 'field-readonly-when')}
      {removeButton}
    </div>
  )
}
