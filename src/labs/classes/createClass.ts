import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { ensureBuiltInRoles } from '../../access/builtInRoles'
import type { Id } from '../../access/types'
import { applyBundle } from '../bundle/applyBundle'
import type { Bundle } from '../bundle/format'
import { cloneGroup } from '../clone/cloneGroup'
import { CloneUnsupported, readTenantRows, type TenantRows } from '../clone/cloneTenant'
import { saveTemplate } from '../clone/presetTemplate'
import { discardClass } from './discardClass'

export type NewClass = {
  name: string
  /** URL-safe; groups are `<slug>-g1` …, students `<slug>-s1@<studentDomain>` … */
  slug: string
  language: 'zh' | 'en'
  preset: Bundle
  /** The `lab-presets` record the bundle came from: a reset loads it again. */
  presetId?: Id | null
  groups: number
  /** The students' names, shared out over the groups in turn. */
  students: string[]
  /** The teacher (an existing user) administers the class and reads its groups. */
  teacher?: Id
  studentDomain?: string
}

const STUDENTS_AT_ONCE = 4

export type Credential = { name: string; email: string; password: string; group: string }
export type ClassProgress = { step: 'group' | 'students'; done: number; total: number }

// No 0/O, 1/l/I: read aloud in a classroom and typed from paper.
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const newPassword = (length = 10) =>
  Array.from(crypto.randomBytes(length), (byte) => READABLE[byte % READABLE.length]).join('')

/**
 * A class from a preset: the class (a tenant of kind `class`, the teacher its admin), N groups (tenants
 * of kind `group` under it, each set up like a new company and loaded with the preset), and one login
 * per student in their group with the student role. Progress is reported after each group and after the
 * students. The students' passwords exist only in the returned credentials (for the teacher's CSV).
 */
export async function createClass(
  payload: Payload,
  spec: NewClass,
  onProgress: (progress: ClassProgress) => void = () => undefined,
): Promise<{ class: Id; groups: { id: Id; slug: string; name: string }[]; credentials: Credential[] }> {
  if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(spec.slug)) throw new Error(`slug "${spec.slug}": lowercase letters, digits and dashes`)
  if (!Number.isInteger(spec.groups) || spec.groups < 1 || spec.groups > 200) throw new Error('groups: 1 to 200')
  const created = await payload.create({
    collection: 'tenants',
    data: { name: spec.name, slug: spec.slug, kind: 'class', language: spec.language, labPreset: spec.presetId ?? null },
    overrideAccess: true,
  })
  const classId = created.id as Id
  const groups: { id: Id; slug: string; name: string }[] = []
  const studentEmails: string[] = []
  try {
    return await fillClass(payload, spec, classId, groups, studentEmails, onProgress)
  } catch (error) {
    // Half a class is worse than none: the teacher fixes the cause and runs it again, same slug.
    await discardClass(payload, { classId, groups: groups.map((g) => g.id), studentEmails, teacher: spec.teacher })
    throw error
  }
}

/** Everything of a class after its tenant: the teacher, the groups (filled into `groups` as made), the students. */
async function fillClass(
  payload: Payload,
  spec: NewClass,
  classId: Id,
  groups: { id: Id; slug: string; name: string }[],
  studentEmails: string[],
  onProgress: (progress: ClassProgress) => void,
): Promise<{ class: Id; groups: { id: Id; slug: string; name: string }[]; credentials: Credential[] }> {
  if (spec.teacher != null) {
    const roles = await ensureBuiltInRoles(payload, classId, spec.language)
    await addMembership(payload, spec.teacher, classId, roles.teacher)
  }
  // The first group is loaded the normal way (every hook and validation); the others are copies of its
  // rows (cloneGroup), unless it holds something the copy cannot carry: then each is loaded the same way.
  let rows: TenantRows | null = null
  const loadGroup = async (group: Id, first: boolean) => {
    if (rows) return void (await cloneGroup(payload, rows, group))
    await applyBundle(payload, group, spec.preset, { overwrite: true })
    if (!first) return
    rows = await readTenantRows(payload, group).catch((error) => {
      if (error instanceof CloneUnsupported) return null
      throw error
    })
    // The pristine copy a reset starts from (presetTemplate.ts).
    if (rows) await saveTemplate(payload, rows, spec.preset, spec.language)
  }
  for (let g = 1; g <= spec.groups; g++) {
    const name = spec.language === 'zh' ? `${spec.name} 第 ${g} 组` : `${spec.name} group ${g}`
    const slug = `${spec.slug}-g${g}`
    const group = await payload.create({
      collection: 'tenants',
      data: { name, slug, kind: 'group', parent: classId, language: spec.language, labPreset: spec.presetId ?? null },
      overrideAccess: true,
      // A copy brings the roles, picklists, numbering and templates a new tenant would be given.
      context: { labGroupCopy: rows != null },
    })
    const first = groups.length === 0
    groups.push({ id: group.id as Id, slug, name })
    await loadGroup(group.id as Id, first)
    onProgress({ step: 'group', done: g, total: spec.groups })
  }
  const credentials: Credential[] = []
  const domain = spec.studentDomain ?? 'students.formwork.local'
  const studentRoles = new Map<Id, Id>()
  for (const group of groups) studentRoles.set(group.id, (await ensureBuiltInRoles(payload, group.id, spec.language)).student)
  // A few logins at a time: each one's password hash (PBKDF2, Payload's own, unchanged) runs on the
  // thread pool, so the next ones' hashes overlap with this one's writes. The order of the credentials
  // stays the order of the names.
  const students = spec.students.map((studentName, i) => ({ studentName, i, group: groups[i % groups.length] }))
  for (let at = 0; at < students.length; at += STUDENTS_AT_ONCE) {
    const batch = students.slice(at, at + STUDENTS_AT_ONCE)
    credentials.push(
      ...(await Promise.all(
        batch.map(async ({ studentName, i, group }) => {
          const email = `${spec.slug}-s${i + 1}@${domain}`
          const password = newPassword()
          studentEmails.push(email)
          await payload.create({
            collection: 'users',
            data: {
              email,
              password,
              name: studentName,
              language: spec.language,
              memberships: [{ tenant: group.id, roles: [studentRoles.get(group.id)] }],
            } as never,
            overrideAccess: true,
          })
          return { name: studentName, email, password, group: group.name }
        }),
      )),
    )
    onProgress({ step: 'students', done: credentials.length, total: spec.students.length })
  }
  if (spec.students.length === 0) onProgress({ step: 'students', done: 0, total: 0 })
  return { class: classId, groups, credentials }
}

async function addMembership(payload: Payload, user: Id, tenant: Id, role: Id) {
  const doc = (await payload.findByID({ collection: 'users', id: user, depth: 0, overrideAccess: true })) as unknown as {
    memberships?: { tenant: unknown; roles: unknown[]; department?: unknown }[]
  }
  await payload.update({
    collection: 'users',
    id: user,
    data: { memberships: [...(doc.memberships ?? []), { tenant, roles: [role] }] } as never,
    overrideAccess: true,
  })
}
