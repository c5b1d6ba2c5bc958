'use client'
import { FieldLabel, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/**
 * The next number the sequence on screen would give, live as the admin edits the pattern (asks the
 * server, which knows the tenant's calendar and the counter; nothing is taken).
 */
export function NumberPreview() {
  const { t } = useTranslation()
  const tr = t as (key: string) => string
  const { id } = useDocumentInfo()
  const values = useFormFields(([fields]) => ({
    pattern: fields.pattern?.value,
    resetPolicy: fields.resetPolicy?.value,
    dimension: fields.dimension?.value,
    dimensionField: fields.dimensionField?.value,
    padding: fields.padding?.value,
  }))
  const body = JSON.stringify({ ...values, id: id ?? null })
  const [shown, setShown] = useState<{ number?: string; error?: string }>({})

  useEffect(() => {
    const controller = new AbortController()
    // Wait for a pause in typing before asking.
    const timer = setTimeout(async () => {
      const res = await fetch('/api/number-sequences/preview', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body,
        signal: controller.signal,
      }).catch(() => null)
      if (!res) return
      const json = await res.json().catch(() => ({}))
      setShown(
        res.ok ? { number: json.number } : { error: json?.errors?.[0]?.data?.errors?.[0]?.message ?? json?.errors?.[0]?.message },
      )
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [body])

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={tr('formwork:numberPreviewLabel')} />
      <output data-testid="number-preview" style={{ display: 'block', fontFamily: 'monospace', fontSize: '1.2em' }}>
        {shown.number ?? shown.error ?? tr('formwork:numberPreviewPending')}
      </output>
    </div>
  )
}
