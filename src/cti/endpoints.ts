import type { Endpoint } from 'payload'
import { agentStatusEndpoints } from './agentEndpoints'
import { ctiEventEndpoint } from './eventEndpoint'
import { leadFromCallEndpoint } from './leadFromCallEndpoint'
import { ctiStatsEndpoint } from './statsEndpoint'
import { ctiStreamEndpoint } from './streamEndpoint'

/** Telephone integration (CTI): events in, the screen pop out, agent status, statistics. See docs/communications.md. */
export const ctiEndpoints: Endpoint[] = [
  ctiEventEndpoint,
  ctiStreamEndpoint,
  ...agentStatusEndpoints,
  ctiStatsEndpoint,
  leadFromCallEndpoint,
]
