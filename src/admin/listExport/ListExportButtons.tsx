'use client'
import { Button, useConfig, useListQuery, useTableColumns, useTranslation } from '@payloadcms/ui'
import { DIRECT_EXPORT_LIMIT } from '../../../form-designer/lists/export/ListExportMenu'
import { useExportJob } from '../../../form-designer/lists/export/useExportJob'
import { exportUrl } from '../../exports/exportUrl'

// Table columns that are not data (selection, drag handle) or are exported by key (custom).
const SKIP = new Set(['_select', '_dragHandle', 'custom'])

/**
 * "Export CSV / Excel" above every business list: the rows, columns, filters and sort on screen. A list
 * longer than one download is written by the jobs queue, with its progress and a link when ready.
 */
export function ListExportButtons() {
  const { t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const { collectionSlug, query, data } = useListQuery()
  const { columns } = useTableColumns()
  const { config } = useConfig()
  const { job, problem, start, cancel, fileHref } = useExportJob(collectionSlug)
  const useAsTitle = config.collections.find((c) => c.slug === collectionSlug)?.admin?.useAsTitle
  const active = columns.filter((c) => c.active && !SKIP.has(c.accessor)).map((c) => c.accessor)
  // The list's search box filters on the title field; the export does the same.
  const search = typeof query.search === 'string' && query.search && useAsTitle ? { [useAsTitle]: { like: query.search } } : null
  const where = search ? (query.where ? { and: [query.where, search] } : search) : query.where
  const large = (data?.totalDocs ?? 0) > DIRECT_EXPORT_LIMIT
  const busy = job != null && (job.status === 'queued' || job.status === 'running')
  const button = (format: 'csv' | 'xlsx', label: string) =>
    large ? (
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy}
        onClick={() => start({ format, columns: active, where, sort: query.sort })}
      >
        {label}
      </Button>
    ) : (
      <Button
        buttonStyle="secondary"
        size="small"
        el="anchor"
        url={exportUrl(collectionSlug, format, { columns: active, where, sort: query.sort })}
        newTab={false}
      >
        {label}
      </Button>
    )
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'flex-end', alignItems: 'center', marginBottom: 8 }}>
      <span role="status" aria-live="polite" style={{ marginRight: 'auto' }}>
        {problem ? tr('formwork:exportFailed', { reason: problem }) : null}
        {busy && job ? (
          <>
            <progress value={job.done} max={Math.max(job.total, 1)} />{' '}
            {tr('formwork:exportProgress', { done: job.done, total: job.total })}{' '}
            <Button buttonStyle="secondary" size="small" onClick={cancel}>
              {tr('formwork:exportCancel')}
            </Button>
          </>
        ) : null}
        {job?.status === 'done' && fileHref ? (
          <a href={fileHref} download>
            {tr('formwork:exportReady', { total: job.done })}
          </a>
        ) : null}
        {job?.status === 'failed' ? tr('formwork:exportFailed', { reason: job.error ?? '' }) : null}
      </span>
      {button('csv', tr('formwork:exportCsv'))}
      {button('xlsx', tr('formwork:exportXlsx'))}
    </div>
  )
}
