'use client'
import { Button, useStepNav, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { formatDateTime } from '../../i18n/format'
import { toLanguage } from '../../i18n/language'
import { Pager } from '../Pager'
import { usePagedList } from '../usePagedList'

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

const cell = { padding: '8px 12px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

export function SessionsTable() {
  const { i18n, t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const lang = toLanguage(i18n.language)
  const { setStepNav } = useStepNav()
  useEffect(() => setStepNav([{ label: tr('formwork:sessions') }]), [setStepNav, tr])
  const { data, error, page, setPage, reload } = usePagedList<Row>('/api/users/sessions')

  const end = async (row: Row) => {
    await fetch(`/api/users/${row.userId}/sessions/${row.sessionId}`, { method: 'DELETE', credentials: 'include' })
    await reload()
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
      {data ? <Pager page={page} totalPages={data.totalPages} onPage={setPage} /> : null}
    </div>
  )
}
