'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Option = { id: string | number; title: string }
type Props = {
  entity: string | undefined
  value: string | number | null
  onChange: (id: string | number | null) => void
  tr: (key: string) => string
}

/** Picks a record of the template's collection to preview with: the latest ones, or a search by title. */
export function RecordPicker({ entity, value, onChange, tr }: Props) {
  const { config } = useConfig()
  const [search, setSearch] = useState('')
  const [options, setOptions] = useState<Option[] | null>(null)
  const useAsTitle = config.collections.find((c) => c.slug === entity)?.admin?.useAsTitle ?? 'id'

  useEffect(() => {
    if (!entity) return
    const controller = new AbortController()
    const params = new URLSearchParams({ limit: '20', depth: '0', sort: '-updatedAt' })
    if (search.trim() && useAsTitle !== 'id') params.set(`where[${useAsTitle}][like]`, search.trim())
    const timer = setTimeout(() => {
      fetch(`/api/${entity}?${params}`, { credentials: 'include', signal: controller.signal })
        .then((res) => (res.ok ? res.json() : { docs: [] }))
        .then((body: { docs: Record<string, unknown>[] }) => {
          const found = body.docs.map((d) => ({ id: d.id as string | number, title: String(d[useAsTitle] || `#${d.id}`) }))
          setOptions(found)
          if (value == null && found[0]) onChange(found[0].id)
        })
        .catch(() => undefined)
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [entity, search, useAsTitle, value, onChange])

  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <span>{tr('formwork:templatePreviewRecord')}</span>
      <input
        type="search"
        value={search}
        placeholder={tr('formwork:templatePreviewSearch')}
        onChange={(event) => setSearch(event.target.value)}
        style={{ padding: '4px 8px', minWidth: 160 }}
      />
      <select
        data-testid="template-preview-record"
        value={value == null ? '' : String(value)}
        onChange={(event) => {
          const picked = options?.find((o) => String(o.id) === event.target.value)
          onChange(picked ? picked.id : null)
        }}
        style={{ padding: '4px 8px', minWidth: 200 }}
      >
        <option value="">—</option>
        {(options ?? []).map((o) => (
          <option key={String(o.id)} value={String(o.id)}>
            {o.title}
          </option>
        ))}
      </select>
      {options && options.length === 0 ? <span style={{ opacity: 0.7 }}>{tr('formwork:templatePreviewNoRecords')}</span> : null}
    </div>
  )
}
