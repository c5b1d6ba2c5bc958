import type { PayloadRequest } from 'payload'
import { type Id, idOf, sameId } from '../../access/types'
import { labError, languageOf } from './errors'
import { LAB_WORDS } from './messages'

type Membership = { tenant: unknown; roles?: unknown[] | null }
type UserShape = { id: Id; collection?: string; isSuperAdmin?: boolean | null; memberships?: Membership[] | null }

export type Teacher = { userId: Id; superAdmin: boolean; classIds: Id[] }
export type ClassDoc = {
  id: Id
  name: string
  slug: string
  kind: string
  language?: string | null
  labPreset?: unknown
  closedAt?: string | null
  createdAt: string
  parent?: unknown
}

/**
 * The classes a user teaches: the tenants of kind `class` where a membership of theirs holds that
 * class's built-in `teacher` role. Null for a super admin (every class).
 */
export async function taughtClassIds(req: PayloadRequest): Promise<Id[] | null> {
  const user = req.user as unknown as UserShape | null
  if (user?.collection !== 'users') return []
  if (user.isSuperAdmin) return null
  const memberships = (user.memberships ?? []).filter((m) => idOf(m.tenant) != null)
  const roleIds = memberships.flatMap((m) => (m.roles ?? []).map(idOf)).filter((id): id is Id => id != null)
  if (roleIds.length === 0) return []
  const { docs: roles } = await req.payload.find({
    collection: 'roles',
    where: { and: [{ id: { in: roleIds } }, { key: { equals: 'teacher' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { tenant: true },
  })
  // The role must be the class's own (a role of another tenant in a membership grants nothing).
  const tenants = memberships
    .filter((m) => (m.roles ?? []).some((r) => roles.some((role) => sameId(role.id, r) && sameId(role.tenant, m.tenant))))
    .map((m) => idOf(m.tenant) as Id)
  if (tenants.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'tenants',
    where: { and: [{ id: { in: tenants } }, { kind: { equals: 'class' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { id: true },
  })
  return docs.map((d) => d.id as Id)
}

/** The signed-in teacher or super admin; 401 signed out, 403 for anyone else. */
export async function requireTeacher(req: PayloadRequest): Promise<Teacher> {
  const user = req.user as unknown as UserShape | null
  if (!user) throw labError(req, 401, 'signedOut')
  const classIds = await taughtClassIds(req)
  if (classIds === null) return { userId: user.id, superAdmin: true, classIds: [] }
  if (classIds.length === 0) throw labError(req, 403, 'notTeacher')
  return { userId: user.id, superAdmin: false, classIds }
}

const teaches = (teacher: Teacher, classId: unknown) => teacher.superAdmin || teacher.classIds.some((id) => sameId(id, classId))

const notFound = (req: PayloadRequest, what: 'class' | 'group' | 'snapshot') =>
  labError(req, 404, 'notFound', { what: LAB_WORDS[languageOf(req)][what] })

async function tenant(req: PayloadRequest, id: Id): Promise<ClassDoc | null> {
  return (await req.payload
    .findByID({ collection: 'tenants', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as ClassDoc | null
}

/** A class the teacher teaches; 404 for any other (another teacher's class is not told apart from none). */
export async function taughtClass(req: PayloadRequest, teacher: Teacher, id: Id): Promise<ClassDoc> {
  const doc = await tenant(req, id)
  if (doc?.kind !== 'class' || !teaches(teacher, doc.id)) throw notFound(req, 'class')
  return doc
}

/** A group of a class the teacher teaches, with its class; 404 otherwise. */
export async function taughtGroup(req: PayloadRequest, teacher: Teacher, id: Id): Promise<{ group: ClassDoc; klass: ClassDoc }> {
  const group = await tenant(req, id)
  const parent = group?.kind === 'group' ? idOf(group.parent) : null
  if (!group || parent == null || !teaches(teacher, parent)) throw notFound(req, 'group')
  const klass = await tenant(req, parent)
  if (!klass) throw notFound(req, 'group')
  return { group, klass }
}

export const snapshotNotFound = (req: PayloadRequest) => notFound(req, 'snapshot')

/** Acting on a closed class's groups (reset, snapshot, restore) is refused: 409. */
export function assertOpen(req: PayloadRequest, klass: ClassDoc) {
  if (klass.closedAt) throw labError(req, 409, 'closed', { name: klass.name })
}
