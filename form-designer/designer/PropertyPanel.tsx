'use client'
import {
  type DesignerDoc,
  findField,
  findSection,
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
import type { Selection } from './Canvas'
import styles from './designer.module.css'
import { KeyProperty, OptionsEditor, Rule, SelectionProblems, Text } from './PropertyInputs'
import type { Say } from './texts'

type Props = {
  doc: DesignerDoc
  selection: Selection
  onSelect: (selection: Selection) => void
  apply: (change: (doc: DesignerDoc) => DesignerDoc) => void
  known: (path: string) => boolean
  /** Problems of the last refused save, publish or import, by field or `section:<id>`. */
  flagged: ReadonlyMap<string, string[]>
  /** The circle a rule (by its pointer) is part of, said in the admin's language; null when none. */
  circular: (pointer: string) => string | null
  baseLabel: (name: string) => string
  say: Say
  language: 'en' | 'zh'
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
        <SelectionProblems messages={props.flagged.get(`section:${section.id}`)} />
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
          circular={props.circular(`/tabs/${at.tab}/sections/${at.section}/visibleWhen`)}
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
        <SelectionProblems messages={props.flagged.get(selection.field)} />
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
      circular={props.circular(`/properties/${key}/${name}`)}
      testId={testId}
      onChange={(v) => apply((d) => updateField(d, key, { [name]: v }))}
    />
  )
  return (
    <div className={styles.props} data-testid="field-properties">
      <SelectionProblems messages={props.flagged.get(selection.field)} />
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
      <KeyProperty
        fieldKey={key}
        published={published}
        taken={taken}
        suggestion={suggestion}
        say={say}
        onRename={(next) => {
          apply((d) => renameKey(d, key, next))
          props.onSelect({ kind: 'field', field: `custom.${next}` })
        }}
      />
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
