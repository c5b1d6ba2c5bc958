'use client'
import type { CustomSchema } from '../../src/customFields/customSchema'
import styles from './designer.module.css'
import type { Say } from './texts'
import type { DryRunSummary } from './useDesignerDocument'

/** Which fields a draft adds, removes (hides) and changes against the published version. */
export function schemaDiff(published: CustomSchema | null, draft: CustomSchema) {
  const before = published?.properties ?? {}
  const after = draft.properties
  const live = (s: CustomSchema['properties'], k: string) => Object.hasOwn(s, k) && !s[k]['x-removed']
  return {
    added: Object.keys(after).filter((k) => live(after, k) && !live(before, k)),
    removed: Object.keys(before).filter((k) => live(before, k) && !live(after, k)),
    changed: Object.keys(after).filter(
      (k) => live(after, k) && live(before, k) && JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    ),
  }
}

/** The confirmation before publishing: what changes for the people who fill this form. */
export function PublishDialog({
  published,
  draft,
  dryRun,
  say,
  onCancel,
  onConfirm,
}: {
  published: CustomSchema | null
  draft: CustomSchema
  dryRun: DryRunSummary
  say: Say
  onCancel: () => void
  onConfirm: () => void
}) {
  const diff = schemaDiff(published, draft)
  const none = diff.added.length + diff.removed.length + diff.changed.length === 0
  const list = (title: string, keys: string[], testId: string) =>
    keys.length > 0 ? (
      <div data-testid={testId}>
        <strong>{title}</strong>: {keys.join(', ')}
      </div>
    ) : null
  return (
    <div role="dialog" aria-modal="true" aria-label={say('diffTitle')} className={styles.dialog} data-testid="publish-dialog">
      <h3 className={styles.panelTitle}>{say('diffTitle')}</h3>
      {none ? <p>{say('noChanges')}</p> : null}
      {list(say('added'), diff.added, 'diff-added')}
      {list(say('removedFields'), diff.removed, 'diff-removed')}
      {list(say('changed'), diff.changed, 'diff-changed')}
      {dryRun.changes.length > 0 ? (
        <div data-testid="dry-run">
          <strong>{say('dryRunTitle')}</strong>:{' '}
          {say('dryRunCounts', {
            total: dryRun.total,
            unchanged: dryRun.unchanged,
            converted: dryRun.converted,
            failed: dryRun.failed,
          })}
          <ul className={styles.samples}>
            {dryRun.samples.converted.slice(0, 5).map((c) => (
              <li key={`c-${String(c.id)}-${c.field}`}>
                #{String(c.id)} {c.field}: {JSON.stringify(c.from)} → {JSON.stringify(c.to)}
              </li>
            ))}
            {dryRun.samples.failed.slice(0, 5).map((f) => (
              <li key={`f-${String(f.id)}-${f.field}`} className={styles.problem}>
                #{String(f.id)} {f.field}: {JSON.stringify(f.value)} — {f.reason}
              </li>
            ))}
          </ul>
          {dryRun.failed > 0 ? <p className={styles.muted}>{say('dryRunKept')}</p> : null}
        </div>
      ) : null}
      <div className={styles.dialogButtons}>
        <button type="button" onClick={onCancel}>
          {say('cancel')}
        </button>
        <button type="button" className={styles.primary} data-testid="publish-confirm" onClick={onConfirm}>
          {say('confirmPublish')}
        </button>
      </div>
    </div>
  )
}
