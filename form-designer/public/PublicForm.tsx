'use client'
import { useEffect, useMemo, useRef, useState } from 'react'
import { publicFormTabs } from '../../src/publicForms/publicFormTabs'
import type { PublicFormDefinition } from '../../src/publicForms/types'
import { problemsOf } from '../lists/api'
import { errorsByField, missingRequired } from '../model/form'
import { editableValues } from '../record/editableValues'
import { FormRenderer } from '../renderer/FormRenderer'
import { LanguageSwitch } from './LanguageSwitch'
import styles from './public.module.css'
import { publicTexts } from './texts'

type Language = 'en' | 'zh'
type Values = Record<string, unknown>

type Props = { definition: PublicFormDefinition; language: Language }

const htmlLang = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en')
const pick = (labels: { en?: string; zh?: string }, language: Language) =>
  labels[language] || labels[language === 'zh' ? 'en' : 'zh'] || ''

/** What a new submission starts with: the base fields' static defaults (a request's type, say). */
function initialValues(definition: PublicFormDefinition): Values {
  const values: Values = { custom: {} }
  for (const field of definition.baseFields) if (field.defaultValue !== undefined) values[field.name] = field.defaultValue
  return values
}

/**
 * A public form as visitors meet it: the designed fields drawn by the one renderer, the rules applied
 * as they type, required fields checked before sending and the server's refusals shown next to their
 * fields (announced to screen readers), a language switch that keeps what was typed, and a hidden
 * honeypot. A success goes to the thank-you page (or the admin's address).
 */
export function PublicForm({ definition, language: initial }: Props) {
  const [language, setLanguage] = useState<Language>(initial)
  const [values, setValues] = useState<Values>(() => initialValues(definition))
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [notice, setNotice] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [trap, setTrap] = useState('')
  const formRef = useRef<HTMLFormElement>(null)
  const t = useMemo(() => publicTexts(language), [language])
  const tabs = useMemo(() => publicFormTabs(definition, values, language), [definition, values, language])
  const base = `/forms/${definition.tenant.slug}/${definition.form.slug}`

  useEffect(() => {
    document.documentElement.lang = htmlLang(language)
    document.title = `${pick(definition.form.title, language)} · ${definition.tenant.name}`
  }, [language, definition])

  const switchLanguage = (next: Language) => {
    setLanguage(next)
    // Messages already shown were in the other language: the next check says them again in this one.
    setErrors({})
    setNotice(null)
    const url = new URL(window.location.href)
    url.searchParams.set('lang', next)
    window.history.replaceState(null, '', url.pathname + url.search)
  }

  const focusFirst = (fields: string[]) =>
    requestAnimationFrame(() => {
      const holder = fields.map((f) => formRef.current?.querySelector(`[data-field="${f}"]`)).find(Boolean)
      holder?.querySelector<HTMLElement>('input, select, textarea, button')?.focus()
    })

  const send = async () => {
    const missing = missingRequired(tabs, values)
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((f) => [f, [t('required')]])))
      setNotice(t('fix'))
      return focusFirst(missing)
    }
    setSending(true)
    setNotice(null)
    const body = { values: editableValues(tabs, values, { omitEmpty: true }), [definition.honeypot]: trap }
    let res: Response
    try {
      res = await fetch(`/api${base}?lang=${language}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify(body),
      })
    } catch {
      setSending(false)
      return setNotice(t('offline'))
    }
    const answer = await res.json().catch(() => null)
    if (res.status === 201) return window.location.assign(answer?.redirect || `${base}/thanks?lang=${language}`)
    setSending(false)
    const problems = problemsOf(answer)
    const byField = errorsByField(problems.fields)
    const shown = new Set(tabs.flatMap((tab) => tab.sections.flatMap((s) => s.fields.map((f) => f.field))))
    const elsewhere = Object.entries(byField).filter(([field]) => !shown.has(field))
    setErrors(byField)
    setNotice(
      [answer?.errors?.[0]?.message ?? t('failed'), ...elsewhere.flatMap(([, messages]) => messages)]
        .filter((m, i, all) => all.indexOf(m) === i)
        .join(' '),
    )
    focusFirst(Object.keys(byField))
  }

  const intro = pick(definition.form.intro, language)
  return (
    <main className={styles.page} lang={htmlLang(language)}>
      <div className={styles.top}>
        <span className={styles.company}>{definition.tenant.name}</span>
        <LanguageSwitch language={language} label={t('language')} onChange={switchLanguage} />
      </div>
      <h1 id="form-title" className={styles.title}>
        {pick(definition.form.title, language)}
      </h1>
      {intro ? (
        <p id="form-intro" className={styles.intro}>
          {intro}
        </p>
      ) : null}
      <form
        ref={formRef}
        className={styles.form}
        noValidate
        aria-labelledby="form-title"
        aria-describedby={intro ? 'form-intro' : undefined}
        onSubmit={(e) => {
          e.preventDefault()
          send()
        }}
      >
        <p className={styles.hint}>{t('requiredHint')}</p>
        <div className={styles.live} aria-live="assertive">
          {notice ? (
            <p className={styles.problem} role="alert">
              {notice}
            </p>
          ) : null}
        </div>
        <FormRenderer
          tabs={tabs}
          record={values}
          language={language}
          errors={errors}
          idPrefix="public"
          onChange={(field, value) => {
            setValues((current) =>
              field.startsWith('custom.')
                ? { ...current, custom: { ...(current.custom as Values), [field.slice(7)]: value ?? null } }
                : { ...current, [field]: value },
            )
            setErrors(({ [field]: _, ...rest }) => rest)
          }}
        />
        <div className={styles.trap} aria-hidden="true">
          <label htmlFor="public-trap">{t('honeypot')}</label>
          <input
            id="public-trap"
            name={definition.honeypot}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={trap}
            onChange={(e) => setTrap(e.target.value)}
          />
        </div>
        <button type="submit" className={styles.submit} disabled={sending}>
          {sending ? t('sending') : t('submit')}
        </button>
      </form>
    </main>
  )
}
