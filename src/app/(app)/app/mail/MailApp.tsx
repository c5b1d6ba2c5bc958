'use client'
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import { Compose, type Draft } from './Compose'
import { MailboxSettings } from './MailboxSettings'
import styles from './mail.module.css'
import { fillText, mailTexts } from './texts'

const FOLDERS = ['inbox', 'draft', 'outbox', 'sent', 'failed'] as const
type Folder = (typeof FOLDERS)[number]
type View = Folder | 'settings'
const PAGE_SIZE = 20

export type MailRow = Draft & {
  id: string | number
  folder: Folder
  from?: string | null
  attempts?: number | null
  lastError?: string | null
  createdAt: string
  sentAt?: string | null
  receivedAt?: string | null
}

type Props = {
  language: 'en' | 'zh'
  initial: {
    folder?: string
    compose: boolean
    about: { relationTo: string; value: string | number; label: string } | null
    to: string
  }
}

/** The mail page: folders with paginated lists, one message open, the composer, and the mailbox settings. */
export function MailApp({ language, initial }: Props) {
  const t = mailTexts[language]
  const [view, setView] = useState<View>(
    (FOLDERS as readonly string[]).includes(initial.folder ?? '') || initial.folder === 'settings'
      ? (initial.folder as View)
      : 'inbox',
  )
  const [page, setPage] = useState(1)
  const [list, setList] = useState<{ docs: MailRow[]; totalPages: number } | null>(null)
  const [open, setOpen] = useState<MailRow | null>(null)
  const [composing, setComposing] = useState<Draft | null>(
    initial.compose
      ? {
          to: initial.to,
          subject: '',
          body: '',
          relatedTo: initial.about ? { relationTo: initial.about.relationTo, value: initial.about.value } : null,
          aboutLabel: initial.about?.label,
        }
      : null,
  )

  const load = useCallback(async () => {
    if (view === 'settings') return
    const res = await api(`/email-messages?where[folder][equals]=${view}&sort=-createdAt&limit=${PAGE_SIZE}&page=${page}&depth=0`)
    setList(
      res.status === 200 ? { docs: res.body.docs, totalPages: Math.max(1, res.body.totalPages) } : { docs: [], totalPages: 1 },
    )
  }, [view, page])

  useEffect(() => {
    void load()
    // The outbox empties by itself: look again while the user watches it.
    if (view !== 'outbox') return
    const timer = setInterval(() => void load(), 3000)
    return () => clearInterval(timer)
  }, [load, view])

  const choose = (next: View) => {
    setView(next)
    setPage(1)
    setOpen(null)
    setComposing(null)
  }

  return (
    <div className={styles.mail}>
      <nav className={styles.folders} aria-label={t.title}>
        <button
          type="button"
          className={styles.primary}
          onClick={() => setComposing({ to: '', subject: '', body: '', relatedTo: null })}
        >
          {t.compose}
        </button>
        {[...FOLDERS, 'settings' as const].map((f) => (
          <button
            type="button"
            key={f}
            data-folder={f}
            aria-current={view === f && !composing ? 'page' : undefined}
            className={view === f && !composing ? styles.folderActive : styles.folder}
            onClick={() => choose(f)}
          >
            {t[f]}
          </button>
        ))}
      </nav>
      <section className={styles.main}>
        {composing ? (
          <Compose
            language={language}
            draft={composing}
            onDone={(folder) => {
              setComposing(null)
              choose(folder)
            }}
          />
        ) : view === 'settings' ? (
          <MailboxSettings language={language} />
        ) : (
          <>
            <h1 className={styles.heading}>{t[view]}</h1>
            {list && list.docs.length === 0 ? <p className={styles.empty}>{t.empty}</p> : null}
            <ul className={styles.list}>
              {list?.docs.map((m) => (
                <li key={m.id}>
                  <button type="button" className={open?.id === m.id ? styles.rowOpen : styles.row} onClick={() => setOpen(m)}>
                    <span className={styles.who}>{view === 'inbox' ? m.from : m.to}</span>
                    <span className={styles.subject}>{m.subject || '—'}</span>
                    <time className={styles.when}>
                      {new Date(m.receivedAt ?? m.sentAt ?? m.createdAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en')}
                    </time>
                  </button>
                </li>
              ))}
            </ul>
            {list && list.totalPages > 1 ? (
              <div className={styles.pager}>
                <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  {t.previous}
                </button>
                <span>{fillText(t.page, { page, pages: list.totalPages })}</span>
                <button type="button" disabled={page >= list.totalPages} onClick={() => setPage(page + 1)}>
                  {t.next}
                </button>
              </div>
            ) : null}
            {open ? <MessageView language={language} message={open} onEdit={() => setComposing(open)} /> : null}
          </>
        )}
      </section>
    </div>
  )
}

function MessageView({ language, message, onEdit }: { language: 'en' | 'zh'; message: MailRow; onEdit: () => void }) {
  const t = mailTexts[language]
  return (
    <article className={styles.message} aria-label={message.subject ?? ''}>
      <h2>{message.subject || '—'}</h2>
      <dl className={styles.meta}>
        {message.from ? (
          <>
            <dt>{t.from}</dt>
            <dd>{message.from}</dd>
          </>
        ) : null}
        <dt>{t.to}</dt>
        <dd>{message.to}</dd>
        {message.folder === 'failed' || message.lastError ? (
          <>
            <dt>{t.error}</dt>
            <dd className={styles.problem} role="alert">
              {message.lastError} ({fillText(t.attempts, { n: message.attempts ?? 0 })})
            </dd>
          </>
        ) : null}
      </dl>
      <pre className={styles.body}>{message.body}</pre>
      {message.folder === 'draft' || message.folder === 'failed' ? (
        <button type="button" className={styles.primary} onClick={onEdit}>
          {message.folder === 'failed' ? t.sendAgain : t.edit}
        </button>
      ) : null}
    </article>
  )
}
