import { getLocalI18n, type PayloadRequest, ValidationError } from 'payload'
import { type Id, idOf, sameId } from '../access/types'
import type { Language } from '../i18n/language'
import { clientAddress, hashAddress } from './clientAddress'
import { loadPublicForm } from './definition'
import { negotiateLanguage } from './language'
import { say } from './messages'
import { type FieldError, readSubmission } from './readSubmission'
import { type Attempt, claimSubmission, logAttempt, rateLimited, settleAttempt } from './submissionLog'
import type { ResolvedPublicForm } from './types'

/** What the endpoint answers: a status, a JSON body, and headers (Retry-After). */
export type SubmissionResult = { status: number; body: unknown; headers?: Record<string, string> }

const problem = (
  status: number,
  message: string,
  errors: FieldError[] = [],
  headers?: Record<string, string>,
): SubmissionResult => ({
  status,
  // Payload's error shape, so every client of the API reads field errors the same way.
  body: { errors: [{ message, ...(errors.length > 0 ? { data: { errors } } : {}) }] },
  headers,
})

/** Success and a filled honeypot answer alike: the same status and body, so a bot learns nothing. */
const accepted = (form: ResolvedPublicForm, language: Language): SubmissionResult => ({
  status: 201,
  body: { message: form.thankYou[language] || form.thankYou.zh || form.thankYou.en, redirect: form.redirectUrl },
})

const tooMany = (seconds: number, language: Language) =>
  problem(429, say(language, 'rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) }), [], {
    'retry-after': String(seconds),
  })

const summarize = (errors: readonly { path: string; message: string }[]) =>
  errors.map((e) => `${e.path}: ${e.message}`).join('\n')

/** The field of the form an error path belongs to (`custom.visits.0.on` → `custom.visits`), if the form shows it. */
function onForm(form: ResolvedPublicForm, path: string): boolean {
  const [head, key] = path.split('.')
  if (head === 'custom') return key != null && Object.hasOwn(form.definition.schema.properties, key)
  return form.definition.baseFields.some((f) => f.name === head)
}

/** The form's owner while still an active member of the tenant, with the department new records go to. */
async function assignee(
  req: PayloadRequest,
  form: ResolvedPublicForm,
): Promise<{ owner: Id | null; department: Id | null; note?: string }> {
  if (form.owner == null) return { owner: null, department: form.department }
  const user = (await req.payload.findByID({
    collection: 'users',
    id: form.owner,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as { active?: boolean | null; memberships?: { tenant: unknown; department?: unknown }[] } | null
  const membership = user?.memberships?.find((m) => sameId(m.tenant, form.tenantId))
  // Someone who left keeps no new records: they go unassigned (leads into the public pool) and the log says why.
  if (!user || user.active === false || !membership)
    return {
      owner: null,
      department: form.department,
      note: `owner ${form.owner} is no longer an active member: left unassigned`,
    }
  return { owner: form.owner, department: form.department ?? idOf(membership.department) }
}

/**
 * An anonymous submission of /forms/<tenant>/<form>: refused while the visitor's address is over the
 * form's limit (429, Retry-After); a filled honeypot is answered like a success and creates nothing;
 * the values are checked against the form, then the record is created through the Local API in the
 * form's tenant, with its fixed values and owner, validated like every other write. Every attempt is
 * logged with its outcome (public-form-submissions) under a keyed hash of the address.
 */
export async function submitPublicForm(
  req: PayloadRequest,
  tenantSlug: string,
  formSlug: string,
  body: unknown,
  requestedLanguage: unknown,
): Promise<SubmissionResult> {
  // A visitor's submission, whoever is signed in: a session (of this company or another) changes nothing.
  req.user = null
  const form = await loadPublicForm(req, tenantSlug, formSlug)
  const language = negotiateLanguage(
    requestedLanguage,
    req.headers.get('accept-language'),
    form?.definition.tenant.language ?? 'zh',
  )
  // Payload's own messages (a required base field, an email address) in the visitor's language too.
  req.i18n = await getLocalI18n({ config: req.payload.config, language })
  req.t = req.i18n.t
  if (!form) return problem(404, say(language, 'formNotFound'))
  const ipHash = hashAddress(clientAddress(req.headers), req.payload.secret)
  const attempt = (outcome: Attempt['outcome'], extra: Partial<Attempt> = {}): Attempt => ({
    tenant: form.tenantId,
    form: form.id,
    formSlug,
    entity: form.entity,
    ipHash,
    userAgent: req.headers.get('user-agent') ?? '',
    language,
    outcome,
    ...extra,
  })

  const wait = await rateLimited(req, { form: form.id, ipHash }, form.rateLimit)
  if (wait != null) {
    req.payload.logger.warn(`public form ${tenantSlug}/${formSlug}: address ${ipHash} over the limit, ${wait} s to wait`)
    return tooMany(wait, language)
  }

  const trap = (body as Record<string, unknown> | null)?.[form.definition.honeypot]
  if (typeof trap === 'string' && trap.trim() !== '') {
    await logAttempt(req, attempt('honeypot', { detail: `${form.definition.honeypot}: ${trap.slice(0, 200)}` }))
    req.payload.logger.info(`public form ${tenantSlug}/${formSlug}: honeypot filled by ${ipHash}, nothing created`)
    return accepted(form, language)
  }

  const { values, errors } = readSubmission(form.definition, body, language)
  if (errors.length > 0) {
    await logAttempt(req, attempt('invalid', { detail: summarize(errors) }))
    return problem(400, say(language, 'fix'), errors)
  }

  const claim = await claimSubmission(req, attempt('pending'), form.rateLimit)
  if ('retryAfter' in claim) return tooMany(claim.retryAfter, language)

  const { owner, department, note } = await assignee(req, form)
  const fixedCustom = (form.fixed.custom ?? {}) as Record<string, unknown>
  try {
    const doc = await req.payload.create({
      collection: form.entity,
      data: {
        ...form.fixed,
        ...values,
        custom: { ...fixedCustom, ...(values.custom as Record<string, unknown>) },
        tenant: form.tenantId,
        owner,
        department,
      },
      overrideAccess: true,
      depth: 0,
      req,
      // A possible duplicate is still created (the visitor's request is not lost, nor is it told that
      // the tenant knows them); admins merge it from the duplicates list.
      context: { confirmDuplicate: true, publicForm: form.id },
    })
    await settleAttempt(req, claim.id, 'created', { recordId: String(doc.id), detail: note })
    return accepted(form, language)
  } catch (error) {
    if (error instanceof ValidationError) {
      const found = error.data.errors.map((e) => ({ path: e.path, message: e.message }))
      if (found.every((e) => onForm(form, e.path))) {
        await settleAttempt(req, claim.id, 'invalid', { detail: summarize(found) })
        return problem(400, say(language, 'fix'), found)
      }
      // A fixed value or a field the form does not show is refused: the admin's to fix, not the visitor's.
      await settleAttempt(req, claim.id, 'failed', { detail: summarize(found) })
      return problem(503, say(language, 'unavailable'))
    }
    await settleAttempt(req, claim.id, 'failed', { detail: (error as Error).message })
    req.payload.logger.error({ err: error, msg: `public form ${tenantSlug}/${formSlug}: submission failed` })
    return problem(500, say(language, 'unavailable'))
  }
}
