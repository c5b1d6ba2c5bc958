import { createLocalReq } from 'payload'
import { postWebhook } from '../../../webhooks/postWebhook'
import type { Effect } from '../../engine'
import { loadRecord } from '../loadRecord'
import type { Applier } from '../types'

type Webhook = Extract<Effect, { kind: 'webhook' }>

/** POSTs the record to the URL, signed when the effect has a secret; a non-2xx answer is a failed attempt. */
export const webhook: Applier<Webhook> = {
  inDatabase: false,
  deliver: async (payload, effect, target) => {
    const record = await loadRecord(await createLocalReq({}, payload), target)
    const body = JSON.stringify({
      event: 'workflow.effect',
      idempotencyKey: target.idempotencyKey,
      entity: target.entity,
      id: target.record,
      record,
    })
    const result = await postWebhook({ url: effect.url, secret: effect.secret, idempotencyKey: target.idempotencyKey, body })
    if (!result.ok) throw new Error(result.error)
  },
}
