'use client'
import { useState } from 'react'
import type { CallerCard } from '../../../../../cti/callerCard'
import styles from './calls.module.css'
import type { CallTexts } from './texts'

const OUTCOMES = ['resolved', 'followUp', 'interested', 'notInterested', 'wrongNumber', 'voicemail'] as const
const ENDED = ['missed', 'completed']

type Props = { card: CallerCard; t: CallTexts; language: 'en' | 'zh'; onClose: () => void }

const formatTime = (iso: string, language: 'en' | 'zh') =>
  new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )

/**
 * One call on the agent's screen: who is calling (as far as the agent may see), a link to their record
 * or a button making a lead of an unknown number, and once the call has ended the outcome and notes,
 * saved on the call's activity like any edit.
 */
export function ScreenPop({ card, t, language, onClose }: Props) {
  const [lead, setLead] = useState<{ id: string | number; name: string } | null>(null)
  const [outcome, setOutcome] = useState('')
  const [notes, setNotes] = useState('')
  const [saved, setSaved] = useState<'no' | 'yes' | 'failed'>('no')
  const customer = card.customerCard
  const ended = ENDED.includes(card.status)
  const headingId = `call-${card.callId}`

  const createLead = async () => {
    const res = await fetch(`/api/cti/calls/${card.activity}/lead`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).catch(() => null)
    if (res?.ok) setLead((await res.json()).lead)
  }
  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const res = await fetch(`/api/activities/${card.activity}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ callOutcome: outcome || null, outcome: notes }),
    }).catch(() => null)
    setSaved(res?.ok ? 'yes' : 'failed')
  }

  return (
    <section className={styles.pop} aria-labelledby={headingId} data-testid="screen-pop" data-call-status={card.status}>
      <header className={styles.popHeader}>
        <h2 id={headingId}>{card.direction === 'inbound' ? t.inbound : t.outbound}</h2>
        <span className={styles.callStatus}>{t.callStatuses[card.status]}</span>
        <button type="button" className={styles.close} onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </header>
      <p className={styles.number}>{card.number}</p>
      {customer ? (
        <div className={styles.customer}>
          <a href={customer.href} className={styles.customerName} data-testid="screen-pop-customer">
            {customer.name}
          </a>
          {customer.company ? <div>{customer.company}</div> : null}
          <div className={styles.muted}>
            {t.lastFollowUp}: {customer.lastFollowUpAt ? formatTime(customer.lastFollowUpAt, language) : t.never}
          </div>
        </div>
      ) : card.customerHidden ? (
        <p className={styles.muted}>{t.hiddenCustomer}</p>
      ) : lead ? (
        <p>
          {t.leadCreated}: <a href={`/app/leads/${lead.id}`}>{lead.name}</a>
        </p>
      ) : (
        <div className={styles.customer}>
          <p className={styles.muted}>{t.unknownNumber}</p>
          <button type="button" className={styles.secondary} onClick={() => void createLead()}>
            {t.createLead}
          </button>
        </div>
      )}
      {ended ? (
        <form className={styles.outcome} onSubmit={(e) => void save(e)}>
          <label>
            {t.outcome}
            <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              <option value="">{t.chooseOutcome}</option>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t.outcomes[o]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.notes}
            <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
          </label>
          <button type="submit" className={styles.primary} disabled={saved === 'yes'}>
            {t.save}
          </button>
          <span role="status" className={styles.muted}>
            {saved === 'yes' ? t.saved : saved === 'failed' ? t.failed : ''}
          </span>
        </form>
      ) : null}
    </section>
  )
}
