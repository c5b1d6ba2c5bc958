'use client'
import { useEffect, useState } from 'react'
import type { CustomSchema } from '../../src/customFields/customSchema'
import type { Layout } from '../../src/customFields/layout/types'
import type { Option } from '../model/form'

type Dictionary = { key: string; options?: { value: string; labelZh: string; labelEn: string; active?: boolean }[] }
export type PublishedForm = {
  schema: CustomSchema
  layout: Layout | null
  dictionaryOptions: (key: string, language: 'en' | 'zh') => Option[]
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString()

/**
 * The published version of an entity's fields in a tenant, and the dictionaries its selects use, read
 * through the REST API as the signed-in user: `null` while loading, `'none'` when the entity has no fields.
 */
export function usePublishedForm(entity: string | undefined, tenant: unknown): PublishedForm | null | 'none' {
  const [form, setForm] = useState<PublishedForm | null | 'none'>(null)
  useEffect(() => {
    if (!entity) return
    const controller = new AbortController()
    const load = async () => {
      // A new record has no tenant yet: it will be the active tenant's, which the server scopes reads to.
      const tenantId = tenant != null && typeof tenant === 'object' ? (tenant as { id: unknown }).id : tenant
      const where: Record<string, string> = { 'where[entity][equals]': entity, 'where[status][equals]': 'published' }
      if (tenantId != null && tenantId !== '') where['where[tenant][equals]'] = String(tenantId)
      const versions = await fetch(`/api/entity-schemas?${query({ ...where, sort: '-version', limit: '1', depth: '0' })}`, {
        credentials: 'include',
        signal: controller.signal,
      }).then((r) => r.json())
      const version = versions.docs?.[0] as { schema: CustomSchema; layout?: Layout | null } | undefined
      if (!version || Object.keys(version.schema?.properties ?? {}).length === 0) return setForm('none')
      const keys = [
        ...new Set(Object.values(version.schema.properties).flatMap((f) => (f['x-dictionary'] ? [f['x-dictionary']] : []))),
      ]
      const dictionaries: Dictionary[] =
        keys.length === 0
          ? []
          : ((
              await fetch(`/api/dictionaries?${query({ 'where[key][in]': keys.join(','), limit: '100', depth: '0' })}`, {
                credentials: 'include',
                signal: controller.signal,
              }).then((r) => r.json())
            ).docs ?? [])
      setForm({
        schema: version.schema,
        layout: version.layout ?? null,
        dictionaryOptions: (key, language) =>
          (dictionaries.find((d) => d.key === key)?.options ?? [])
            .filter((o) => o.active !== false)
            .map((o) => ({ value: o.value, label: language === 'zh' ? o.labelZh : o.labelEn })),
      })
    }
    load().catch((error) => {
      if ((error as Error).name !== 'AbortError') setForm('none')
    })
    return () => controller.abort()
  }, [entity, tenant])
  return form
}
