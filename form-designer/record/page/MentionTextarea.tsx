'use client'
import { useEffect, useRef, useState } from 'react'
import { mentionMarker } from '../../../src/followUps/mentions'
import { api } from '../../lists/api'
import { toSearchParams } from '../../model/list'
import styles from './page.module.css'

type Props = { id: string; label: string; value: string; onChange: (value: string) => void }
type Colleague = { id: string | number; name?: string; email: string }

/** The `@word` being typed just before the caret, if any. */
const typedMention = (text: string, caret: number) => text.slice(0, caret).match(/(^|\s)@([^\s@[\]()]{0,20})$/)

/**
 * A textarea where `@` suggests colleagues of the tenant (the users API shows only them); picking one
 * inserts a `@[name](user:id)` marker, which the server turns into a notification.
 */
export function MentionTextarea({ id, label, value, onChange }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const [query, setQuery] = useState<string | null>(null)
  const [options, setOptions] = useState<Colleague[]>([])
  const [active, setActive] = useState(0)

  useEffect(() => {
    if (query == null) return setOptions([])
    let live = true
    const where = query ? { or: [{ name: { like: query } }, { email: { like: query } }] } : {}
    const timer = setTimeout(async () => {
      const { status, body } = await api(`/users?${toSearchParams({ where, limit: 6, depth: 0, sort: 'name' })}`)
      if (live && status === 200) {
        setOptions(body.docs)
        setActive(0)
      }
    }, 120)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query])

  const track = (text: string, caret: number) => {
    const match = typedMention(text, caret)
    setQuery(match ? match[2] : null)
  }
  const pick = (colleague: Colleague) => {
    const area = ref.current
    const caret = area?.selectionStart ?? value.length
    const match = typedMention(value, caret)
    if (!match) return
    const start = caret - match[2].length - 1
    const marker = `${mentionMarker(colleague.name ?? colleague.email, colleague.id)} `
    const next = value.slice(0, start) + marker + value.slice(caret)
    onChange(next)
    setQuery(null)
    requestAnimationFrame(() => {
      area?.focus()
      area?.setSelectionRange(start + marker.length, start + marker.length)
    })
  }

  const open = query != null && options.length > 0
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        rows={3}
        className={styles.input}
        value={value}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-mentions`}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-mention-${active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value)
          track(e.target.value, e.target.selectionStart)
        }}
        onKeyDown={(e) => {
          if (!open) return
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length)
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault()
            pick(options[active])
          } else if (e.key === 'Escape') setQuery(null)
        }}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      {open ? (
        <div id={`${id}-mentions`} role="listbox" className={styles.suggestions}>
          {options.map((o, i) => (
            <div
              key={o.id}
              id={`${id}-mention-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? styles.suggestionActive : styles.suggestion}
              onMouseDown={(e) => {
                e.preventDefault()
                pick(o)
              }}
            >
              {o.name ?? o.email} <span className={styles.muted}>{o.email}</span>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
