import Handlebars from 'handlebars'
import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { addDays, dayOf } from '../calendar/range/zonedTime'
import { logOnTimeline } from '../email/messages/logOnTimeline'
import { TENANT_HEADER } from '../email/outboxEmailAdapter'
import { notify } from '../notifications/notify'
import { DEFAULT_TIME_ZONE, isTimeZone } from '../numbering/period'
import { dueRecordIds } from './dueRecords'
import { OCCASIONS, type Occasion } from './occasions'
import { queueCareSms } from './queueCareSms'
import { type Recipient, recipientOf } from './recipient'

type Rule = {
  id: Id
  name: string
  occasion: Occasion
  daysBefore?: number | null
  channel: 'email' | 'sms' | 'reminder'
  subject?: string | null
  body?: string | null
  notifyOwner?: boolean | null
}
export type CareTally = { sent: number; reminded: number; skipped: number; failed: number }
type Status = 'sent' | 'reminded' | 'skippedNoAddress' | 'skippedNoConsent' | 'skippedNoChannel' | 'failed'

// Messages are plain text from the company's own templates: no HTML escaping inside them.
const handlebars = Handlebars.create()
const OCCASION_TEXT = {
  birthday: { zh: '生日', en: 'birthday' },
  foundingDay: { zh: '成立纪念日', en: 'founding day' },
  contractAnniversary: { zh: '合同签订周年', en: 'contract anniversary' },
}

/**
 * Each tenant's active care rules for today (in its time zone): every record whose occasion falls
 * `daysBefore` days ahead gets the rule's message once that year — the (rule, record, year) row is
 * claimed before anything goes out — or a recorded reason why not (no address, no consent, no SMS
 * gateway); the record's owner is reminded in the app.
 */
export async function runCareRules(req: PayloadRequest, now = new Date()): Promise<CareTally> {
  const tally: CareTally = { sent: 0, reminded: 0, skipped: 0, failed: 0 }
  for (let page = 1; ; page++) {
    const tenants = await req.payload.find({
      collection: 'tenants',
      page,
      limit: 100,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true, timeZone: true },
    })
    for (const tenant of tenants.docs as unknown as { id: Id; name: string; timeZone?: string | null }[]) {
      const zone = tenant.timeZone && isTimeZone(tenant.timeZone) ? tenant.timeZone : DEFAULT_TIME_ZONE
      const rules = await req.payload.find({
        collection: 'care-rules',
        where: { and: [{ tenant: { equals: tenant.id } }, { active: { equals: true } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      for (const rule of rules.docs as unknown as Rule[]) {
        const day = addDays(dayOf(now, zone), rule.daysBefore ?? 0)
        let after: Id | null = null
        for (;;) {
          const ids = await dueRecordIds(req, tenant.id, rule.occasion, day, zone, after)
          for (const id of ids) {
            const status = await careFor(req, { id: tenant.id, name: tenant.name, zone }, rule, id, day)
            if (status === 'sent') tally.sent++
            else if (status === 'reminded') tally.reminded++
            else if (status === 'failed') tally.failed++
            else if (status) tally.skipped++
          }
          if (ids.length === 0) break
          after = ids[ids.length - 1]
        }
      }
    }
    if (!tenants.hasNextPage) return tally
  }
}

/** One record's greeting; null when this year's was already handled (a rerun, another worker). */
async function careFor(
  req: PayloadRequest,
  tenant: { id: Id; name: string; zone: string },
  rule: Rule,
  id: Id,
  day: string,
): Promise<Status | null> {
  const { collection } = OCCASIONS[rule.occasion]
  const year = Number(day.slice(0, 4))
  let claim: { id: Id }
  try {
    claim = (await req.payload.create({
      collection: 'care-occurrences',
      data: {
        tenant: tenant.id,
        rule: rule.id,
        entity: collection,
        record: String(id),
        year,
        dueOn: day,
        status: 'failed',
        error: 'interrupted',
      },
      overrideAccess: true,
      req,
    })) as unknown as { id: Id }
  } catch (error) {
    const taken = await req.payload.count({
      collection: 'care-occurrences',
      where: {
        and: [
          { rule: { equals: rule.id } },
          { entity: { equals: collection } },
          { record: { equals: String(id) } },
          { year: { equals: year } },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs > 0) return null
    throw error
  }
  const who = await recipientOf(req, rule.occasion, id, tenant.zone)
  const data = { name: who.name, years: who.years(day), date: day, company: tenant.name }
  let status: Status
  let to: string | null = null
  let failure: string | null = null
  try {
    ;({ status, to } = await deliver(req, tenant.id, rule, who, data, `care:${claim.id}`, { collection, id }))
  } catch (error) {
    status = 'failed'
    failure = (error as Error).message.slice(0, 500)
  }
  await req.payload.update({
    collection: 'care-occurrences',
    id: claim.id,
    data: { status, to, error: failure },
    overrideAccess: true,
    req,
  })
  if (rule.notifyOwner !== false && who.owner != null) {
    const what = OCCASION_TEXT[rule.occasion]
    await notify(req, [who.owner], {
      tenant: tenant.id,
      kind: 'reminder',
      text: {
        zh: `${day} 是 ${who.name} 的${what.zh}（${rule.name}）`,
        en: `${day} is ${who.name}'s ${what.en} (${rule.name})`,
      },
      entity: collection,
      record: id,
      key: `care:${rule.id}:${collection}:${id}:${year}`,
    })
  }
  return status
}

async function deliver(
  req: PayloadRequest,
  tenant: Id,
  rule: Rule,
  who: Recipient,
  data: Record<string, unknown>,
  key: string,
  record: { collection: string; id: Id },
): Promise<{ status: Status; to: string | null }> {
  if (rule.channel === 'reminder') return { status: 'reminded', to: null }
  const address = rule.channel === 'email' ? who.email : who.mobile
  if (!address) return { status: 'skippedNoAddress', to: null }
  if (!who.consents(rule.channel)) return { status: 'skippedNoConsent', to: address }
  const text = handlebars.compile(rule.body ?? '', { noEscape: true })(data)
  if (rule.channel === 'sms') {
    const queued = await queueCareSms(req, tenant, who, text)
    return { status: queued ? 'sent' : 'skippedNoChannel', to: address }
  }
  const subject = handlebars.compile(rule.subject || rule.name, { noEscape: true })(data)
  await req.payload.sendEmail({
    to: address,
    subject,
    text,
    html: `<p>${Handlebars.escapeExpression(text).replace(/\n/g, '<br>')}</p>`,
    headers: { [TENANT_HEADER]: String(tenant), 'Idempotency-Key': key },
  })
  // On the customer's timeline like any mail to them, as the owner's; not a follow-up by anyone.
  await logOnTimeline(
    req.payload,
    { id: record.id, tenant, owner: who.owner, relatedTo: { relationTo: record.collection, value: record.id } },
    { subject, at: new Date().toISOString(), outcome: text, followUp: false },
  )
  return { status: 'sent', to: address }
}
