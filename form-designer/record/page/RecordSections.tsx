'use client'
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { RELATABLE } from '../../../src/fields/relatedTo'
import type { EntityDescription } from '../../../src/workspace/describeEntity'
import { api } from '../../lists/api'
import { ActivityTimeline, formatTime } from './ActivityTimeline'
import { Attachments } from './Attachments'
import { AuditHistory } from './AuditHistory'
import { FollowUpComposer } from './FollowUpComposer'
import { PlanReview } from './PlanReview'
import styles from './page.module.css'
import { RecordActions } from './RecordActions'
import { RelatedList } from './RelatedLists'
import { relationsOf } from './relations'
import { pageTexts } from './texts'

type Props = {
  entity: EntityDescription
  id: string
  language: 'en' | 'zh'
  /** Entities the user may read, with their names. */
  readable: { slug: string; label: EntityDescription['label'] }[]
  titleFields: Record<string, string>
  labels: { activityTypes: Record<string, string>; auditActions: Record<string, string> }
  pool: boolean
  onChanged: () => void
  /**
   * The form, given the actions bar to show above its fields, the values the server moved since, and
   * what to call when something on it logged an activity (an email sent) so the timeline shows it.
   */
  form: (actions: ReactNode, live: Record<string, unknown> | undefined, onLogged: () => void) => ReactNode
}
type Tab = 'related' | 'attachments' | 'history'

/** The record page's layout around the form: actions, the activity column and the tabs below. */
export function RecordSections({ entity, id, language, readable, titleFields, labels, pool, onChanged, form }: Props) {
  const t = useMemo(() => pageTexts(language), [language])
  const relations = relationsOf(
    entity.slug,
    readable.map((e) => e.slug),
  )
  // Activities and documents hang only on the records `relatedTo` reaches (customers, deals, documents…):
  // elsewhere (products, FAQs, plans) there is no timeline to show nor a file to attach.
  const relatable = (RELATABLE as readonly string[]).includes(entity.slug)
  const [tab, setTab] = useState<Tab>(relations.length > 0 ? 'related' : relatable ? 'attachments' : 'history')
  const [logged, setLogged] = useState(0)
  const [lastFollowUp, setLastFollowUp] = useState<string | null | undefined>(undefined)
  const followsUp = entity.fields.some((f) => f.name === 'lastFollowUpAt')
  const entityLabel = (slug: string) => {
    const plural = readable.find((e) => e.slug === slug)?.label.plural
    return plural?.[language] ?? plural?.en ?? slug
  }

  const loadLastFollowUp = useCallback(async () => {
    if (!followsUp) return
    const { status, body } = await api(`/${entity.slug}/${id}?depth=0&select[lastFollowUpAt]=true`)
    if (status === 200) setLastFollowUp(body.lastFollowUpAt ?? null)
  }, [entity.slug, id, followsUp])
  useEffect(() => {
    loadLastFollowUp()
  }, [loadLastFollowUp, logged])

  // Only once something was logged here: the form shows what it loaded until then.
  const live = useMemo(() => (logged > 0 && lastFollowUp ? { lastFollowUpAt: lastFollowUp } : undefined), [logged, lastFollowUp])
  const fieldLabels = Object.fromEntries(entity.fields.map((f) => [f.name, f.label[language] ?? f.label.en ?? f.name]))
  const tabs: { key: Tab; label: string }[] = [
    ...(relations.length > 0 ? [{ key: 'related' as const, label: t('related') }] : []),
    ...(relatable ? [{ key: 'attachments' as const, label: t('attachments') }] : []),
    { key: 'history', label: t('history') },
  ]
  return (
    <div className={relatable ? styles.layout : styles.layoutSingle}>
      <div className={styles.main}>
        {form(
          <>
            <RecordActions
              entity={entity.slug}
              id={id}
              t={t}
              pool={pool}
              shareable={entity.fields.some((f) => f.name === 'sharedWith')}
              onChanged={onChanged}
            />
            {entity.slug === 'work-plans' ? (
              <PlanReview id={id} t={t} statusLabels={optionLabels(entity, 'status', language)} onChanged={onChanged} />
            ) : null}
          </>,
          live,
          () => setLogged((n) => n + 1),
        )}
        <section className={styles.card}>
          <div className={styles.tabs} role="tablist">
            {tabs.map((x) => (
              <button
                key={x.key}
                type="button"
                role="tab"
                id={`record-tab-${x.key}`}
                aria-selected={tab === x.key}
                aria-controls={`record-panel-${x.key}`}
                className={tab === x.key ? styles.tabActive : styles.tab}
                onClick={() => setTab(x.key)}
              >
                {x.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`record-panel-${tab}`} aria-labelledby={`record-tab-${tab}`}>
            {tab === 'related'
              ? relations.map((r) => (
                  <RelatedList
                    key={`${r.entity}.${r.field}`}
                    relation={r}
                    id={id}
                    title={entityLabel(r.entity)}
                    titleField={titleFields[r.entity] ?? 'id'}
                    t={t}
                  />
                ))
              : null}
            {tab === 'attachments' ? <Attachments entity={entity.slug} id={id} language={language} t={t} /> : null}
            {tab === 'history' ? (
              <AuditHistory
                entity={entity.slug}
                id={id}
                language={language}
                t={t}
                fieldLabels={fieldLabels}
                actionLabels={labels.auditActions}
              />
            ) : null}
          </div>
        </section>
      </div>
      {relatable ? (
        <aside className={styles.side} aria-label={t('timeline')}>
          <section className={styles.card}>
            <h2 className={styles.cardTitle}>
              <span>{t('timeline')}</span>
              {followsUp && lastFollowUp !== undefined ? (
                <span className={styles.muted} data-testid="last-follow-up">
                  {lastFollowUp ? t('lastFollowUp', { at: formatTime(lastFollowUp, language) }) : t('neverFollowedUp')}
                </span>
              ) : null}
            </h2>
            <FollowUpComposer entity={entity.slug} id={id} t={t} onLogged={() => setLogged((n) => n + 1)} />
          </section>
          <section className={styles.card}>
            <ActivityTimeline
              entity={entity.slug}
              id={id}
              language={language}
              t={t}
              version={logged}
              typeLabels={labels.activityTypes}
            />
          </section>
        </aside>
      ) : null}
    </div>
  )
}

/** A select field's option labels in the page's language, by value. */
const optionLabels = (entity: EntityDescription, field: string, language: 'en' | 'zh') =>
  Object.fromEntries(
    (entity.fields.find((f) => f.name === field)?.options ?? []).map((o) => [
      o.value,
      o.label[language] ?? o.label.en ?? o.value,
    ]),
  )
