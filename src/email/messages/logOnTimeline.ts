import type { Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import { RELATABLE } from '../../fields/relatedTo'

type Linked = { id: Id; tenant?: unknown; owner?: unknown; relatedTo?: { relationTo: string; value: unknown } | null }

/**
 * A done email activity on the message's record, so the mail shows on its timeline and moves its last
 * follow-up like any other contact. A contact's mail is also listed under the contact. An automatic
 * mail (a birthday greeting) is shown but is no follow-up (`followUp: false`): otherwise greetings would
 * keep a neglected customer out of the public pool.
 */
export async function logOnTimeline(
  payload: Payload,
  message: Linked,
  entry: { subject: string; at: string; outcome: string; followUp?: boolean },
): Promise<Id | null> {
  const target = message.relatedTo
  const recordId = idOf(target?.value)
  if (!target || recordId == null || !(RELATABLE as readonly string[]).includes(target.relationTo)) return null
  const activity = await payload.create({
    collection: 'activities',
    data: {
      tenant: idOf(message.tenant),
      subject: entry.subject || '(no subject)',
      type: 'email',
      status: 'done',
      startAt: entry.at,
      relatedTo: { relationTo: target.relationTo, value: recordId },
      ...(target.relationTo === 'contacts' ? { contacts: [recordId] } : {}),
      owner: idOf(message.owner) ?? undefined,
      outcome: entry.outcome.slice(0, 4000),
    } as never,
    overrideAccess: true,
    depth: 0,
    ...(entry.followUp === false ? { context: { notAFollowUp: true } } : {}),
  })
  return activity.id
}
