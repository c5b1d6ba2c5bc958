'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'
import { usePublishedForm } from '../../../form-designer/renderer/usePublishedForm'
import type { Choice, EditorContext } from '../../../form-designer/workflow/components/editorTypes'
import { baseFieldsOf } from '../../customFields/layout/baseFields'

type ClientField = {
  name?: string
  type: string
  label?: unknown
  options?: unknown[]
  fields?: ClientField[]
  tabs?: { fields: ClientField[] }[]
}

const textOf = (label: unknown, language: 'en' | 'zh', fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const l = label as Record<string, string | undefined>
    return l[language] ?? l.en ?? l.zh ?? fallback
  }
  return fallback
}

function findField(fields: readonly ClientField[], name: string): ClientField | undefined {
  for (const f of fields) {
    if (f.name === name) return f
    const inner = findField([...(f.fields ?? []), ...(f.tabs ?? []).flatMap((t) => t.fields)], name)
    if (inner) return inner
  }
  return undefined
}

const listed = async (path: string): Promise<Record<string, unknown>[]> => {
  const res = await fetch(`/api/${path}`, { credentials: 'include' })
  return res.ok ? ((await res.json()).docs ?? []) : []
}

/**
 * What the workflow editor needs to know about the workflow's entity and the active tenant: the
 * fields rules may read (base fields from the admin config, custom fields of the published schema:
 * the same two sources the server checks against), the tenant's roles, the entity's export templates
 * and the activity types. While the published schema loads, every `custom.*` field counts as known
 * (no false alarms); the server's check stays the last word.
 */
export function useEditorContext(entity: string | undefined, tenant: unknown, language: 'en' | 'zh'): EditorContext {
  const { config } = useConfig()
  const form = usePublishedForm(entity, tenant)
  const [roles, setRoles] = useState<Choice[]>([])
  const [templates, setTemplates] = useState<Choice[]>([])
  useEffect(() => {
    listed('roles?limit=200&depth=0&sort=name').then((docs) =>
      setRoles(docs.map((r) => ({ value: String(r.key), label: `${String(r.name)} (${String(r.key)})` }))),
    )
  }, [])
  useEffect(() => {
    if (!entity) return
    listed(
      `export-templates?${new URLSearchParams({ 'where[entity][equals]': entity, limit: '200', depth: '0', sort: 'name' })}`,
    ).then((docs) => setTemplates(docs.map((t) => ({ value: String(t.id), label: String(t.name) }))))
  }, [entity])
  return useMemo(() => {
    const collection = config.collections.find((c) => c.slug === entity)
    const clientFields = (collection?.fields ?? []) as unknown as ClientField[]
    const base = baseFieldsOf(clientFields as never).map((f) => ({
      value: f.name,
      label: textOf(findField(clientFields, f.name)?.label, language, f.name),
    }))
    const schema =
      form && form !== 'none'
        ? form.schema
        : { properties: {} as Record<string, { 'x-label'?: Record<string, string>; 'x-removed'?: boolean }> }
    const custom = Object.entries(schema.properties)
      .filter(([, p]) => !p['x-removed'])
      .map(([key, p]) => ({ value: `custom.${key}`, label: textOf(p['x-label'], language, key) }))
    const known = new Set([...base, ...custom].map((f) => f.value))
    // Removed custom fields still exist for the server's check (their values are kept until purged).
    for (const key of Object.keys(schema.properties)) known.add(`custom.${key}`)
    const activities = (config.collections.find((c) => c.slug === 'activities')?.fields ?? []) as unknown as ClientField[]
    const activityTypes = ((findField(activities, 'type')?.options ?? []) as { value: string; label: unknown }[]).map((o) => ({
      value: o.value,
      label: textOf(o.label, language, o.value),
    }))
    return {
      fields: [...base, ...custom],
      known: (path: string) => known.has(path) || (form === null && path.startsWith('custom.')),
      roles,
      templates,
      activityTypes,
      probability: entity === 'opportunities',
    }
  }, [config.collections, entity, form, language, roles, templates])
}
