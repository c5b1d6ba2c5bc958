'use client'
import { useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import styles from './import.module.css'
import type { ImportText } from './texts'
import type { LookupChoice, TargetField } from './wizardModel'

const BY = ['name', 'code', 'email', 'phone', 'id'] as const
type Props = {
  t: ImportText
  language: 'en' | 'zh'
  lookups: TargetField[]
  choices: Record<string, LookupChoice>
  onChoices: (c: Record<string, LookupChoice>) => void
  duplicateRule: string
  onDuplicateRule: (r: string) => void
}

/** Step 3: how linked records are found (and other spellings pinned to a record), and what a duplicate row does. */
export function MatchingStep({ t, language, lookups, choices, onChoices, duplicateRule, onDuplicateRule }: Props) {
  const set = (path: string, choice: LookupChoice) => onChoices({ ...choices, [path]: choice })
  return (
    <section className={styles.card} aria-label={t('stepMatching')}>
      {lookups.length === 0 ? <p className={styles.note}>{t('noLookups')}</p> : null}
      {lookups.map((f) => {
        const choice = choices[f.path] ?? { by: 'name' }
        const label = f.label[language] ?? f.label.en ?? f.path
        return (
          <fieldset key={f.path} className={styles.card}>
            <legend>{label}</legend>
            <label className={styles.field}>
              {t('lookupBy', { field: label })}
              <select value={choice.by} onChange={(e) => set(f.path, { ...choice, by: e.target.value })}>
                {BY.map((b) => (
                  <option key={b} value={b}>
                    {t(`by_${b}`)}
                  </option>
                ))}
              </select>
            </label>
            <Aliases t={t} relationTo={f.relationTo as string} choice={choice} onChange={(c) => set(f.path, c)} />
          </fieldset>
        )
      })}
      <fieldset className={styles.card}>
        <legend>{t('duplicates')}</legend>
        {(['skip', 'update', 'create'] as const).map((rule) => (
          <label key={rule}>
            <input
              type="radio"
              name="duplicateRule"
              value={rule}
              checked={duplicateRule === rule}
              onChange={() => onDuplicateRule(rule)}
            />{' '}
            {t(`dup_${rule}`)}
          </label>
        ))}
      </fieldset>
    </section>
  )
}

type Hit = { id: string | number; name?: string }

/** A file's spelling of a linked record pinned to the record, chosen by searching its name. */
function Aliases({
  t,
  relationTo,
  choice,
  onChange,
}: {
  t: ImportText
  relationTo: string
  choice: LookupChoice
  onChange: (c: LookupChoice) => void
}) {
  const [spelling, setSpelling] = useState('')
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[]>([])
  const [picked, setPicked] = useState<Hit | null>(null)
  const aliases = choice.aliases ?? {}

  const search = async (q: string) => {
    setQuery(q)
    setPicked(null)
    if (q.trim().length < 1) return setHits([])
    const res = await api(`/${relationTo}?where[name][like]=${encodeURIComponent(q)}&limit=10&depth=0&select[name]=true`)
    setHits(res.status === 200 ? res.body.docs : [])
  }

  return (
    <div>
      <p className={styles.note}>{t('aliases')}</p>
      <ul>
        {Object.entries(aliases).map(([from, to]) => (
          <li key={from}>
            “{from}” → #{String(to)}{' '}
            <button
              type="button"
              className={styles.secondary}
              onClick={() => {
                const { [from]: _gone, ...rest } = aliases
                onChange({ ...choice, aliases: rest })
              }}
            >
              {t('removeAlias')}
            </button>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <label className={styles.field}>
          {t('aliasSpelling')}
          <input value={spelling} onChange={(e) => setSpelling(e.target.value)} />
        </label>
        <label className={styles.field}>
          {t('aliasRecord')}
          <input value={picked?.name ?? query} placeholder={t('aliasSearch')} onChange={(e) => search(e.target.value)} />
        </label>
        {hits.length && !picked ? (
          <select
            aria-label={t('aliasRecord')}
            size={Math.min(5, hits.length)}
            onChange={(e) => setPicked(hits.find((h) => String(h.id) === e.target.value) ?? null)}
          >
            {hits.map((h) => (
              <option key={h.id} value={String(h.id)}>
                {h.name ?? h.id}
              </option>
            ))}
          </select>
        ) : null}
        <button
          type="button"
          className={styles.secondary}
          disabled={!spelling.trim() || !picked}
          onClick={() => {
            onChange({ ...choice, aliases: { ...aliases, [spelling.trim()]: (picked as Hit).id } })
            setSpelling('')
            setQuery('')
            setPicked(null)
            setHits([])
          }}
        >
          {t('addAlias')}
        </button>
      </div>
    </div>
  )
}
