'use client'
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react'
import { defaultLayout } from '../../src/customFields/layout/defaultLayout'
import type { EntityDescription } from '../../src/workspace/describeEntity'
import { api, problemsOf } from '../lists/api'
import { useEntityConfig } from '../lists/useEntityConfig'
import { customDefaults, errorsByField, formModel, missingRequired } from '../model/form'
import { FormRenderer } from '../renderer/FormRenderer'
import { changedFields, editableValues } from './editableValues'
import { RecordValues } from './RecordValues'
import styles from './record.module.css'
import { recordTexts } from './texts'
import { type UnsavedDraft, unsavedDraft } from './unsavedDraft'

type Values = Record<string, unknown>
const NONE = {}
type Props = {
  entity: EntityDescription
  /** The record to edit; none for a new one. */
  id?: string
  language: 'en' | 'zh'
  /** Where to go after creating: the new record's page. */
  onCreated: (id: string | number) => void
  listHref: string
  /** Shown between the title and the fields (the workflow's stage bar). */
  beforeFields?: ReactNode
  /** Base fields the form shows but never edits (the stage, which only transitions change), with their labelled values. */
  lockedFields?: Record<string, { value: string; label: string }[]>
  /** A new record's starting values (a copy of another), over the defaults. */
  initialValues?: Values
  /** Read-only values the server moved since loading (the last follow-up time), shown without a reload. */
  liveValues?: Values
}

/**
 * A record's page in the workspace: the designed form of base and custom fields, saved through the REST
 * API. Client checks (required) and the server's 400 appear next to their fields; a save based on an
 * outdated version is refused by the server (409) and says what changed since.
 */
