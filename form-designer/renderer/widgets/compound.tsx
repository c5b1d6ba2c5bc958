import type { ComponentType } from 'react'
import type { FieldSchema } from '../../../src/customFields/customSchema'
import styles from '../renderer.module.css'
import type { WidgetProps } from './types'

const PARTS = [
  ['province', '省', 'Province'],
  ['city', '市', 'City'],
  ['district', '区/县', 'District'],
  ['street', '街道地址', 'Street'],
] as const

/** Province / city / district / street; an address with nothing in it is no address (null). */
export function AddressInput(p: WidgetProps) {
  const value = (p.value && typeof p.value === 'object' ? p.value : {}) as Record<string, string>
  return (
    <fieldset id={p.id} aria-describedby={p.describedBy} className={`${styles.bare} ${styles.address}`}>
      {PARTS.map(([part, zh, en]) => (
        <input
          key={part}
          aria-label={p.language === 'zh' ? zh : en}
          placeholder={p.language === 'zh' ? zh : en}
          className={part === 'street' ? `${styles.input} ${styles.street}` : styles.input}
          readOnly={p.readOnly}
          disabled={p.readOnly}
          value={value[part] ?? ''}
          onChange={(e) => {
            const next = { ...value, [part]: e.target.value }
            if (!e.target.value) delete next[part]
            p.onChange(Object.keys(next).length > 0 ? next : null)
          }}
        />
      ))}
    </fieldset>
  )
}

/** A record of another collection, by id (a search picker is the workspace's). */
export function ReferenceInput(p: WidgetProps) {
  return (
    <input
      id={p.id}
      className={styles.input}
      inputMode="numeric"
      readOnly={p.readOnly}
      disabled={p.readOnly}
      aria-invalid={p.invalid || undefined}
      aria-describedby={p.describedBy}
      placeholder={`${p.schema?.['x-relationTo'] ?? ''} ID`}
      value={p.value == null ? '' : String(p.value)}
      onChange={(e) => {
        const v = e.target.value.trim()
        p.onChange(v === '' ? null : /^\d+$/.test(v) ? Number(v) : v)
      }}
    />
  )
}

type Row = Record<string, unknown>

/** A repeating group: a sub-table whose cells are the widgets of its fields; rows added and removed. */
export function GroupInput(p: WidgetProps & { widgetFor: (schema: FieldSchema) => ComponentType<WidgetProps> }) {
  const rows = Array.isArray(p.value) ? (p.value as Row[]) : []
  const fields = Object.entries(p.schema?.items?.properties ?? {}) as [string, FieldSchema][]
  const required = new Set(p.schema?.items?.required ?? [])
  const label = (f: FieldSchema, key: string) => f['x-label']?.[p.language] ?? f['x-label']?.en ?? f['x-label']?.zh ?? key
  const set = (next: Row[]) => p.onChange(next.length > 0 ? next : null)
  return (
    <fieldset id={p.id} aria-describedby={p.describedBy} className={`${styles.bare} ${styles.group}`}>
      <table>
        <thead>
          <tr>
            {fields.map(([key, f]) => (
              <th key={key} scope="col">
                {label(f, key)}
                {required.has(key) ? <span className={styles.required}> *</span> : null}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            // Rows have no identity of their own; their position is what the server's errors name.
            <tr key={r}>
              {fields.map(([key, f]) => {
                const Widget = p.widgetFor(f)
                return (
                  <td key={key}>
                    <Widget
                      id={`${p.id}-${r}-${key}`}
                      value={row[key]}
                      onChange={(v) => set(rows.map((x, i) => (i === r ? { ...x, [key]: v ?? undefined } : x)))}
                      readOnly={p.readOnly}
                      required={required.has(key)}
                      invalid={false}
                      schema={f}
                      options={f['x-options']?.map((o) => ({ value: o.value, label: o.label[p.language] ?? o.value }))}
                      language={p.language}
                    />
                  </td>
                )
              })}
              <td>
                {p.readOnly ? null : (
                  <button type="button" className={styles.link} onClick={() => set(rows.filter((_, i) => i !== r))}>
                    {p.language === 'zh' ? '删除' : 'Remove'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.readOnly ? null : (
        <button type="button" className={styles.link} onClick={() => set([...rows, {}])}>
          {p.language === 'zh' ? '+ 添加一行' : '+ Add a row'}
        </button>
      )}
    </fieldset>
  )
}
