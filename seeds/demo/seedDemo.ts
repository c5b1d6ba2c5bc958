import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import type { Id } from '../../src/access/types'
import { DEMO_DEPARTMENTS, DEMO_TENANT, DEMO_USERS, demoAccounts } from './demoData'

export type SeedResult = { created: boolean; adminEmail: string; adminPassword?: string; demoPassword?: string }

/**
 * On an empty database: a super admin and the demo company, its departments, people and customers.
 * Does nothing when any user exists, so restarts never duplicate or overwrite anything.
 */
export async function seedDemo(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<SeedResult> {
  const adminEmail = env.FORMWORK_ADMIN_EMAIL || 'admin@formwork.local'
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { created: false, adminEmail }

  const adminPassword = env.FORMWORK_ADMIN_PASSWORD || crypto.randomBytes(9).toString('base64url')
  const demoPassword = env.FORMWORK_DEMO_PASSWORD || crypto.randomBytes(9).toString('base64url')
  const context = { seeding: true }

  const tenant = await payload.create({ collection: 'tenants', data: DEMO_TENANT, overrideAccess: true, context })
  const roles = await ensureBuiltInRoles(payload, tenant.id, 'zh')

  const departments: Record<string, Id> = {}
  for (const d of DEMO_DEPARTMENTS) {
    const doc = await payload.create({
      collection: 'departments',
      data: { tenant: tenant.id, code: d.code, name: d.name, parent: d.parent ? departments[d.parent] : null },
      overrideAccess: true,
      context,
    })
    departments[d.code] = doc.id
  }

  await payload.create({
    collection: 'users',
    data: {
      email: adminEmail,
      password: adminPassword,
      name: 'Super Admin',
      language: 'zh',
      isSuperAdmin: true,
      memberships: [{ tenant: tenant.id, roles: [roles['tenant-admin']] }],
    },
    overrideAccess: true,
    context,
  })
  const people: Id[] = []
  for (const u of DEMO_USERS) {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: u.email,
        password: demoPassword,
        name: u.name,
        language: 'zh',
        memberships: [{ tenant: tenant.id, roles: [roles[u.role]], department: departments[u.department] }],
      },
      overrideAccess: true,
      context,
    })
    people.push(doc.id)
  }

  for (const a of demoAccounts(60)) {
    const owner = people[a.ownerIndex]
    const department = departments[DEMO_USERS[a.ownerIndex].department]
    const account = await payload.create({
      collection: 'accounts',
      data: { tenant: tenant.id, owner, department, name: a.name, code: a.code, phone: a.phone, email: a.email },
      overrideAccess: true,
      context,
    })
    await payload.create({
      collection: 'contacts',
      data: { tenant: tenant.id, owner, department, account: account.id, ...a.contact },
      overrideAccess: true,
      context,
    })
  }
  return { created: true, adminEmail, adminPassword, demoPassword }
}
