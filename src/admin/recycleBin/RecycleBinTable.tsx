'use client'
import { Button, useStepNav, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { formatDateTime } from '../../i18n/format'
import { toLanguage } from '../../i18n/language'

type Entry = { collection: string; id: string | number; title: string; deletedAt: string }
type Page = { docs: Entry[]; page: number; totalPages: number; totalDocs: number }

const cell = { padding: '8px 12px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

export function RecycleBinTable({ modules }: { modules: Record<string, string> }) {
  const { i18n, t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const lang = toLanguage(i18n.language)
  const { setStepNav } = useStepNav()
  const [page, setPage] = useState(1)
  const [data, setData] = useState<Page | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setStepNav([{ label: tr('formwork:recycleBin') }]), [setStepNav, tr])

  const load = useCallback(async () => {
    const res = await fetch(`/api/recycle-bin?page=${page}&limit=20`, { credentials: 'include' })
    const body = await res.json().catch(() => null)
    if (!res.ok) return setError(body?.errors?.[0]?.message ?? res.statusText)
    setError(null)
    setData(body)
  }, [page])

  useEffect(() => {
    void load()
  }, [load])

  const act = async (entry: Entry, action: 'restore' | 'purge') => {
    if (action === 'purge' && !window.confirm(tr('formwork:confirmPurge'))) return
    const url = `/api/recycle-bin/${entry.collection}/${entry.id}${action === 'restore' ? '/restore' : ''}`
    const res = await fetch(url, { method: action === 'restore' ? 'POST' : 'DELETE', credentials: 'include' })
    if (!res.ok) setError((await res.json().catch(() => null))?.errors?.[0]?.message ?? res.statusText)
    await load()
  }

  return (
    <div style={{ paddingTop: 24 }}>
      <h1>{tr('formwork:recycleBin')}</h1>
      <p style={{ opacity: 0.75 }}>{tr('formwork:recycleBinIntro')}</p>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {data && data.docs.length === 0 ? <p>{tr('formwork:recycleBinEmpty')}</p> : null}
      {data && data.docs.length > 0 ? (
        <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="recycle-bin-table">
          <thead>
            <tr>
              <th style={cell}>{tr('formwork:module')}</th>
              <th style={cell}>{tr('formwork:record')}</th>
              <th style={cell}>{tr('formwork:deletedAt')}</th>
              <th style={cell} />
            </tr>
          </thead>
          <tbody>
            {data.docs.map((entry) => (
              <tr key={`${entry.collection}:${entry.id}`}>
                <td style={cell}>{modules[entry.collection] ?? entry.collection}</td>
                <td style={cell}>
                  <strong>{entry.title}</strong>
                </td>
                <td style={cell}>{formatDateTime(entry.deletedAt, lang)}</td>
                <td style={{ ...cell, display: 'flex', gap: 8 }}>
                  <Button buttonStyle="secondary" size="small" onClick={() => void act(entry, 'restore')}>
                    {tr('formwork:restore')}
                  </Button>
                  <Button buttonStyle="error" size="small" onClick={() => void act(entry, 'purge')}>
                    {tr('formwork:purge')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data && data.totalPages > 1 ? (
        <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginTop: 16 }}>
          <Button buttonStyle="secondary" size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {tr('formwork:previous')}
          </Button>
          <span>{tr('formwork:pageOf', { page: data.page, pages: data.totalPages })}</span>
          <Button buttonStyle="secondary" size="small" disabled={page >= data.totalPages} onClick={() => setPage(page + 1)}>
            {tr('formwork:next')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
