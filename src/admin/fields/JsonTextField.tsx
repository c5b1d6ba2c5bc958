'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useState } from 'react'

/** A plain textarea for JSON values: works offline, unlike the Monaco editor Payload loads from a CDN. */
export const JsonTextField: JSONFieldClientComponent = ({ field, path }) => {
  const { value, setValue } = useField<unknown>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const [text, setText] = useState(() => (value == null ? '' : JSON.stringify(value, null, 2)))
  const [error, setError] = useState<string | null>(null)
  const invalid = i18n.language === 'zh' ? 'JSON 格式不正确：' : 'Invalid JSON: '
  return (
    <div className="field-type json-text-field" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} />
      <textarea
        value={text}
        rows={6}
        spellCheck={false}
        style={{ width: '100%', fontFamily: 'monospace', padding: 8 }}
        onChange={(event) => {
          setText(event.target.value)
          try {
            setValue(event.target.value.trim() === '' ? null : JSON.parse(event.target.value))
            setError(null)
          } catch (e) {
            setError(invalid + (e as Error).message)
          }
        }}
      />
      {error ? <div style={{ color: 'var(--theme-error-500)' }}>{error}</div> : null}
    </div>
  )
}
