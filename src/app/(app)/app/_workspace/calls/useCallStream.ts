'use client'
import { useEffect, useState } from 'react'
import type { CallerCard } from '../../../../../cti/callerCard'

/**
 * The tab's one connection to `GET /api/cti/stream` (server-sent events; the browser reconnects by
 * itself after a drop). Returns the latest card per call, newest first, and a way to dismiss one.
 */
export function useCallStream() {
  const [calls, setCalls] = useState<CallerCard[]>([])
  useEffect(() => {
    const source = new EventSource('/api/cti/stream', { withCredentials: true })
    source.addEventListener('call', (event) => {
      const card = JSON.parse((event as MessageEvent).data) as CallerCard
      setCalls((list) => [card, ...list.filter((c) => c.callId !== card.callId)])
    })
    return () => source.close()
  }, [])
  const dismiss = (callId: string) => setCalls((list) => list.filter((c) => c.callId !== callId))
  return { calls, dismiss }
}
