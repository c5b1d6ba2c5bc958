'use client'
import { useConfig, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { MatchResult } from '../../duplicates/findMatches'
import { type DuplicateCollection, MATCH_KEYS } from '../../duplicates/matchKeys'
import { toLanguage } from '../../i18n/language'

/** How long typing pauses before the check runs, so one check follows a word, not every key. */
const DEBOUNCE_MS = 400

const box = {
  margin: '0 0 var(--base)',
  padding: '10px 14px',
  border: '1px solid var(--theme-warning-500)',
  borderRadius: 4,
  background: 'var(--theme-warning-100)',
}

/**
 * "Possible duplicates" above the form: the draft's name, phone and email are checked against the
 * tenant's records while the user types, with links to those they may open. Under a `block` policy
 * a new record offers "create anyway" (the `confirmDuplicate` flag the server checks).
 */
export function DuplicateWarning({ collection }: { collection: DuplicateCollection }) {
  const { i18n, t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const lang = toLanguage(i18n.language)
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const watched = [...new Set(MATCH_KEYS[collection].flatMap((k) => k.fields))]
  const draft = useFormFields(([fields]) => JSON.stringify(watched.map((name) => fields[name]?.value ?? null)))
  const confirm = useField<boolean>({ path: 'confirmDuplicate' })
  const [result, setResult] = useState<MatchResult | null>(null)

  useEffect(() => {
    const values = JSON.parse(draft) as unknown[]
    const body = Object.fromEntries(watched.map((name, i) => [name, values[i]]))
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`${config.serverURL}${config.routes.api}/${collection}/duplicates/check`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...body, id: id ?? null }),
          signal: controller.signal,
        })
        if (res.ok) setResult((await res.json()) as MatchResult)
      } catch {
        // Aborted by the next keystroke, or offline: the server still checks on save.
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [draft, id, collection, config.serverURL, config.routes.api])

  if (!result || result.matches.length + result.hidden.count === 0) return null
  const keyNames = (keys: string[]) =>
    keys
      .map((key) => MATCH_KEYS[collection].find((k) => k.key === key)?.label[lang] ?? key)
      // Mid-sentence in English ("same name, phone"); Chinese has no case.
      .map((name) => (lang === 'en' ? name.toLowerCase() : name))
      .join(lang === 'zh' ? '、' : ', ')
  return (
    <div role="status" data-testid="duplicate-warning" style={box}>
      <strong>{tr('formwork:possibleDuplicates')}</strong>
      <ul style={{ margin: '6px 0 0', paddingLeft: 20 }}>
        {result.matches.map((match) => (
          <li key={String(match.id)}>
            <a href={`${config.routes.admin}/collections/${collection}/${match.id}`}>{match.title}</a>
            {' · '}
            {tr('formwork:duplicateMatchedBy', { keys: keyNames(match.keys) })}
            {match.inPool ? ` · ${tr('formwork:duplicateInPool')}` : null}
          </li>
        ))}
        {result.hidden.count > 0 ? (
          <li>{tr('formwork:duplicateHidden', { count: result.hidden.count, keys: keyNames(result.hidden.keys) })}</li>
        ) : null}
      </ul>
      {result.policy === 'block' && !id ? (
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 8 }}>
          <input type="checkbox" checked={Boolean(confirm.value)} onChange={(e) => confirm.setValue(e.target.checked)} />
          {tr('formwork:duplicateConfirmHint')}
        </label>
      ) : null}
    </div>
  )
}
