'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { formatDateTime } from '../../i18n/format'
import { Pager } from '../Pager'
import { usePagedList } from '../usePagedList'
import type { GroupDetail, Id } from './classDetailTypes'
import type { Act } from './GroupsTable'
import { postLab } from './labFetch'
import styles from './labs.module.css'
import { useLabTexts } from './useLabTexts'

type Snapshot = { id: Id; name: string; createdAt: string; records: number }

/** A group's snapshots, newest first and a page at a time: take one by name, restore one (after a confirm). */
export function SnapshotsPanel({
  group,
  readOnly,
  busy,
  act,
}: {
  group: GroupDetail
  readOnly: boolean
  busy: boolean
  act: Act
}) {
  const { tx, language } = useLabTexts()
  const [name, setName] = useState('')
  const list = usePagedList<Snapshot>(`/api/labs/groups/${group.id}/snapshots`, 5)

  const take = async () => {
    const wanted = name.trim()
    await act(
      async () => (await postLab(`/api/labs/groups/${group.id}/snapshots`, { name: wanted }))?.message ?? null,
      tx('snapshotDone', { name: wanted, group: group.name }),
    )
    setName('')
    list.setPage(1)
    await list.reload()
  }

  const restore = async (snapshot: Snapshot) => {
    if (!window.confirm(tx('confirmRestore', { group: group.name, name: snapshot.name }))) return
    await act(
      async () => (await postLab(`/api/labs/snapshots/${snapshot.id}/restore`))?.message ?? null,
      tx('restoreDone', { group: group.name, name: snapshot.name }),
    )
  }

  return (
    <div className={styles.snapshots} data-testid={`lab-snapshots-${group.slug}`}>
      {!readOnly ? (
        <form
          className={styles.actions}
          onSubmit={(event) => {
            event.preventDefault()
            void take()
          }}
        >
          <input
            className={styles.snapshotInput}
            aria-label={tx('snapshotName')}
            placeholder={tx('snapshotName')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={200}
          />
          <Button type="submit" buttonStyle="secondary" size="small" margin={false} disabled={busy}>
            {tx('snapshot')}
          </Button>
        </form>
      ) : null}
      {list.error ? (
        <p role="alert" className={styles.alert}>
          {list.error}
        </p>
      ) : null}
      {list.data && list.data.docs.length === 0 ? <p className={styles.muted}>{tx('noSnapshots')}</p> : null}
      {list.data && list.data.docs.length > 0 ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{tx('snapshotName')}</th>
              <th>{tx('createdAt')}</th>
              <th className={styles.center}>{tx('records')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.docs.map((snapshot) => (
              <tr key={snapshot.id} data-testid={`lab-snapshot-${snapshot.name}`}>
                <td>{snapshot.name}</td>
                <td>{formatDateTime(snapshot.createdAt, language)}</td>
                <td className={styles.center}>{snapshot.records}</td>
                <td>
                  {!readOnly ? (
                    <Button
                      buttonStyle="secondary"
                      size="small"
                      margin={false}
                      disabled={busy}
                      onClick={() => void restore(snapshot)}
                    >
                      {tx('restore')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.data ? <Pager page={list.page} totalPages={list.data.totalPages} onPage={list.setPage} /> : null}
    </div>
  )
}
