'use client'
import { useState } from 'react'
import { BatchDetail } from './BatchDetail'
import { BatchList } from './BatchList'
import { SmsCompose } from './SmsCompose'
import { SmsReport } from './SmsReport'
import styles from './sms.module.css'
import { smsTexts } from './texts'

type Tab = 'compose' | 'batches' | 'report'
type Props = { language: 'en' | 'zh'; initial: { entity: string; record: string | null; batch: string | null } }

/** The SMS screen: write a message (to this record or a saved view), follow batches recipient by recipient, and the report. */
export function SmsApp({ language, initial }: Props) {
  const t = smsTexts[language]
  const [tab, setTab] = useState<Tab>(initial.batch ? 'batches' : 'compose')
  const [batchId, setBatchId] = useState<string | null>(initial.batch)
  // Bumped when a batch is sent or cancelled, so the list shows it at once.
  const [version, setVersion] = useState(0)
  const tabs: [Tab, string][] = [
    ['compose', t.tabCompose],
    ['batches', t.tabBatches],
    ['report', t.tabReport],
  ]
  return (
    <div className={styles.screen}>
      <h1 className={styles.title}>{t.screen}</h1>
      <div role="tablist" className={styles.tabs}>
        {tabs.map(([key, text]) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={tab === key}
            className={tab === key ? styles.tabActive : styles.tab}
            onClick={() => setTab(key)}
          >
            {text}
          </button>
        ))}
      </div>
      {tab === 'compose' ? (
        <SmsCompose
          language={language}
          initial={initial}
          onSent={(id) => {
            setBatchId(id)
            setVersion((v) => v + 1)
            setTab('batches')
          }}
        />
      ) : null}
      {tab === 'batches' ? (
        <div className={styles.split}>
          <BatchList language={language} open={batchId} onOpen={setBatchId} version={version} />
          {batchId ? (
            <BatchDetail language={language} id={batchId} onChanged={() => setVersion((v) => v + 1)} />
          ) : (
            <p className={styles.hint}>{t.chooseBatch}</p>
          )}
        </div>
      ) : null}
      {tab === 'report' ? <SmsReport language={language} /> : null}
    </div>
  )
}
