'use client'
import styles from './approval.module.css'
import type { ApprovalText } from './approvalTexts'
import type { ApprovalView, Labels } from './approvalTypes'

const ICON = { pending: '○', approved: '✓', rejected: '✕', handedOver: '↪' } as const

/** The steps of a request, each approver with their answer, and the history (newest first). */
export function ApprovalSteps({ request, t, language }: { request: ApprovalView; t: ApprovalText; language: 'en' | 'zh' }) {
  const label = (l: Labels) => l[language] ?? l.en ?? l.zh ?? ''
  const stepName = (key?: string) => label(request.steps.find((s) => s.key === key)?.label ?? { en: key ?? '' })
  const when = (at: string) => new Date(at).toLocaleString(language === 'zh' ? 'zh-CN' : 'en')
  return (
    <>
      <ol className={styles.steps}>
        {request.steps.map((s) => (
          <li key={s.key} className={styles[s.state]} data-step={s.key} data-state={s.state}>
            <div className={styles.stepHead}>
              <strong>{label(s.label)}</strong> <span className={styles.muted}>{t(s.mode)}</span>
            </div>
            <ul className={styles.approvers}>
              {s.approvers.map((a, i) => (
                <li
                  key={`${a.user?.id}-${i}`}
                  data-approver={a.user?.name}
                  data-decision={a.decision}
                  className={styles[a.decision]}
                >
                  <span aria-hidden="true">{ICON[a.decision]}</span> {a.user?.name}{' '}
                  <span className={styles.muted}>
                    {t(`decision_${a.decision}`)}
                    {a.addedBy ? ` · ${t('added', { name: a.addedBy.name })}` : ''}
                    {a.handedOverBy ? ` · ${t('handedOver', { name: a.handedOverBy.name })}` : ''}
                  </span>
                  {a.comment ? <q className={styles.comment}>{a.comment}</q> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <details className={styles.history} open={request.status !== 'pending'}>
        <summary>
          {t('history')} ({request.history.length})
        </summary>
        <ol>
          {request.history.map((h, i) => (
            <li key={`${h.at}-${i}`} data-action={h.action}>
              {when(h.at)} · {h.user?.name} · {t(`action_${h.action}` as 'action_approve', { target: h.target?.name ?? '' })}
              {h.toStep ? ` · ${t('backTo', { step: stepName(h.toStep) })}` : ''}
              {h.step && h.action !== 'submit' ? <span className={styles.muted}> ({stepName(h.step)})</span> : null}
              {h.comment ? <q className={styles.comment}>{h.comment}</q> : null}
            </li>
          ))}
        </ol>
      </details>
    </>
  )
}
