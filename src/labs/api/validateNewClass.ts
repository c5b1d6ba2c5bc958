import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { documentId } from '../../endpoints/requestParams'
import type { Bundle } from '../bundle/format'
import { labError, languageOf } from './errors'
import { LAB_WORDS } from './messages'

export const MAX_GROUPS = 200
export const MAX_STUDENTS = 2000
const MAX_NAME = 200
const MAX_STUDENT_NAME = 100
// The same rule createClass applies; checked here first so the teacher gets a 400 naming the field.
const SLUG = /^[a-z0-9][a-z0-9-]{1,40}$/

export type ValidClass = {
  name: string
  slug: string
  language: 'zh' | 'en'
  preset: { id: Id; bundle: Bundle }
  groups: number
  students: string[]
}

/**
 * The body of POST /api/labs/classes checked before any work starts: each problem a 400 naming its
 * field (name, slug, language, preset, groups, students). The slug must be free for the class, its
 * groups (`<slug>-g1` …) and its students' logins (`<slug>-s1@…`).
 */
export async function validateNewClass(req: PayloadRequest, body: Record<string, unknown>): Promise<ValidClass> {
  const words = LAB_WORDS[languageOf(req)]
  const bad = (field: string, key: Parameters<typeof labError>[2], vars: Record<string, string | number> = {}) =>
    labError(req, 400, key, vars, field)

  const name = typeof body.name === 'string' ? body.name.trim() : ''
  if (!name) throw bad('name', 'required', { field: words.name })
  if (name.length > MAX_NAME) throw bad('name', 'nameTooLong', { max: MAX_NAME })

  const slug = typeof body.slug === 'string' ? body.slug.trim() : ''
  if (!slug) throw bad('slug', 'required', { field: words.slug })
  if (!SLUG.test(slug)) throw bad('slug', 'slugFormat')

  if (body.language !== 'zh' && body.language !== 'en') throw bad('language', 'language')
  const language = body.language

  if (body.preset == null || body.preset === '') throw bad('preset', 'required', { field: words.preset })
  const preset = (await req.payload
    .findByID({
      collection: 'lab-presets',
      id: documentId(req, body.preset),
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)) as { id: Id; bundle: Bundle } | null
  if (!preset) throw bad('preset', 'preset', { preset: String(body.preset) })

  const groups = body.groups
  if (typeof groups !== 'number' || !Number.isInteger(groups) || groups < 1 || groups > MAX_GROUPS)
    throw bad('groups', 'groups', { max: MAX_GROUPS })

  if (!Array.isArray(body.students) || body.students.length === 0 || body.students.length > MAX_STUDENTS)
    throw bad('students', 'studentsList', { max: MAX_STUDENTS })
  const students = body.students.map((student, i) => {
    if (typeof student !== 'string' || student.trim() === '') throw bad(`students.${i}`, 'studentName', { index: i + 1 })
    if (student.trim().length > MAX_STUDENT_NAME)
      throw bad(`students.${i}`, 'studentNameTooLong', { index: i + 1, max: MAX_STUDENT_NAME })
    return student.trim()
  })

  const slugs = [slug, ...Array.from({ length: groups }, (_, g) => `${slug}-g${g + 1}`)]
  const { docs: tenants } = await req.payload.find({
    collection: 'tenants',
    where: { slug: { in: slugs } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { slug: true },
  })
  const emails = students.map((_, i) => `${slug}-s${i + 1}@students.formwork.local`)
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { email: { in: emails } },
    limit: 3,
    depth: 0,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  const taken = [...tenants.map((t) => String(t.slug)), ...users.map((u) => String(u.email))]
  if (taken.length > 0) throw bad('slug', 'slugTaken', { slug, taken: taken.slice(0, 3).join(', ') })

  return { name, slug, language, preset: { id: preset.id, bundle: preset.bundle }, groups, students }
}
