'use client'
import { Button, useConfig, useListQuery, useTableColumns, useTranslation } from '@payloadcms/ui'
import { exportUrl } from './exportUrl'

// Table columns that are not data (selection, drag handle) or are exported by key (custom).
const SKIP = new Set(['_select', '_dragHandle', 'custom'])

/** "Export CSV / Excel" above every business list: the rows, columns, filters and sort on screen. */
export function ListExportButtons() {
  const { t } = useTranslation()
  const tr = t as (key: string) => string
  const { collectionSlug, query } = useListQuery()
  const { columns } = useTableColumns()
  const { config } = useConfig()
  const useAsTitle = config.collections.find((c) => c.slug === collectionSlug)?.admin?.useAsTitle
  const active = columns.filter((c) => c.active && !SKIP.has(c.accessor)).map((c) => c.accessor)
  // The list's search box filters on the title field; the export does the same.
  const search = typeof query.search === 'string' && query.search && useAsTitle ? { [useAsTitle]: { like: query.search } } : null
  const where = search ? (query.where ? { and: [query.where, search] } : search) : query.where
  const href = (format: 'csv' | 'xlsx') => exportUrl(collectionSlug, format, { columns: active, where, sort: query.sort })
  return (
    <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginBottom: 8 }}>
      <Button buttonStyle="secondary" size="small" el="anchor" url={href('csv')} newTab={false}>
        {tr('formwork:exportCsv')}
      </Button>
      <Button buttonStyle="secondary" size="small" el="anchor" url={href('xlsx')} newTab={false}>
        {tr('formwork:exportXlsx')}
      </Button>
    </div>
  )
}
