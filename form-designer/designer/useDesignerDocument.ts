'use client'
import { useCallback, useEffect, useState } from 'react'
import { type CustomSchema, EMPTY_SCHEMA } from '../../src/customFields/customSchema'
import { defaultLayout } from '../../src/customFields/layout/defaultLayout'
import type { BaseField, ListViews } from '../../src/customFields/layout/types'
import {
  commit,
  type DesignerDoc,
  type DesignProblem,
  type History,
  problemsFromServer,
  redo,
  startHistory,
  undo,
} from '../model/designer'

type Version = {
  id: number | string
  version: number
  status: string
  schema: CustomSchema
  layout?: unknown
  listViews?: unknown
  fieldPermissions?: unknown
}
/** A base field as the designer receives it; `required` limits what permissions it can take. */
type DesignerBaseField = BaseField & { required?: boolean }
export type DryRunSummary = {
  total: number
  unchanged: number
  converted: number
  failed: number
  changes: unknown[]
  samples: {
    converted: { id: unknown; field: string; from: unknown; to: unknown }[]
    failed: { id: unknown; field: string; value: unknown; reason: string }[]
  }
}
export type SaveResult = { ok: true; version: Version } | { ok: false; errors: DesignProblem[] }

const api = async (path: string, init?: RequestInit) => {
  const res = await fetch(`/api${path}`, { credentials: 'include', headers: { 'content-type': 'application/json' }, ...init })
  return { status: res.status, body: await res.json().catch(() => null) }
}
const latest = (entity: string, status?: string) =>
  api(
    `/entity-schemas?${new URLSearchParams({
      'where[entity][equals]': entity,
      ...(status ? { 'where[status][equals]': status } : {}),
      sort: '-version',
      limit: '1',
      depth: '0',
    })}`,
  ).then((r) => (r.body?.docs?.[0] as Version | undefined) ?? null)

/** A refused save or publish as problems, each with the part and the place it names. */
const problems = (body: any): DesignProblem[] =>
  problemsFromServer(
    (body?.errors ?? []).flatMap((e: any) =>
      Array.isArray(e?.data?.errors) && e.data.errors.length > 0 ? e.data.errors : [{ message: String(e?.message ?? 'Error') }],
    ),
  )

function startingDoc(base: readonly DesignerBaseField[], from: Version | null, published: Version | null): DesignerDoc {
  const schema = from?.schema ?? EMPTY_SCHEMA
  const listViews: ListViews = (from?.listViews as ListViews) ?? {
    version: 1,
    views: [
      {
        id: 'all',
        label: { en: 'All', zh: '全部' },
        kind: 'table',
        columns: base.slice(0, 4).map((f) => ({ field: f.name })),
        pageSize: 20,
        default: true,
      },
    ],
  }
  return {
    schema,
    layout: (from?.layout as DesignerDoc['layout']) ?? defaultLayout(base, schema),
    listViews,
    publishedKeys: Object.keys(published?.schema?.properties ?? {}),
    fieldPermissions: (from?.fieldPermissions as DesignerDoc['fieldPermissions']) ?? {},
    requiredBaseFields: base.filter((f) => f.required).map((f) => f.name),
  }
}

/**
 * The version the designer edits: the entity's latest draft, or a new draft started from what is
 * published (or from nothing). Changes go through the pure actions with undo/redo; saving writes the
 * draft (created on first save), publishing saves and then publishes it.
 */
export function useDesignerDocument(entity: string, base: readonly DesignerBaseField[]) {
  const [history, setHistory] = useState<History<DesignerDoc> | null>(null)
  const [draft, setDraft] = useState<Version | null>(null)
  const [published, setPublished] = useState<Version | null>(null)
  const [savedDoc, setSavedDoc] = useState<DesignerDoc | null>(null)

  useEffect(() => {
    let live = true
    setHistory(null)
    Promise.all([latest(entity), latest(entity, 'published')]).then(([last, current]) => {
      if (!live) return
      const editing = last?.status === 'draft' ? last : null
      const doc = startingDoc(base, editing ?? current, current)
      setDraft(editing)
      setPublished(current)
      setSavedDoc(editing ? doc : null)
      setHistory(startHistory(doc))
    })
    return () => {
      live = false
    }
  }, [entity, base])

  const apply = useCallback((change: (doc: DesignerDoc) => DesignerDoc) => {
    setHistory((h) => (h ? commit(h, change(h.present)) : h))
  }, [])

  const save = useCallback(async (): Promise<SaveResult> => {
    if (!history) return { ok: false, errors: [] }
    const { schema, layout, listViews, fieldPermissions } = history.present
    const content = { schema, layout, listViews, fieldPermissions }
    const res = draft
      ? await api(`/entity-schemas/${draft.id}`, { method: 'PATCH', body: JSON.stringify(content) })
      : await api('/entity-schemas', { method: 'POST', body: JSON.stringify({ entity, ...content }) })
    if (res.status >= 400) return { ok: false, errors: problems(res.body) }
    setDraft(res.body.doc)
    setSavedDoc(history.present)
    return { ok: true, version: res.body.doc }
  }, [history, draft, entity])

  const publish = useCallback(async (): Promise<SaveResult> => {
    const saved = await save()
    if (!saved.ok) return saved
    // The dry run was shown before this: publishing confirms it.
    const res = await api(`/entity-schemas/${saved.version.id}/publish`, {
      method: 'POST',
      body: JSON.stringify({ confirm: true }),
    })
    if (res.status >= 400) return { ok: false, errors: problems(res.body) }
    const version = { ...saved.version, status: 'published' }
    setDraft(null)
    setPublished(version)
    setHistory((h) => (h ? { ...h, present: { ...h.present, publishedKeys: Object.keys(version.schema.properties) } } : h))
    setSavedDoc(null)
    return { ok: true, version }
  }, [save])

  /** Saves the draft, then asks what publishing it would do to the stored records. */
  const dryRun = useCallback(async (): Promise<{ ok: true; summary: DryRunSummary } | { ok: false; errors: DesignProblem[] }> => {
    const saved = await save()
    if (!saved.ok) return saved
    const res = await api(`/entity-schemas/${saved.version.id}/dry-run`, { method: 'POST' })
    if (res.status >= 400) return { ok: false, errors: problems(res.body) }
    return { ok: true, summary: res.body }
  }, [save])

  return {
    dryRun,
    history,
    apply,
    undo: () => setHistory((h) => (h ? undo(h) : h)),
    redo: () => setHistory((h) => (h ? redo(h) : h)),
    save,
    publish,
    draft,
    published,
    unsaved: history != null && history.present !== savedDoc && history.past.length > 0,
  }
}
