'use client'
import { AgentStatusSelect } from './AgentStatusSelect'
import styles from './calls.module.css'
import { ScreenPop } from './ScreenPop'
import { callTexts } from './texts'
import { useCallStream } from './useCallStream'

/**
 * The telephone part of the workspace header: the agent's status, and the screen pops of the calls the
 * CTI reports for this agent, stacked in a corner above whatever page is open.
 */
export function CallCenter({ language }: { language: 'en' | 'zh' }) {
  const t = callTexts[language]
  const { calls, dismiss, listening } = useCallStream()
  // Answering makes the agent busy and hanging up frees them, on the server: read the status again then.
  const refreshKey = calls.map((c) => `${c.callId}:${c.status}`).join(',')
  return (
    <>
      <AgentStatusSelect t={t} refreshKey={refreshKey} listening={listening} />
      {calls.length > 0 ? (
        <div className={styles.pops} aria-live="assertive">
          {calls.map((card) => (
            <ScreenPop key={card.callId} card={card} t={t} language={language} onClose={() => dismiss(card.callId)} />
          ))}
        </div>
      ) : null}
    </>
  )
}
