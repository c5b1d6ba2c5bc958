'use client'
import { useEffect, useState } from 'react'
import type { CallerCard } from '../../../../../cti/callerCard'

/**
 * The tab's one connection to `GET /api/cti/stream` (server-sent events; the browser reconnects by
 * itself after a drop). Returns the latest card per call, newest first, a way to dismiss one, and
 * whether the server is listening for this tab now.
 */
export function useCallStream() {
  const [calls, setCalls] = useState<CallerCard[]>([])
  const [listening, setListening] = useState(false)
  useEffect(() => {
    const source = new EventSource('/api/cti/stream', { withCredentials: true })
    source.addEventListener('ready', () => setListening(true))
    source.addEventListener('error', () => setListening(false))
    source.addEventListener('call', (event) => {
      const card = JSON.parse((event as MessageEvent).data) as CallerCard
      setCalls((list) => [card, ...list.filter((c) => c.callId !== card.callId)])
    })
    return () => source.close()
  }, [])
  const dismiss = (callId: string) => setCalls((list) => list.filter((c) => c.callId !== callId))
  return { calls, dismiss, listening }
}
