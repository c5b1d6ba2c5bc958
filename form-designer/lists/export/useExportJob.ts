'use client'
import { useEffect, useState } from 'react'
import { api, problemsOf } from '../api'

export type ExportJobState = {
  id: string | number
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled'
  total: number
  done: number
  error?: string | null
}

/**
 * A large export on the jobs queue, as the screen follows it: start, then the job's progress read every
 * second until it is ready (a download link), failed (its error) or cancelled.
 */
export function useExportJob(slug: string) {
  const [job, setJob] = useState<ExportJobState | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const active = job != null && (job.status === 'queued' || job.status === 'running')

  useEffect(() => {
    if (!active || job == null) return
    const timer = setTimeout(async () => {
      const res = await api(`/export-jobs/${job.id}?depth=0`)
      if (res.status === 200) setJob(res.body)
      else setProblem(problemsOf(res.body).general.join(' ') || String(res.status))
    }, 1000)
    return () => clearTimeout(timer)
  }, [active, job])

  const start = async (body: { format: 'csv' | 'xlsx'; columns: string[]; where?: unknown; sort?: unknown }) => {
    setProblem(null)
    const res = await api(`/${slug}/export-jobs`, {
      method: 'POST',
      body: JSON.stringify({ ...body, columns: body.columns.join(',') || undefined }),
    })
    if (res.status !== 201) {
      const p = problemsOf(res.body)
      return setProblem([...p.fields.map((f) => f.message), ...p.general].join(' ') || String(res.status))
    }
    setJob(res.body.doc)
  }

  const cancel = async () => {
    if (!job) return
    const res = await api(`/export-jobs/${job.id}/cancel`, { method: 'POST', body: '{}' })
    if (res.status === 200) setJob(res.body.doc)
  }

  return { job, problem, start, cancel, reset: () => setJob(null), fileHref: job ? `/api/export-jobs/${job.id}/file` : null }
}
