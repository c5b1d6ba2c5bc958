'use client'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { type ListColumn, type ListView, PAGE_SIZES } from '../../src/customFields/layout/types'
import type { EntityDescription } from '../../src/workspace/describeEntity'
import {
  type ListState,
  listFields,
  listQuery,
  nextSort,
  openingView,
  type QuickValue,
  quickFilters,
  quickKindOf,
  toSearchParams,
} from '../model/list'
import { relFilter } from '../record/page/relations'
import { api, problemsOf } from './api'
import { ListExportMenu } from './export/ListExportMenu'
import { KanbanBoard } from './KanbanBoard'
import { ListTable } from './ListTable'
import styles from './lists.module.css'
import { QuickFilters } from './QuickFilters'
import { type SaveViewChoice, SaveViewDialog } from './SaveViewDialog'
import { listTexts } from './texts'
import { useEntityConfig } from './useEntityConfig'

type SavedView = ListView & { savedId: string | number; scope: 'user' | 'role' | 'tenant'; isDefault?: boolean; mine: boolean }
type Props = {
  entity: EntityDescription
  language: 'en' | 'zh'
  userId: string | number
  canShareViews: boolean
  /** Titles of records of other collections (relations in cells). */
  titleFields: Record<string, string>
}

const fromUrl = (): { view: string | null; state: ListState } => {
  const params = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search)
  let quick: Record<string, QuickValue> = {}
  try {
    quick = JSON.parse(params.get('filters') ?? '{}')
  } catch {
    quick = {}
  }
  return {
    view: params.get('view'),
    state: {
      page: Number(params.get('page') ?? 1) || 1,
      sort: params.get('sort') ?? undefined,
      quick,
      search: params.get('q') ?? undefined,
    },
  }
}

/**
 * An entity's list in the workspace: the designed list views and the user's saved ones, quick filters,
 * search, sortable columns, page size and pages — or a kanban board. What the user changed is kept in
 * the address, so a reload or a shared link shows the same list.
 */
