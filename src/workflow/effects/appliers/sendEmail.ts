import { createLocalReq, type Payload, type Where } from 'payload'
import { type Id, idOf } from '../../../access/types'
import { buildTemplateData } from '../../../printing/buildTemplateData'
import { renderTemplateDoc, type TemplateDoc } from '../../../printing/renderTemplateDoc'
import type { Effect } from '../../engine'
import { loadRecord } from '../loadRecord'
import type { Applier, EffectTarget } from '../types'

type SendEmail = Extract<Effect, { kind: 'sendEmail' }>

async function findTemplate(payload: Payload, tenant: Id, template: string): Promise<TemplateDoc> {
  const byId: Where[] = /^\d+$/.test(template)
    ? [{ id: { equals: Number(template) } }, { name: { equals: template } }]
    : [{ name: { equals: template } }]
  const { docs } = await payload.find({
    collection: 'export-templates',
    where: { and: [{ tenant: { equals: tenant } }, { or: byId }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`sendEmail: no export template "${template}" in this tenant`)
  return docs[0] as unknown as TemplateDoc
}

async function userById(payload: Payload, id: Id | null) {
  if (id == null) return null
  return payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
}

async function recipient(payload: Payload, effect: SendEmail, record: Record<string, unknown>): Promise<string> {
  if (effect.to === 'owner') {
    const owner = await userById(payload, idOf(record.owner))
    if (!owner?.email) throw new Error('sendEmail: the record has no owner with an email address')
    return owner.email
  }
  if (effect.to === 'contact') {
    const contact = idOf(record.contact)
    const doc =
      contact == null
        ? null
        : await payload.findByID({ collection: 'contacts', id: contact, depth: 0, overrideAccess: true, disableErrors: true })
    const email = (doc as { email?: string } | null)?.email
    if (!email) throw new Error('sendEmail: the record has no contact with an email address')
    return email
  }
  return effect.to
}

/**
 * Renders an export template for the record, as its owner sees it, and sends it through the outbox
 * with the effect's idempotency key (an `Idempotency-Key` header; the outbox keeps one message per key).
 */
export const sendEmail: Applier<SendEmail> = {
  inDatabase: false,
  deliver: async (payload, effect, target: EffectTarget) => {
    const record = await loadRecord(await createLocalReq({}, payload), target)
    const template = await findTemplate(payload, target.tenant, effect.template)
    const owner = await userById(payload, idOf(record.owner) ?? target.actor)
    if (!owner) throw new Error('sendEmail: nobody to render the template as (no owner)')
    const req = await createLocalReq({ user: { ...owner, collection: 'users' } as never }, payload)
    req.headers = new Headers({ 'x-tenant': String(target.tenant) })
    const rendered = await renderTemplateDoc(
      template,
      await buildTemplateData(req, target.entity, target.record, template.language),
    )
    if (!rendered.ok) throw new Error(`sendEmail: the template "${template.name}" failed: ${JSON.stringify(rendered.error)}`)
    await payload.sendEmail({
      to: await recipient(payload, effect, record),
      subject: template.name,
      html: rendered.html,
      headers: { 'Idempotency-Key': target.idempotencyKey },
    })
  },
}
