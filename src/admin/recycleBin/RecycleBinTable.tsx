'use client'
import { Button, useStepNav, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { formatDateTime } from '../../i18n/format'
import { toLanguage } from '../../i18n/language'
import { Pager } from '../Pager'
import { usePagedList } from '../usePagedList'

type Entry = { collection: string; id: string | number; title: string; deletedAt: string }

const cell = { padding: '8px 12px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

export function RecycleBinTable({ modules }: { modules: Record<string, string> }) {
  const { i18n, t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const lang = toLanguage(i18n.language)
  const { setStepNav } = useStepNav()
  useEffect(() => setStepNav([{ label: tr('formwork:recycleBin') }]), [setStepNav, tr])

  const { data, error, setError, page, setPage, reload } = usePagedList<Entry>('/api/recycle-bin')

  const act = async (entry: Entry, action: 'restore' | 'purge') => {
    if (action === 'purge' && !window.confirm(tr('formwork:confirmPurge'))) return
    const url = `/api/recycle-bin/${entry.collection}/${entry.id}${action === 'restore' ? '/restore' : ''}`
    const res = await fetch(url, { method: action === 'restore' ? 'POST' : 'DELETE', credentials: 'include' })
    if (!res.ok) setError((await res.json().catch(() => null))?.errors?.[0]?.message ?? res.statusText)
    await reload()
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
      {data ? <Pager page={page} totalPages={data.totalPages} onPage={setPage} /> : null}
    </div>
  )
}
