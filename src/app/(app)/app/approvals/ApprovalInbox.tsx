'use client'
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import type { ApprovalView, Labels } from '../../../../../form-designer/record/approvalTypes'
import styles from './inbox.module.css'

type Box = 'waiting' | 'submitted' | 'done'
type Page = { counts: Record<Box, number>; docs: ApprovalView[]; page: number; totalPages: number; totalDocs: number }

const texts = {
  en: {
    title: 'My approvals',
    waiting: 'Waiting for me',
    submitted: 'Submitted by me',
    done: 'Done by me',
    empty: 'Nothing here.',
    record: 'Record',
    process: 'Process',
    submitter: 'Submitter',
    step: 'Current step',
    status: 'Status',
    at: 'Submitted',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {p} of {n}',
    pending: 'Pending',
    approved: 'Approved',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    colon: ': ',
  },
  zh: {
    title: '我的审批',
    waiting: '待我审批',
    submitted: '我发起的',
    done: '我已处理',
    empty: '暂无记录。',
    record: '记录',
    process: '审批流程',
    submitter: '提交人',
    step: '当前步骤',
    status: '状态',
    at: '提交时间',
    previous: '上一页',
    next: '下一页',
    page: '第 {p} / {n} 页',
    pending: '审批中',
    approved: '已通过',
    rejected: '已驳回',
    withdrawn: '已撤回',
    colon: '：',
  },
}

/** The "my approvals" inbox: three tabs with their counts, each a paginated list opening the record. */
export function ApprovalInbox({ language }: { language: 'en' | 'zh' }) {
  const t = texts[language]
  const [box, setBox] = useState<Box>('waiting')
  const [page, setPage] = useState(1)
  const [data, setData] = useState<Page | null>(null)
  const load = useCallback(
    () => api(`/approvals/inbox?box=${box}&page=${page}&limit=20`).then((r) => setData(r.status === 200 ? r.body : null)),
    [box, page],
  )
  useEffect(() => {
    load()
  }, [load])
  const label = (l: Labels) => l[language] ?? l.en ?? l.zh ?? ''
  const stepOf = (r: ApprovalView) => r.steps.find((s) => s.key === r.currentStep)
  return (
    <section className={styles.inbox}>
      <h1 className={styles.title}>{t.title}</h1>
      <div role="tablist" className={styles.tabs}>
        {(['waiting', 'submitted', 'done'] as const).map((b) => (
          <button
            key={b}
            type="button"
            role="tab"
            aria-selected={box === b}
            data-box={b}
            className={box === b ? styles.tabActive : styles.tab}
            onClick={() => {
              setBox(b)
              setPage(1)
            }}
          >
            {t[b]} <span className={styles.count}>{data?.counts[b] ?? '…'}</span>
          </button>
        ))}
      </div>
      {data && data.docs.length === 0 ? <p className={styles.empty}>{t.empty}</p> : null}
      <ul className={styles.rows} role="tabpanel">
        {data?.docs.map((r) => (
          <li key={String(r.id)} className={styles.row} data-request={String(r.id)}>
            <a href={`/app/${r.entity}/${r.record}`} className={styles.recordLink}>
              {r.recordTitle}
            </a>
            <span className={styles.process}>{label(r.processName)}</span>
            <span className={`${styles.status} ${styles[r.status]}`}>{t[r.status]}</span>
            <span className={styles.meta}>
              {t.submitter}
              {t.colon}
              {r.submitter?.name}
              {r.status === 'pending' && stepOf(r) ? ` · ${t.step}${t.colon}${label(stepOf(r)?.label ?? {})}` : ''}
              {r.createdAt ? ` · ${new Date(r.createdAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {data && data.totalPages > 1 ? (
        <nav className={styles.pager}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t.previous}
          </button>
          <span>{t.page.replace('{p}', String(data.page)).replace('{n}', String(data.totalPages))}</span>
          <button type="button" disabled={page >= data.totalPages} onClick={() => setPage(page + 1)}>
            {t.next}
          </button>
        </nav>
      ) : null}
    </section>
  )
}
