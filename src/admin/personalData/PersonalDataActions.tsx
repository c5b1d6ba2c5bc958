'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * Sidebar box on contacts and leads: download everything held about the person, or erase them
 * (with a reason). The server decides who may; others see its refusal in their language.
 */
export function PersonalDataActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { t } = useTranslation()
  const tr = t as (key: string) => string
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (id == null || !collectionSlug) return null
  const base = `/api/personal-data/${collectionSlug}/${id}`

  const download = async () => {
    setError(null)
    const res = await fetch(`${base}/export`, { credentials: 'include' })
    if (!res.ok) return setError((await res.json().catch(() => null))?.errors?.[0]?.message ?? res.statusText)
    const url = URL.createObjectURL(await res.blob())
    const link = document.createElement('a')
    link.href = url
    link.download = `personal-data-${collectionSlug}-${id}.json`
    link.click()
    URL.revokeObjectURL(url)
  }

  const erase = async () => {
    const reason = window.prompt(tr('formwork:erasureReasonPrompt'))
    if (!reason?.trim()) return
    setBusy(true)
    setError(null)
    const res = await fetch(`${base}/erase`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason }),
    })
    setBusy(false)
    if (!res.ok) return setError((await res.json().catch(() => null))?.errors?.[0]?.message ?? res.statusText)
    window.location.reload()
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }} data-testid="personal-data-actions">
      <p style={{ fontWeight: 600, marginBottom: 8 }}>{tr('formwork:personalData')}</p>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button buttonStyle="secondary" size="small" onClick={() => void download()}>
          {tr('formwork:exportPersonalData')}
        </Button>
        <Button buttonStyle="error" size="small" disabled={busy} onClick={() => void erase()}>
          {tr('formwork:erasePersonalData')}
        </Button>
      </div>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
