import type { Endpoint } from 'payload'
import { jsonBody } from '../../endpoints/requestParams'
import { type ClassProgress, createClass } from '../classes/createClass'
import { credentialsCsv } from '../classes/credentialsCsv'
import { labHandler, languageOf } from './errors'
import { labMessage } from './messages'
import { requireTeacher } from './teacher'
import { validateNewClass } from './validateNewClass'

/**
 * POST /api/labs/classes — a class from a preset, streamed as NDJSON: a `progress` line after each
 * group and after the students, then `done` with the class's id and the students' logins as CSV (the
 * only place their passwords ever exist), or `error`. The body is checked first: a problem is a plain
 * 400 naming the field, before anything is made. The caller becomes the class's teacher.
 */
export const createClassEndpoint: Endpoint = {
  path: '/labs/classes',
  method: 'post',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const spec = await validateNewClass(req, await jsonBody(req))
    const language = languageOf(req)
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      // Not awaited: the response starts at once and the lines follow the work.
      start(controller) {
        let open = true
        const send = (line: Record<string, unknown>) => {
          if (!open) return
          try {
            controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
          } catch {
            open = false // the console went away; the class is still made
          }
        }
        const run = async () => {
          try {
            const made = await createClass(
              req.payload,
              {
                name: spec.name,
                slug: spec.slug,
                language: spec.language,
                preset: spec.preset.bundle,
                presetId: spec.preset.id,
                groups: spec.groups,
                students: spec.students,
                teacher: teacher.userId,
              },
              (progress: ClassProgress) => send({ type: 'progress', ...progress }),
            )
            send({ type: 'done', class: made.class, credentialsCsv: credentialsCsv(made.credentials, spec.language) })
          } catch (error) {
            req.payload.logger.error({ err: error, msg: `lab class ${spec.slug} failed` })
            // A field Payload refused (the slug taken since the check, by a class made at the same time).
            const path = (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.[0]?.path
            send({
              type: 'error',
              message: labMessage(language, 'failed', { reason: (error as Error).message }),
              ...(path === 'slug' ? { field: 'slug' } : {}),
            })
          } finally {
            if (open) controller.close()
          }
        }
        void run()
      },
    })
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
    })
  }),
}
