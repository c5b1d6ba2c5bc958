import type { Endpoint } from 'payload'
import { smsCallbackEndpoint } from './callbackEndpoint'
import { smsReportEndpoint } from './reportEndpoint'

/** SMS and fax outside one batch: the gateway's delivery receipts and the report. See docs/communications.md. */
export const smsEndpoints: Endpoint[] = [smsCallbackEndpoint, smsReportEndpoint]
