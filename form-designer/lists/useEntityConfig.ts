'use client'
import { useEffect, useState } from 'react'
import { type CustomSchema, EMPTY_SCHEMA } from '../../src/customFields/customSchema'
import type { Layout, ListViews } from '../../src/customFields/layout/types'
import type { EntityDescription } from '../../src/workspace/describeEntity'
import type { Access, Option } from '../model/form'
import { api } from './api'

type Dictionary = { key: string; options?: { value: string; labelZh: string; labelEn: string; active?: boolean }[] }

export type EntityConfig = {
  schema: CustomSchema
  layout: Layout | null
  listViews: ListViews | null
  /** The viewer's restrictions by field (role permissions); fields not named are editable. */
  access: (field: string) => Access
  dictionaryOptions: (key: string) => Option[]
}

/**
 * Everything a workspace page needs besides records: the entity's published fields, layout and list
 * views in the active tenant, the dictionaries its fields use, and the viewer's field permissions.
 */
export function useEntityConfig(entity: EntityDescription, language: 'en' | 'zh'): EntityConfig | null {
  const [config, setConfig] = useState<EntityConfig | null>(null)
  useEffect(() => {
    let live = true
    const load = async () => {
      const versions = await api(
        `/entity-schemas?${new URLSearchParams({
          'where[entity][equals]': entity.slug,
          'where[status][equals]': 'published',
          sort: '-version',
          limit: '1',
          depth: '0',
        })}`,
      )
      const version = versions.body?.docs?.[0] as { schema: CustomSchema; layout?: Layout; listViews?: ListViews } | undefined
      const schema = version?.schema ?? EMPTY_SCHEMA
      const keys = [
        ...new Set([
          ...entity.fields.flatMap((f) => (f.dictionary ? [f.dictionary] : [])),
          ...Object.values(schema.properties).flatMap((f) => (f['x-dictionary'] ? [f['x-dictionary']] : [])),
        ]),
      ]
      const [dictionaries, rules] = await Promise.all([
        keys.length === 0
          ? Promise.resolve([] as Dictionary[])
          : api(`/dictionaries?${new URLSearchParams({ 'where[key][in]': keys.join(','), limit: '100', depth: '0' })}`).then(
              (r) => (r.body?.docs ?? []) as Dictionary[],
            ),
        api(`/entity-schemas/field-rules?entity=${entity.slug}`).then((r) => (r.body?.rules ?? {}) as Record<string, Access>),
      ])
      if (!live) return
      setConfig({
        schema,
        layout: version?.layout ?? null,
        listViews: version?.listViews ?? null,
        access: (field) => rules[field] ?? 'edit',
        dictionaryOptions: (key) =>
          (dictionaries.find((d) => d.key === key)?.options ?? [])
            .filter((o) => o.active !== false)
            .map((o) => ({ value: o.value, label: language === 'zh' ? o.labelZh : o.labelEn })),
      })
    }
    load().catch(
      () =>
        live &&
        setConfig({ schema: EMPTY_SCHEMA, layout: null, listViews: null, access: () => 'edit', dictionaryOptions: () => [] }),
    )
    return () => {
      live = false
    }
  }, [entity, language])
  return config
}
