'use client'
import { Button } from '@payloadcms/ui'
import { Fragment, useState } from 'react'
import type { ClassDetailData, GroupDetail, Id } from './classDetailTypes'
import { postLab } from './labFetch'
import styles from './labs.module.css'
import { SnapshotsPanel } from './SnapshotsPanel'
import { useLabTexts } from './useLabTexts'

export type Act = (work: () => Promise<string | null>, done: string) => Promise<void>

/**
 * Groups × exercises: ✓/✗ per exercise (numbered; the titles are listed above, so forty groups and
 * a dozen exercises still fit), n/m passed, the students, and per group a reset and its snapshots.
 */
export function GroupsTable({ data, busy, act }: { data: ClassDetailData; busy: boolean; act: Act }) {
  const { tx, language } = useLabTexts()
  const [open, setOpen] = useState<Id | null>(null)
  const titleOf = (exercise: ClassDetailData['exercises'][number]) =>
    exercise.title[language] ?? exercise.title.zh ?? exercise.title.en ?? exercise.key
  const columns = data.exercises.length + 4

  const reset = (group: GroupDetail) => {
    if (!window.confirm(tx('confirmReset', { group: group.name }))) return
    void act(
      async () => (await postLab(`/api/labs/groups/${group.id}/reset`))?.message ?? null,
      tx('resetDone', { group: group.name }),
    )
  }

  return (
    <>
      {data.exercises.length > 0 ? (
        <ol className={styles.exercises} data-testid="lab-exercises">
          {data.exercises.map((exercise) => (
            <li key={exercise.key}>{titleOf(exercise)}</li>
          ))}
        </ol>
      ) : null}
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="lab-groups">
          <thead>
            <tr>
              <th>{tx('groupName')}</th>
              <th>{tx('students')}</th>
              {data.exercises.map((exercise, i) => (
                <th key={exercise.key} className={styles.center} title={titleOf(exercise)}>
                  {i + 1}
                </th>
              ))}
              <th>{tx('progress')}</th>
              <th>{tx('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((group) => (
              <Fragment key={group.id}>
                <tr data-testid={`lab-group-${group.slug}`}>
                  <td>
                    <strong>{group.name}</strong>
                    <div className={styles.muted}>{group.slug}</div>
                  </td>
                  <td>
                    {group.students.length === 0 ? (
                      <span className={styles.muted}>{tx('noStudents')}</span>
                    ) : (
                      <ul className={styles.students}>
                        {group.students.map((s) => (
                          <li key={s.id} title={s.email}>
                            {s.name}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {data.exercises.map((exercise, i) => {
                    const result = group.results.find((r) => r.key === exercise.key)
                    return (
                      <td
                        key={exercise.key}
                        className={styles.center}
                        title={`${i + 1}. ${titleOf(exercise)} (${result?.found ?? 0}/${result?.needed ?? 0})`}
                      >
                        {result?.passed ? <span className={styles.pass}>✓</span> : <span className={styles.fail}>✗</span>}
                      </td>
                    )
                  })}
                  <td data-testid="lab-group-passed" style={{ whiteSpace: 'nowrap' }}>
                    {tx('passedOf', { passed: group.passed, total: group.total })}
                  </td>
                  <td>
                    <div className={styles.actions}>
                      {!data.closed ? (
                        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => reset(group)}>
                          {tx('reset')}
                        </Button>
                      ) : null}
                      <Button
                        buttonStyle="subtle"
                        size="small"
                        margin={false}
                        onClick={() => setOpen(open === group.id ? null : group.id)}
                        aria-expanded={open === group.id}
                      >
                        {tx('snapshots', { count: group.snapshots })}
                      </Button>
                    </div>
                  </td>
                </tr>
                {open === group.id ? (
                  <tr>
                    <td colSpan={columns}>
                      <SnapshotsPanel group={group} readOnly={data.closed} busy={busy} act={act} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
