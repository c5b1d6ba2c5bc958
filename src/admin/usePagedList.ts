'use client'
import { useCallback, useEffect, useState } from 'react'

export type PagedList<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

/** One page of one of our list endpoints, with the server's error message when it refuses. */
export function usePagedList<T>(endpoint: string, limit = 20) {
  const [page, setPage] = useState(1)
  const [data, setData] = useState<PagedList<T> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    const res = await fetch(`${endpoint}?page=${page}&limit=${limit}`, { credentials: 'include' })
    const body = await res.json().catch(() => null)
    if (!res.ok) return setError(body?.errors?.[0]?.message ?? res.statusText)
    setError(null)
    setData(body)
  }, [endpoint, page, limit])
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, error, setError, page, setPage, reload }
}
