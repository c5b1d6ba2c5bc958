'use client'
import { Button, useStepNav } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { ClassDetailData } from './classDetailTypes'
import { GroupsTable } from './GroupsTable'
import { postLab, problemOf } from './labFetch'
import styles from './labs.module.css'
import { useLabTexts } from './useLabTexts'

/**
 * One class: its groups' exercise progress, students, resets and snapshots, and closing it. A closed
 * class is shown read-only (the server refuses acting on it anyway, with 409).
 */
export function ClassDetail({ classId }: { classId: string }) {
  const { tx } = useLabTexts()
  const { setStepNav } = useStepNav()
  const [data, setData] = useState<ClassDetailData | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const reload = useCallback(async () => {
    const res = await fetch(`/api/labs/classes/${encodeURIComponent(classId)}`, { credentials: 'include' })
    if (!res.ok) return setError((await problemOf(res)).message)
    setError(null)
    setData(await res.json())
  }, [classId])
  useEffect(() => {
    void reload()
  }, [reload])
  useEffect(
    () => setStepNav([{ label: tx('console'), url: '/admin/labs' }, { label: data?.name ?? '…' }]),
    [setStepNav, tx, data?.name],
  )

  /** Runs one action, then shows its outcome and the class as it now is. */
  const act = useCallback(
    async (work: () => Promise<string | null>, done: string) => {
      setBusy(true)
      setNotice(null)
      try {
        const problem = await work()
        if (problem) setError(problem)
        else {
          setError(null)
          setNotice(done)
        }
        await reload()
      } finally {
        setBusy(false)
      }
    },
    [reload],
  )

  const close = () => {
    if (!data || !window.confirm(tx('confirmClose', { name: data.name }))) return
    void act(
      async () => (await postLab(`/api/labs/classes/${data.id}/close`))?.message ?? null,
      tx('closeDone', { name: data.name }),
    )
  }

  return (
    <div className={styles.page} data-testid="lab-class">
      <p>
        <a href="/admin/labs">← {tx('back')}</a>
      </p>
      {data ? (
        <>
          <div className={styles.header}>
            <div>
              <h1>
                {data.name}{' '}
                <span className={data.closed ? styles.badgeClosed : styles.badge} data-testid="lab-class-state">
                  {tx(data.closed ? 'closed' : 'open')}
                </span>
              </h1>
              <div className={styles.muted}>
                {data.slug} · {tx('preset')}: {data.preset?.name ?? tx('noPreset')} · {tx('groups')}: {data.groups.length}
              </div>
            </div>
            {!data.closed ? (
              <Button buttonStyle="secondary" className={styles.danger} onClick={close} disabled={busy} id="lab-close-class">
                {tx('closeClass')}
              </Button>
            ) : null}
          </div>
          {data.closed ? (
            <p className={styles.notice} data-testid="lab-closed-notice">
              {tx('closedNotice')}
            </p>
          ) : null}
        </>
      ) : null}
      {error ? (
        <p role="alert" className={styles.alert} data-testid="lab-error">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className={styles.notice} data-testid="lab-notice">
          {notice}
        </p>
      ) : null}
      {!data && !error ? <p className={styles.muted}>{tx('loading')}</p> : null}
      {data ? <GroupsTable data={data} busy={busy} act={act} /> : null}
    </div>
  )
}
