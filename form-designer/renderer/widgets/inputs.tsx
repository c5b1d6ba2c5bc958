import styles from '../renderer.module.css'
import type { WidgetProps } from './types'

const text = (value: unknown) => (value == null ? '' : String(value))
const common = (p: WidgetProps) => ({
  id: p.id,
  readOnly: p.readOnly,
  disabled: p.readOnly,
  'aria-required': p.required || undefined,
  'aria-invalid': p.invalid || undefined,
  'aria-describedby': p.describedBy,
  className: styles.input,
})

/** Text of a kind: an empty input clears the value (null), so "required" means something. */
export function TextInput(p: WidgetProps & { kind?: 'text' | 'email' | 'tel' | 'url' }) {
  return (
    <input
      {...common(p)}
      type={p.kind ?? 'text'}
      autoComplete={p.autoComplete}
      value={text(p.value)}
      placeholder={p.placeholder}
      onChange={(e) => p.onChange(e.target.value === '' ? null : e.target.value)}
    />
  )
}

export function LongTextInput(p: WidgetProps) {
  return (
    <textarea
      {...common(p)}
      rows={4}
      value={text(p.value)}
      placeholder={p.placeholder}
      onChange={(e) => p.onChange(e.target.value === '' ? null : e.target.value)}
    />
  )
}

/** Whole numbers are sent as numbers; anything else as typed, so the server names what is wrong. */
export function IntegerInput(p: WidgetProps) {
  return (
    <input
      {...common(p)}
      inputMode="numeric"
      value={text(p.value)}
      placeholder={p.placeholder}
      onChange={(e) => {
        const v = e.target.value.trim()
        p.onChange(v === '' ? null : /^-?\d{1,15}$/.test(v) ? Number(v) : v)
      }}
    />
  )
}

/** Decimals stay text end to end (money is never a float); thousands separators are dropped. */
export function DecimalInput(p: WidgetProps & { suffix?: string }) {
  return (
    <span className={styles.withSuffix}>
      <input
        {...common(p)}
        inputMode="decimal"
        value={text(p.value)}
        placeholder={p.placeholder}
        onChange={(e) => {
          const v = e.target.value.replace(/[,，\s]/g, '')
          p.onChange(v === '' ? null : v)
        }}
      />
      {p.suffix ? <span aria-hidden="true">{p.suffix}</span> : null}
    </span>
  )
}

export function DateInput(p: WidgetProps) {
  return <input {...common(p)} type="date" value={text(p.value)} onChange={(e) => p.onChange(e.target.value || null)} />
}

/** The browser's local time, stored as an instant with an explicit zone (UTC). */
export function DateTimeInput(p: WidgetProps) {
  const local = (() => {
    if (typeof p.value !== 'string' || Number.isNaN(Date.parse(p.value))) return ''
    const d = new Date(p.value)
    return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
  })()
  return (
    <input
      {...common(p)}
      type="datetime-local"
      value={local}
      onChange={(e) => p.onChange(e.target.value ? new Date(e.target.value).toISOString() : null)}
    />
  )
}

export function BooleanInput(p: WidgetProps) {
  return (
    <input
      {...common(p)}
      className={styles.checkbox}
      type="checkbox"
      checked={p.value === true}
      onChange={(e) => p.onChange(e.target.checked)}
    />
  )
}

export function SelectInput(p: WidgetProps) {
  return (
    <select {...common(p)} value={text(p.value)} onChange={(e) => p.onChange(e.target.value || null)}>
      <option value="">{p.placeholder ?? (p.language === 'zh' ? '— 请选择 —' : '— Choose —')}</option>
      {(p.options ?? []).map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
}

export function MultiSelectInput(p: WidgetProps) {
  const chosen = new Set(Array.isArray(p.value) ? (p.value as string[]) : [])
  return (
    <fieldset id={p.id} aria-describedby={p.describedBy} className={`${styles.bare} ${styles.choices}`}>
      {(p.options ?? []).map((o) => (
        <label key={o.value} className={styles.choice}>
          <input
            type="checkbox"
            disabled={p.readOnly}
            checked={chosen.has(o.value)}
            onChange={(e) => {
              const next = (p.options ?? []).map((x) => x.value).filter((v) => (v === o.value ? e.target.checked : chosen.has(v)))
              p.onChange(next.length > 0 ? next : null)
            }}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}

/** Stars as radio buttons (keyboard and screen readers know them); choosing the chosen one clears it. */
export function RatingInput(p: WidgetProps) {
  const max = Number(p.schema?.maximum ?? 5)
  return (
    <fieldset id={p.id} aria-describedby={p.describedBy} className={`${styles.bare} ${styles.rating}`}>
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <label key={n} className={Number(p.value) >= n ? styles.starOn : styles.star}>
          <input
            type="radio"
            name={p.id}
            value={n}
            aria-label={String(n)}
            className={styles.hidden}
            disabled={p.readOnly}
            checked={p.value === n}
            onChange={() => p.onChange(n)}
            onClick={() => p.value === n && p.onChange(null)}
          />
          ★
        </label>
      ))}
    </fieldset>
  )
}

/** Formulas and numbers the server assigns: shown, never edited. */
export function Output(p: WidgetProps) {
  return (
    <output id={p.id} aria-describedby={p.describedBy} className={styles.output}>
      {p.value == null || p.value === '' ? '—' : String(p.value)}
    </output>
  )
}