export function RecordForm({
  entity,
  id,
  language,
  onCreated,
  listHref,
  beforeFields,
  lockedFields = NONE,
  initialValues,
  liveValues,
}: Props) {
  const t = useMemo(() => recordTexts(language), [language])
  const config = useEntityConfig(entity, language)
  const [record, setRecord] = useState<Values | null>(() =>
    id
      ? null
      : {
          ...Object.fromEntries(entity.fields.flatMap((f) => (f.defaultValue === undefined ? [] : [[f.name, f.defaultValue]]))),
          ...initialValues,
          custom: (initialValues?.custom as Values | undefined) ?? {},
        },
  )
  const [loaded, setLoaded] = useState<Values | null>(null)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [problems, setProblems] = useState<{ path?: string; message: string }[]>([])
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [stale, setStale] = useState<Values | null>(null)
  const [saving, setSaving] = useState(false)
  const [lostAccess, setLostAccess] = useState<'access' | 'session' | null>(null)
  const [draft, setDraft] = useState<UnsavedDraft | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  // Just created (the new-record page came here): say so once, and drop the marker from the address.
  useEffect(() => {
    const url = new URL(window.location.href)
    if (!url.searchParams.has('created')) return
    setNotice({ kind: 'ok', text: t('saved') })
    url.searchParams.delete('created')
    window.history.replaceState(null, '', url.pathname + url.search)
  }, [t])

  // A new record starts with the designed defaults, once the published schema is known; what the user
  // already typed wins.
  useEffect(() => {
    if (id || !config) return
    const defaults = customDefaults(config.schema)
    if (Object.keys(defaults).length === 0) return
    setRecord((r) => (r ? { ...r, custom: { ...defaults, ...(r.custom as Values) } } : r))
  }, [id, config])

  // A new record's form offers back what could not be created before (the user lost the right to).
  useEffect(() => {
    if (!id) setDraft(unsavedDraft.read(entity.slug, undefined))
  }, [id, entity.slug])

  useEffect(() => {
    if (!id) return
    api(`/${entity.slug}/${id}?depth=0`).then(({ status, body }) => {
      if (status !== 200) return setNotice({ kind: 'error', text: t('notFound') })
      setRecord({ ...body, custom: body.custom ?? {} })
      setLoaded(body)
      setDraft(unsavedDraft.read(entity.slug, id))
    })
  }, [id, entity.slug, t])

  const tabs = useMemo(() => {
    if (!config || !record) return []
    return formModel({
      schema: config.schema,
      layout: config.layout ?? defaultLayout(entity.fields, config.schema),
      record,
      language,
      baseFields: entity.fields.map((f) =>
        lockedFields[f.name]
          ? {
              ...f,
              readOnly: true,
              options: lockedFields[f.name].map((o) => ({ value: o.value, label: { en: o.label, zh: o.label } })),
            }
          : f,
      ),
      accessOf: config.access,
      dictionaryOptions: config.dictionaryOptions,
    })
  }, [config, record, entity.fields, language, lockedFields])

  useEffect(() => {
    if (liveValues) setRecord((r) => (r ? { ...r, ...liveValues } : r))
  }, [liveValues])

  const focusFirstError = (fields: string[]) =>
    requestAnimationFrame(() => {
      if (!fields[0]) return
      const holder = formRef.current?.querySelector(`[data-field="${fields[0]}"]`)
      holder?.querySelector<HTMLElement>('input, select, textarea, fieldset')?.focus()
    })

  const save = async () => {
    if (!record) return
    const missing = missingRequired(tabs, record)
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((f) => [f, [t('required')]])))
      setNotice({ kind: 'error', text: t('fix') })
      return focusFirstError(missing)
    }
    setSaving(true)
    setNotice(null)
    const body = JSON.stringify(editableValues(tabs, record, { omitEmpty: !id }))
    const res = id
      ? await api(`/${entity.slug}/${id}?depth=0`, {
          method: 'PATCH',
          body,
          headers: loaded?.updatedAt ? { 'if-match': String(loaded.updatedAt) } : {},
        })
      : await api(`/${entity.slug}?depth=0`, { method: 'POST', body })
    setSaving(false)
    if (res.status === 200 || res.status === 201) {
      const doc = res.body?.doc ?? res.body
      setErrors({})
      setProblems([])
      setLostAccess(null)
      unsavedDraft.clear(entity.slug, id)
      if (!id) return onCreated(doc.id)
      setRecord({ ...doc, custom: doc.custom ?? {} })
      setLoaded(doc)
      return setNotice({ kind: 'ok', text: t('saved') })
    }
    if (res.status === 409) {
      const current = res.body?.errors?.[0]?.data?.current as Values | undefined
      if (current && loaded) {
        setStale(current)
        return setNotice({ kind: 'error', text: t('stale', { fields: changedFields(loaded, current).join(', ') }) })
      }
    }
    // Refused for who the user is now, not for what they typed: keep every value, here and on the device.
    if (res.status === 401 || res.status === 403 || (id && res.status === 404)) {
      unsavedDraft.keep(entity.slug, id, record)
      setLostAccess(res.status === 401 ? 'session' : 'access')
      return setNotice({ kind: 'error', text: t(res.status === 401 ? 'sessionEnded' : 'lostAccess') })
    }
    const problems = problemsOf(res.body)
    const byField = errorsByField(problems.fields)
    setErrors(byField)
    setProblems(problems.fields)
    setNotice({
      kind: 'error',
      text: problems.general.length > 0 ? t('failed', { reason: problems.general.join(' ') }) : t('fix'),
    })
    focusFirstError(Object.keys(byField))
  }

  const remove = async () => {
    if (!id || !window.confirm(t('confirmDelete'))) return
    const res = await api(`/${entity.slug}/${id}`, { method: 'DELETE' })
    if (res.status === 200) window.location.assign(listHref)
    else setNotice({ kind: 'error', text: t('failed', { reason: problemsOf(res.body).general.join(' ') }) })
  }

  const singular = entity.label.singular[language] ?? entity.slug
  const title = id
    ? String(record?.[entity.titleField] ?? loaded?.[entity.titleField] ?? `#${id}`)
    : t('newRecord', { entity: singular })
  return (
    <form
      ref={formRef}
      className={styles.page}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <header className={styles.header}>
        <div>
          <div className={styles.kicker}>{singular}</div>
          <h1 className={styles.title}>{title}</h1>
        </div>
        <div className={styles.actions}>
          <a href={listHref} className={styles.secondary}>
            {t('cancel')}
          </a>
          {id ? (
            <button type="button" className={styles.secondary} onClick={remove}>
              {t('delete')}
            </button>
          ) : null}
          <button type="submit" className={styles.primary} disabled={saving || !record || !config}>
            {saving ? t('saving') : t('save')}
          </button>
        </div>
      </header>
      {beforeFields}
      <div role="status" aria-live="polite" className={styles.live}>
        {notice ? (
          <p className={notice.kind === 'ok' ? styles.ok : styles.problem} role={notice.kind === 'error' ? 'alert' : undefined}>
            {notice.text}
            {stale ? (
              <button
                type="button"
                className={styles.link}
                onClick={() => {
                  setRecord({ ...stale, custom: stale.custom ?? {} })
                  setLoaded(stale)
                  setStale(null)
                  setNotice(null)
                }}
              >
                {t('reload')}
              </button>
            ) : null}
            {lostAccess === 'session' ? (
              <a className={styles.link} href={`/app/login?next=${encodeURIComponent(listHref)}`} target="_blank" rel="noopener">
                {t('signIn')}
              </a>
            ) : null}
          </p>
        ) : null}
        {draft ? (
          <p className={styles.problem} data-unsaved-draft>
            {t('draftFound', { time: new Date(draft.savedAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB') })}
            <button
              type="button"
              className={styles.link}
              onClick={() => {
                setRecord((r) => ({ ...r, ...draft.values }))
                setDraft(null)
              }}
            >
              {t('restoreDraft')}
            </button>
            <button
              type="button"
              className={styles.link}
              onClick={() => {
                unsavedDraft.clear(entity.slug, id)
                setDraft(null)
              }}
            >
              {t('discardDraft')}
            </button>
          </p>
        ) : null}
      </div>
      {!config || !record ? (
        notice ? null : (
          <p>{t('loading')}</p>
        )
      ) : (
        <RecordValues.Provider value={{ record, problems }}>
          <FormRenderer
            tabs={tabs}
            record={record}
            language={language}
            errors={errors}
            idPrefix="record"
            onChange={(field, value) => {
              setRecord((r) => {
                const current = r ?? {}
                if (!field.startsWith('custom.')) return { ...current, [field]: value }
                return { ...current, custom: { ...(current.custom as Values), [field.slice(7)]: value ?? null } }
              })
              setErrors(({ [field]: _, ...rest }) => rest)
            }}
          />
        </RecordValues.Provider>
      )}
    </form>
  )
}
