'use client'
import { useEffect, useState } from 'react'
import { api } from '../../lists/api'

export type TenantRole = { key: string; name: string; isTenantAdmin: boolean }
export type DictionaryEntry = { value: string; labelZh?: string; labelEn?: string; active?: boolean | null }
export type TenantDictionary = { key: string; nameZh?: string; nameEn?: string; options: DictionaryEntry[] }
/** null while loading. */
export type TenantChoices = { roles: TenantRole[] | null; dictionaries: TenantDictionary[] | null }

const PAGE = 100
const MAX_PAGES = 20

/** Every document of a small per-tenant collection, page by page (the API never returns an unbounded list). */
async function everyPage<T>(collection: string, sort: string): Promise<T[]> {
  const found: T[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { status, body } = await api(
      `/${collection}?${new URLSearchParams({ limit: String(PAGE), page: String(page), sort, depth: '0' })}`,
    )
    if (status !== 200) break
    found.push(...(body.docs as T[]))
    if (!body.hasNextPage) break
  }
  return found
}

/**
 * The active tenant's roles (for permissions per role) and dictionaries (for dictionary-backed
 * selects), read through the REST API as the signed-in admin — so always those of the tenant the
 * admin is working in.
 */
export function useTenantChoices(): TenantChoices {
  const [choices, setChoices] = useState<TenantChoices>({ roles: null, dictionaries: null })
  useEffect(() => {
    let live = true
    Promise.all([everyPage<TenantRole>('roles', 'name'), everyPage<TenantDictionary>('dictionaries', 'key')]).then(
      ([roles, dictionaries]) => {
        if (live) setChoices({ roles, dictionaries })
      },
    )
    return () => {
      live = false
    }
  }, [])
  return choices
}
