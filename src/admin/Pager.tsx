'use client'
import { Button, useTranslation } from '@payloadcms/ui'

/** Previous / next for our paged lists; hidden when everything fits on one page. */
export function Pager({ page, totalPages, onPage }: { page: number; totalPages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  if (totalPages <= 1) return null
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginTop: 16 }}>
      <Button buttonStyle="secondary" size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {tr('formwork:previous')}
      </Button>
      <span>{tr('formwork:pageOf', { page, pages: totalPages })}</span>
      <Button buttonStyle="secondary" size="small" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
        {tr('formwork:next')}
      </Button>
    </div>
  )
}
