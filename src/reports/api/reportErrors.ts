import { APIError, type PayloadRequest } from 'payload'
import { toLanguage } from '../../i18n/language'
import { ReportError } from '../reportError'

const STATUS: Partial<Record<ReportError['code'], number>> = { notReadable: 403, notFound: 404 }

/**
 * Runs an endpoint's work and maps a refused report to its HTTP answer: 400 with `errors: [{ path,
 * message }]` in the user's language (403 when the entity may not be read, 404 for a report not shared).
 */
export async function answering(req: PayloadRequest, work: () => Promise<Response>): Promise<Response> {
  if (!req.user) throw new APIError('Unauthorized', 401)
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof ReportError)) throw error
    const message = error.messageIn(toLanguage(req.i18n?.language))
    return Response.json({ errors: [{ path: error.path, message }] }, { status: STATUS[error.code] ?? 400 })
  }
}
