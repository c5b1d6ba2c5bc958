import type { Endpoint, PayloadRequest } from 'payload'
import { jsonBody } from '../endpoints/requestParams'
import { loadPublicForm } from './definition'
import { negotiateLanguage } from './language'
import { say } from './messages'
import { MAX_SUBMISSION_BYTES } from './readSubmission'
import { submitPublicForm } from './submit'

const params = (req: PayloadRequest) => ({
  tenant: String(req.routeParams?.tenant ?? ''),
  form: String(req.routeParams?.form ?? ''),
})

// Answers depend on the form's state (an admin may switch it off at any moment): never cached.
const NO_STORE = { 'cache-control': 'no-store' }

/**
 * GET /api/forms/:tenant/:form — what the public page draws (see PublicFormDefinition), for anonymous
 * visitors and other front ends; 404 when the tenant or an active form of that slug does not exist.
 */
const definitionEndpoint: Endpoint = {
  path: '/forms/:tenant/:form',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const { tenant, form } = params(req)
    const found = await loadPublicForm(req, tenant, form)
    if (!found) {
      const language = negotiateLanguage(req.searchParams?.get('lang'), req.headers.get('accept-language'), 'zh')
      return Response.json({ errors: [{ message: say(language, 'formNotFound') }] }, { status: 404, headers: NO_STORE })
    }
    return Response.json(found.definition, { headers: NO_STORE })
  },
}

/**
 * POST /api/forms/:tenant/:form `{ values: { <field>: …, custom: { … } } }` (`?lang=zh|en`) — an
 * anonymous submission: 201 with the thank-you message, 400 with errors per field path, 404, 429 with
 * Retry-After.
 */
const submitEndpoint: Endpoint = {
  path: '/forms/:tenant/:form',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const { tenant, form } = params(req)
    // Refused before it is read: a form of text fields is never this large (chunked bodies are measured after).
    if (Number(req.headers.get('content-length') ?? 0) > 2 * MAX_SUBMISSION_BYTES) {
      const language = negotiateLanguage(req.searchParams?.get('lang'), req.headers.get('accept-language'), 'zh')
      const message = say(language, 'tooLarge', { limit: MAX_SUBMISSION_BYTES / 1024 })
      return Response.json({ errors: [{ message }] }, { status: 413, headers: NO_STORE })
    }
    const result = await submitPublicForm(req, tenant, form, await jsonBody(req), req.searchParams?.get('lang'))
    return Response.json(result.body, { status: result.status, headers: { ...NO_STORE, ...result.headers } })
  },
}

export const publicFormEndpoints: Endpoint[] = [definitionEndpoint, submitEndpoint]
