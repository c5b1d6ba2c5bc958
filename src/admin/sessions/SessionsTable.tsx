'use client'
import { Button, useStepNav, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { formatDateTime } from '../../i18n/format'
import { toLanguage } from '../../i18n/language'

type Row = {
  userId: string | number
  name: string
  email: string
  sessionId: string
  createdAt: string
  expiresAt: string
  ip: string | null
  userAgent: string | null
}
type Page = { docs: Row[]; page: number; totalPages: number; totalDocs: number }

const cell = { padding: '8px 12px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

export function SessionsTable() {
  const { i18n, t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const [page, setPage] = useState(1)
  const [data, setData] = useState<Page | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { setStepNav } = useStepNav()
  useEffect(() => setStepNav([{ label: tr('formwork:sessions') }]), [setStepNav, tr])
  const lang = toLanguage(i18n.language)

  const load = useCallback(async () => {
    const res = await fetch(`/api/users/sessions?page=${page}&limit=20`, { credentials: 'include' })
    if (!res.ok) {
      setError((await res.json().catch(() => null))?.errors?.[0]?.message ?? res.statusText)
      return
    }
    setError(null)
    setData(await res.json())
  }, [page])

  useEffect(() => {
    void load()
  }, [load])

  const end = async (row: Row) => {
    await fetch(`/api/users/${row.userId}/sessions/${row.sessionId}`, { method: 'DELETE', credentials: 'include' })
    await load()
  }

  return (
    <div style={{ paddingTop: 24 }}>
      <h1>{tr('formwork:sessions')}</h1>
      <p style={{ opacity: 0.75 }}>{tr('formwork:sessionsIntro')}</p>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {data && data.docs.length === 0 ? <p>{tr('formwork:noSessions')}</p> : null}
      {data && data.docs.length > 0 ? (
        <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="sessions-table">
          <thead>
            <tr>
              <th style={cell}>{tr('formwork:user')}</th>
              <th style={cell}>{tr('formwork:sessionStarted')}</th>
              <th style={cell}>{tr('formwork:sessionExpires')}</th>
              <th style={cell}>IP</th>
              <th style={cell} />
            </tr>
          </thead>
          <tbody>
            {data.docs.map((row) => (
              <tr key={row.sessionId}>
                <td style={cell}>
                  <strong>{row.name}</strong>
                  <div style={{ opacity: 0.7, fontSize: 12 }}>{row.email}</div>
                </td>
                <td style={cell}>{formatDateTime(row.createdAt, lang)}</td>
                <td style={cell}>{formatDateTime(row.expiresAt, lang)}</td>
                <td style={cell} title={row.userAgent ?? ''}>
                  {row.ip ?? '—'}
                </td>
                <td style={cell}>
                  <Button buttonStyle="secondary" size="small" onClick={() => void end(row)}>
                    {tr('formwork:endSession')}
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
