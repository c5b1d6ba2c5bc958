import { APIError, type PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { message, toLanguage } from '../i18n'
import { withRealValues } from '../privacy/withRealValues'
import { atomically } from './atomically'
import { undoCreate } from './undoCreate'

export type ConvertLeadOptions = {
  /** Attach the contact to this existing account instead of creating one. */
  accountId?: Id
  /** Also open an opportunity. */
  opportunity?: { name?: string; amount?: string; expectedCloseDate?: string } | null
}

export type ConvertLeadResult = { account: Id; contact: Id; opportunity: Id | null }

/**
 * A lead becomes an account, a contact and optionally an opportunity, in one step: the lead is
 * claimed first (two conversions at once: one wins), every record is created with the user's own
 * permissions, and any failure leaves nothing behind.
 */
export async function convertLead(req: PayloadRequest, leadId: Id, options: ConvertLeadOptions = {}): Promise<ConvertLeadResult> {
  const lang = toLanguage(req.i18n?.language)
  // Read as the user (their access decides), but copy the stored values, never a masked viewer's stars.
  const lead = await withRealValues(
    req,
    'leads',
    await req.payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: false, user: req.user, req }),
  )
  return atomically(req, async (onUndo) => {
    const claimed = await compareAndSet(
      req,
      'leads',
      leadId,
      { status: { not_equals: 'converted' } },
      { status: 'converted', convertedAt: new Date().toISOString() },
    )
    if (!claimed) throw new APIError(message(lang, 'leadAlreadyConverted'), 409, { code: 'leadAlreadyConverted' }, true)
    onUndo(() =>
      req.payload.db.updateOne({
        collection: 'leads',
        id: leadId,
        data: { status: lead.status, convertedAt: null },
        returning: false,
      }),
    )

    const common = { owner: idOf(lead.owner) ?? req.user?.id, department: idOf(lead.department) }
    const write = { overrideAccess: false, user: req.user, req } as const
    let accountId = options.accountId ?? null
    if (accountId == null) {
      const account = await req.payload.create({
        collection: 'accounts',
        data: {
          ...common,
          name: lead.company || lead.name,
          phone: lead.phone,
          email: lead.email,
          source: lead.source,
          type: 'customer',
        },
        ...write,
      })
      accountId = account.id
      onUndo(() => undoCreate(req, 'accounts', account.id))
    }
    const contact = await req.payload.create({
      collection: 'contacts',
      data: {
        ...common,
        account: accountId,
        name: lead.name,
        title: lead.title,
        mobile: lead.mobile,
        phone: lead.phone,
        email: lead.email,
        leadSource: lead.source,
        consent: lead.consent,
        isPrimary: options.accountId == null,
      },
      ...write,
    })
    onUndo(() => undoCreate(req, 'contacts', contact.id))
    let opportunityId: Id | null = null
    if (options.opportunity) {
      const opportunity = await req.payload.create({
        collection: 'opportunities',
        data: {
          ...common,
          account: accountId,
          contact: contact.id,
          name: options.opportunity.name || `${lead.company || lead.name}`,
          amount: options.opportunity.amount,
          expectedCloseDate: options.opportunity.expectedCloseDate,
          source: lead.source,
        },
        ...write,
      })
      opportunityId = opportunity.id
      onUndo(() => undoCreate(req, 'opportunities', opportunity.id))
    }
    await req.payload.update({
      collection: 'leads',
      id: leadId,
      data: { convertedAccount: accountId, convertedContact: contact.id, convertedOpportunity: opportunityId },
      ...write,
    })
    return { account: accountId, contact: contact.id, opportunity: opportunityId }
  })
}
