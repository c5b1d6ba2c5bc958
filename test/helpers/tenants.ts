import type { Payload } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import type { Id } from '../../src/access/types'

export const PASSWORD = 'correct-horse-battery'

export type TestPerson = { id: Id; email: string; token?: string }
export type TestTenant = {
  id: Id
  slug: string
  roles: Record<string, Id>
  departments: { root: Id; child: Id; other: Id }
  people: { admin: TestPerson; manager: TestPerson; repRoot: TestPerson; repChild: TestPerson; repOther: TestPerson }
}

/**
 * A company with a small org chart: Sales (root) → East (child), and Service (other);
 * an admin, a manager of Sales, a rep in Sales, one in East and one in Service.
 */
export async function createTenant(
  payload: Payload,
  slug: string,
  kind: 'company' | 'class' | 'group' = 'company',
  parent?: Id,
): Promise<TestTenant> {
  const tenant = await payload.create({
    collection: 'tenants',
    data: { name: `Tenant ${slug}`, slug, kind, parent: parent ?? null, language: 'en' },
    overrideAccess: true,
  })
  const roles = await ensureBuiltInRoles(payload, tenant.id, 'en')
  const dept = async (code: string, parentId: Id | null) =>
    (
      await payload.create({
        collection: 'departments',
        data: { tenant: tenant.id, code, name: code, parent: parentId },
        overrideAccess: true,
      })
    ).id
  const root = await dept('SALES', null)
  const child = await dept('EAST', root)
  const other = await dept('SERVICE', null)
  const person = async (key: string, role: string, department: Id | null): Promise<TestPerson> => {
    const email = `${key}@${slug}.test`
    const doc = await payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name: `${key} ${slug}`,
        language: 'en',
        memberships: [{ tenant: tenant.id, roles: [roles[role]], department }],
      },
      overrideAccess: true,
    })
    return { id: doc.id, email }
  }
  return {
    id: tenant.id,
    slug,
    roles,
    departments: { root, child, other },
    people: {
      admin: await person('admin', 'tenant-admin', null),
      manager: await person('manager', 'manager', root),
      repRoot: await person('rep-root', 'sales', root),
      repChild: await person('rep-child', 'sales', child),
      repOther: await person('rep-other', 'sales', other),
    },
  }
}

export async function createSuperAdmin(payload: Payload, email = 'root@formwork.test'): Promise<TestPerson> {
  const doc = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: 'Root', language: 'en', isSuperAdmin: true, memberships: [] },
    overrideAccess: true,
  })
  return { id: doc.id, email }
}
