'use client'
import { useEffect, useState } from 'react'

export type PreviewError = { message: string; detail?: string; line?: number; column?: number }
export type PreviewRequest = {
  source: string
  entity?: string
  recordId: string | number | null
  language?: string
  partials?: Record<string, string | undefined>
  page?: Record<string, unknown>
}

/** The live preview: re-rendered on the server half a second after the last keystroke. */
export function usePreview(request: PreviewRequest) {
  const [html, setHtml] = useState<string | null>(null)
  const [errors, setErrors] = useState<PreviewError[]>([])
  const [loading, setLoading] = useState(false)
  const key = JSON.stringify(request)

  useEffect(() => {
    const body: PreviewRequest = JSON.parse(key)
    if (!body.entity || body.recordId == null) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setLoading(true)
      try {
        const res = await fetch('/api/export-templates/preview', {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: key,
          signal: controller.signal,
        })
        const json = await res.json().catch(() => null)
        if (res.ok && typeof json?.html === 'string') {
          setHtml(json.html)
          setErrors([])
        } else {
          const list: PreviewError[] = json?.errors ?? [{ message: res.statusText }]
          // A ValidationError carries its details in data.errors; ours carry line and column directly.
          setErrors(list.flatMap((e) => (e as { data?: { errors?: PreviewError[] } }).data?.errors ?? [e]))
        }
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setErrors([{ message: (error as Error).message }])
      } finally {
        if (!controller.signal.aborted) setLoading(false)
      }
    }, 500)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [key])

  return { html, errors, loading }
}