export function RecordList({ entity, language, userId, canShareViews, titleFields }: Props) {
  const t = useMemo(() => listTexts(language), [language])
  const config = useEntityConfig(entity, language)
  const [saved, setSaved] = useState<SavedView[]>([])
  const [viewId, setViewId] = useState<string | null>(() => fromUrl().view)
  const [state, setState] = useState<ListState>(() => fromUrl().state)
  const [columns, setColumns] = useState<ListColumn[] | null>(null)
  const [pageSize, setPageSize] = useState<number | null>(null)
  const [result, setResult] = useState<{ docs: Record<string, unknown>[]; totalDocs: number; totalPages: number } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [dialogOpen, setDialogOpen] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  // A record page's "view all" of a related list: `?rel=account:42`, an equality on the relation.
  const [rel, setRel] = useState(() =>
    relFilter(new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search).get('rel')),
  )

  const loadSaved = useCallback(async () => {
    const { body } = await api(
      `/saved-views?${toSearchParams({ where: { entity: { equals: entity.slug } }, limit: 100, depth: 0, sort: 'label' })}`,
    )
    setSaved(
      (body?.docs ?? []).map((d: any) => ({
        ...d.view,
        id: `saved-${d.id}`,
        label: { en: d.label, zh: d.label },
        savedId: d.id,
        scope: d.scope,
        isDefault: d.isDefault,
        mine: String(d.user) === String(userId),
        default: false,
      })),
    )
  }, [entity.slug, userId])
  useEffect(() => {
    loadSaved()
  }, [loadSaved])

  const fields = useMemo(
    () => (config ? listFields(entity.fields, config.schema, language, config.dictionaryOptions) : new Map()),
    [config, entity.fields, language],
  )
  const designed: ListView[] = useMemo(() => {
    const views = config?.listViews?.views ?? []
    if (views.length > 0) return views
    return [
      {
        id: 'all',
        label: { en: 'All', zh: '全部' },
        kind: 'table',
        columns: [entity.titleField, ...entity.fields.map((f) => f.name).filter((f) => f !== entity.titleField)]
          .slice(0, 6)
          .map((field) => ({ field })),
        pageSize: 20,
        sort: '-createdAt',
        default: true,
      },
    ]
  }, [config, entity])
  const allViews: ListView[] = useMemo(() => [...designed, ...saved], [designed, saved])
  const userDefault = saved.find((v) => v.isDefault && v.mine)?.id ?? saved.find((v) => v.isDefault)?.id
  const view = openingView(allViews, viewId, userDefault)
  const shownColumns = columns ?? view?.columns ?? []
  const effectiveView = view ? { ...view, columns: shownColumns, pageSize: pageSize ?? view.pageSize } : undefined
  // Keyed by the view's content: a new object with the same content must not refetch.
  const viewKey = effectiveView ? JSON.stringify(effectiveView) : null
  const query = useMemo(
    () =>
      viewKey
        ? listQuery(JSON.parse(viewKey) as ListView, state, {
            titleField: entity.titleField,
            quickKind: (f) => quickKindOf(fields.get(f)),
            extra: rel ? [{ [rel.field]: { equals: rel.id } }] : undefined,
          })
        : null,
    [viewKey, state, fields, entity.titleField, rel],
  )

  // The address keeps the list as the user left it.
  useEffect(() => {
    const params = new URLSearchParams()
    if (viewId) params.set('view', viewId)
    if (rel) params.set('rel', `${rel.field}:${rel.id}`)
    if (state.page > 1) params.set('page', String(state.page))
    if (state.sort) params.set('sort', state.sort)
    if (state.search) params.set('q', state.search)
    if (Object.values(state.quick).some((v) => v != null && v !== '')) params.set('filters', JSON.stringify(state.quick))
    const search = params.toString()
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`)
  }, [viewId, state, rel])

  useEffect(() => {
    if (!config || !query || effectiveView?.kind === 'kanban') return
    let live = true
    const timer = setTimeout(async () => {
      const { status, body } = await api(`/${entity.slug}?${toSearchParams({ ...query, depth: 1 })}`)
      if (!live) return
      if (status !== 200) {
        setProblem(
          problemsOf(body)
            .fields.map((f) => f.message)
            .concat(problemsOf(body).general)
            .join(' '),
        )
        return setResult({ docs: [], totalDocs: 0, totalPages: 0 })
      }
      setProblem(null)
      setResult({ docs: body.docs, totalDocs: body.totalDocs, totalPages: body.totalPages })
    }, 150)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [config, query, entity.slug, effectiveView?.kind])

  const titleOf = useCallback(
    (value: object) => {
      const v = value as Record<string, unknown>
      const titled = Object.values(titleFields).find((field) => field !== 'id' && v[field] != null)
      return String((titled && v[titled]) ?? v.name ?? v.title ?? v.email ?? `#${v.id}`)
    },
    [titleFields],
  )
  const hrefOf = (record: Record<string, unknown>) => `/app/${entity.slug}/${record.id}`
  const change = (next: Partial<ListState>) => setState((s) => ({ ...s, page: 1, ...next }))

  const saveView = async (choice: SaveViewChoice): Promise<string | null> => {
    if (!effectiveView) return null
    const kinds = (f: string) => quickKindOf(fields.get(f))
    const viewData: ListView = {
      ...effectiveView,
      id: `v${Date.now().toString(36)}`,
      label: { en: choice.label, zh: choice.label },
      sort: state.sort ?? effectiveView.sort,
      filters: [...(effectiveView.filters ?? []), ...quickFilters(state.quick, kinds)],
      default: undefined,
    }
    const res = await api('/saved-views', {
      method: 'POST',
      body: JSON.stringify({
        entity: entity.slug,
        label: choice.label,
        scope: choice.scope,
        roleKey: choice.roleKey,
        isDefault: choice.isDefault,
        view: viewData,
      }),
    })
    if (res.status !== 201) {
      const p = problemsOf(res.body)
      return [...p.fields.map((f) => f.message), ...p.general].join(' ')
    }
    await loadSaved()
    setViewId(`saved-${res.body.doc.id}`)
    setState({ page: 1, quick: {} })
    setColumns(null)
    setPageSize(null)
    setDialogOpen(false)
    setNotice(t('saved'))
    return null
  }

  const deleteView = async (target: SavedView) => {
    const res = await api(`/saved-views/${target.savedId}`, { method: 'DELETE' })
    if (res.status === 200) {
      setViewId(null)
      await loadSaved()
    } else setProblem(problemsOf(res.body).general.join(' '))
  }

  if (!config || !view || !effectiveView) return <p>{t('loading')}</p>
  const current = saved.find((s) => s.id === view.id)
  const label = (v: ListView) => v.label[language] ?? v.label.en ?? v.label.zh ?? v.id
  return (
    <div className={styles.list}>
      <header className={styles.listHeader}>
        <h1 className={styles.title}>{entity.label.plural[language] ?? entity.slug}</h1>
        <a className={styles.primary} href={`/app/${entity.slug}/new`}>
          + {t('new')}
        </a>
      </header>
      <nav className={styles.viewTabs} aria-label={t('views')}>
        {allViews.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-current={v.id === view.id ? 'true' : undefined}
            className={v.id === view.id ? styles.viewTabActive : styles.viewTab}
            onClick={() => {
              setViewId(v.id)
              setState({ page: 1, quick: {} })
              setColumns(null)
              setPageSize(null)
            }}
          >
            {label(v)}
            {(v as SavedView).scope && (v as SavedView).scope !== 'user' ? (
              <span className={styles.badge}>{t('shared')}</span>
            ) : null}
          </button>
        ))}
      </nav>
      <div className={styles.toolbar}>
        <input
          type="search"
          aria-label={t('search')}
          placeholder={t('search')}
          className={styles.search}
          value={state.search ?? ''}
          onChange={(e) => change({ search: e.target.value || undefined })}
        />
        <details className={styles.columnsMenu}>
          <summary>{t('columns')}</summary>
          <fieldset>
            <legend className={styles.visuallyHidden}>{t('columns')}</legend>
            {[...fields.values()].map((f) => (
              <label key={f.field} className={styles.checkRow}>
                <input
                  type="checkbox"
                  checked={shownColumns.some((c) => c.field === f.field)}
                  onChange={(e) =>
                    setColumns(
                      e.target.checked ? [...shownColumns, { field: f.field }] : shownColumns.filter((c) => c.field !== f.field),
                    )
                  }
                />
                {f.label}
              </label>
            ))}
          </fieldset>
        </details>
        <label className={styles.quick}>
          <span>{t('pageSize')}</span>
          <select
            value={effectiveView.pageSize}
            onChange={(e) => {
              setPageSize(Number(e.target.value))
              change({})
            }}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={styles.secondary} onClick={() => setDialogOpen(true)}>
          {t('saveView')}
        </button>
        <a className={styles.secondary} href={`/app/import?collection=${encodeURIComponent(entity.slug)}`} data-action="import">
          {t('import')}
        </a>
        <ListExportMenu
          slug={entity.slug}
          columns={shownColumns.map((c) => c.field)}
          where={query?.where}
          sort={query?.sort}
          total={result?.totalDocs ?? null}
          t={t}
        />
        {current && (current.mine || canShareViews) ? (
          <button type="button" className={styles.secondary} onClick={() => deleteView(current)}>
            {t('deleteView')}
          </button>
        ) : null}
      </div>
      {view.quickFilters?.length ? (
        <QuickFilters
          fields={view.quickFilters}
          catalog={fields}
          values={state.quick}
          onChange={(field, value) => change({ quick: { ...state.quick, [field]: value } })}
          t={t}
        />
      ) : null}
      {rel ? (
        <p className={styles.ok}>
          {t('filteredBy', { field: fields.get(rel.field)?.label ?? rel.field, id: rel.id })}{' '}
          <button type="button" className={styles.secondary} onClick={() => setRel(null)}>
            {t('clearFilter')}
          </button>
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {notice ? <p className={styles.ok}>{notice}</p> : null}
        {problem ? <p className={styles.problem}>{problem}</p> : null}
      </div>
      {effectiveView.kind === 'kanban' && query ? (
        <KanbanBoard
          entity={entity.slug}
          view={effectiveView}
          where={query.where}
          fields={fields}
          titleField={entity.titleField}
          hrefOf={hrefOf}
          titleOf={titleOf}
          language={language}
          t={t}
        />
      ) : result ? (
        <>
          {result.docs.length === 0 ? (
            <p className={styles.empty}>{t('empty')}</p>
          ) : (
            <ListTable
              columns={shownColumns}
              fields={fields}
              records={result.docs}
              sort={query?.sort}
              onSort={(field) => setState((s) => ({ ...s, page: 1, sort: nextSort(s.sort ?? view.sort, field, view.sort) }))}
              hrefOf={hrefOf}
              titleOf={titleOf}
              language={language}
              t={t}
            />
          )}
          <nav
            className={styles.pager}
            aria-label={t('page', { page: state.page, pages: result.totalPages, total: result.totalDocs })}
          >
            <button
              type="button"
              className={styles.secondary}
              disabled={state.page <= 1}
              onClick={() => setState((s) => ({ ...s, page: s.page - 1 }))}
            >
              {t('previous')}
            </button>
            <span>
              {t('page', {
                page: Math.min(state.page, Math.max(result.totalPages, 1)),
                pages: Math.max(result.totalPages, 1),
                total: result.totalDocs,
              })}
            </span>
            <button
              type="button"
              className={styles.secondary}
              disabled={state.page >= result.totalPages}
              onClick={() => setState((s) => ({ ...s, page: s.page + 1 }))}
            >
              {t('next')}
            </button>
          </nav>
        </>
      ) : (
        <p>{t('loading')}</p>
      )}
      {dialogOpen ? (
        <SaveViewDialog
          t={t}
          language={language}
          canShare={canShareViews}
          onSave={saveView}
          onClose={() => setDialogOpen(false)}
        />
      ) : null}
    </div>
  )
}
