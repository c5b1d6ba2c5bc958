'use client'
import { createContext, useContext, useEffect, useId, useState } from 'react'
import styles from '../renderer.module.css'
import type { WidgetProps } from './types'

/** The field that names a record of each collection (`useAsTitle`), given by the host page. */
export const TitleFields = createContext<Record<string, string>>({})

/** A record offered by the picker; `detail` is a second line (a code, a category), `record` what the search read. */
export type Found = { id: string | number; title: string; detail?: string; record?: Record<string, unknown> }
const idOf = (v: unknown) => (v != null && typeof v === 'object' ? (v as { id: string | number }).id : (v as string | number))

async function search(collection: string, titleField: string, text: string): Promise<Found[]> {
  const params = new URLSearchParams({ limit: '10', depth: '0', [`select[${titleField}]`]: 'true' })
  if (text) params.set(`where[${titleField}][like]`, text)
  const res = await fetch(`/api/${collection}?${params}`, { credentials: 'include' })
  if (!res.ok) return []
  const body = await res.json()
  return (body.docs ?? []).map((d: Record<string, unknown>) => ({ id: d.id as string, title: String(d[titleField] ?? d.id) }))
}

async function titlesOf(collection: string, titleField: string, ids: unknown[]): Promise<Found[]> {
  if (ids.length === 0) return []
  const params = new URLSearchParams({ limit: String(ids.length), depth: '0', [`select[${titleField}]`]: 'true' })
  params.set('where[id][in]', ids.join(','))
  const res = await fetch(`/api/${collection}?${params}`, { credentials: 'include' })
  const docs = res.ok ? ((await res.json()).docs ?? []) : []
  return ids.map((id) => {
    const doc = docs.find((d: { id: unknown }) => String(d.id) === String(id))
    return { id: id as string, title: doc ? String(doc[titleField] ?? id) : `#${id}` }
  })
}

/**
 * A record of another collection chosen by searching its title (a combobox), one or many. Stores ids;
 * shows titles. Only records the user may read are offered: the search goes through the REST API.
 */
export function RecordPicker(
  p: WidgetProps & {
    relationTo: string
    /** A search of the host's own (e.g. products by name, code or category); else by the title field. */
    searchWith?: (text: string) => Promise<Found[]>
    /** Told the whole record chosen, beside the id given to onChange. */
    onPick?: (item: Found) => void
  },
) {
  const titleField = useContext(TitleFields)[p.relationTo] ?? 'id'
  const listId = useId()
  const chosenIds = (Array.isArray(p.value) ? p.value : p.value == null || p.value === '' ? [] : [p.value]).map(idOf)
  const [chosen, setChosen] = useState<Found[]>([])
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [found, setFound] = useState<Found[]>([])
  const [active, setActive] = useState(0)
  const key = chosenIds.join(',')
  const searchWith = p.searchWith

  // Keyed by the ids' text: the array itself is new on every render.
  useEffect(() => {
    titlesOf(p.relationTo, titleField, key ? key.split(',') : []).then(setChosen)
  }, [key, p.relationTo, titleField])
  useEffect(() => {
    if (!open) return
    const find = searchWith ?? ((t: string) => search(p.relationTo, titleField, t))
    const timer = setTimeout(() => find(text).then(setFound), 200)
    return () => clearTimeout(timer)
  }, [open, text, p.relationTo, titleField, searchWith])

  const choose = (item: Found) => {
    if (p.hasMany) p.onChange([...chosenIds.filter((id) => String(id) !== String(item.id)), item.id])
    else p.onChange(item.id)
    p.onPick?.(item)
    setChosen((c) => (p.hasMany ? [...c, item] : [item]))
    setText('')
    setOpen(false)
  }
  const single = !p.hasMany && chosen[0] && !open
  return (
    <div className={styles.picker}>
      {p.hasMany && chosen.length > 0 ? (
        <ul className={styles.chips} aria-label={p.language === 'zh' ? '已选' : 'Chosen'}>
          {chosen.map((c) => (
            <li key={c.id} className={styles.chip}>
              {c.title}
              {p.readOnly ? null : (
                <button
                  type="button"
                  className={styles.chipRemove}
                  aria-label={`${p.language === 'zh' ? '移除' : 'Remove'} ${c.title}`}
                  onClick={() => {
                    const rest = chosenIds.filter((id) => String(id) !== String(c.id))
                    p.onChange(rest.length > 0 ? rest : null)
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={p.id}
        className={styles.input}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && found[active] ? `${listId}-${active}` : undefined}
        aria-invalid={p.invalid || undefined}
        aria-required={p.required || undefined}
        aria-describedby={p.describedBy}
        readOnly={p.readOnly}
        disabled={p.readOnly}
        placeholder={p.language === 'zh' ? '输入以搜索…' : 'Type to search…'}
        value={single ? chosen[0].title : text}
        onFocus={() => !p.readOnly && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
          setActive(0)
          if (!p.hasMany && e.target.value === '' && chosenIds.length > 0) p.onChange(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, found.length - 1))
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0))
          else if (e.key === 'Enter' && open && found[active]) {
            e.preventDefault()
            choose(found[active])
          } else if (e.key === 'Escape') setOpen(false)
        }}
      />
      {open && found.length > 0 ? (
        <div id={listId} role="listbox" className={styles.options}>
          {found.map((f, i) => (
            <div
              key={f.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? styles.optionActive : styles.option}
              onMouseDown={(e) => {
                e.preventDefault()
                choose(f)
              }}
            >
              {f.title}
              {f.detail ? <small className={styles.optionDetail}>{f.detail}</small> : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
