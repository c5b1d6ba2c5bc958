import type { WizardField } from './ReportWizard'
import styles from './reports.module.css'

type Props = {
  id: string
  label: string
  value: string
  onChange: (path: string) => void
  fields: WizardField[]
  language: 'en' | 'zh'
  /** The text of the empty choice; none when a field must be chosen. */
  empty?: string
}

/**
 * A field picker: the entity's own fields first, then one group per relationship (客户 › 行业), so a
 * long list of related fields stays readable.
 */
export function FieldSelect({ id, label, value, onChange, fields, language, empty }: Props) {
  const groups = new Map<string, WizardField[]>()
  for (const f of fields) {
    const key = f.group ? f.group[language] : ''
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const option = (f: WizardField) => (
    <option key={f.path} value={f.path}>
      {f.group ? f.label[language].split(' › ').slice(1).join(' › ') : f.label[language]}
    </option>
  )
  return (
    <label className={styles.field} htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty != null ? <option value="">{empty}</option> : null}
        {[...groups].map(([group, list]) =>
          group ? (
            <optgroup key={group} label={group}>
              {list.map(option)}
            </optgroup>
          ) : (
            list.map(option)
          ),
        )}
      </select>
    </label>
  )
}
