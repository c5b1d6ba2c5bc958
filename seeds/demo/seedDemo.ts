import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import { BUSINESS_COLLECTIONS } from '../../src/access/permissionedCollections'
import type { Id } from '../../src/access/types'
import { APPROVER_ROLES, contractApproval, quoteDiscount } from '../../src/approvals/presets'
import { toProcessDoc } from '../../src/approvals/server/toProcess'
import { PLAN_MOVE } from '../../src/office/workPlans/planGuard'
import { DEMO, type DemoLanguage, OPPORTUNITY_STAGES } from './demoData'

export type SeedResult = { created: boolean; adminEmail: string; adminPassword?: string; demoPassword?: string }

/** Customers per demo company; server tests that need only the people ask for fewer (`FORMWORK_DEMO_ACCOUNTS`). */
const accountsPerCompany = (env: NodeJS.ProcessEnv) => {
  const wanted = Number(env.FORMWORK_DEMO_ACCOUNTS)
  return Number.isInteger(wanted) && wanted > 0 ? wanted : 200
}

/**
 * On an empty database: a super admin and two demo companies (Chinese and English). Does nothing
 * when any user exists, so restarts never duplicate or overwrite anything.
 */
export async function seedDemo(
  payload: Payload,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => undefined,
): Promise<SeedResult> {
  const adminEmail = env.FORMWORK_ADMIN_EMAIL || 'admin@formwork.local'
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { created: false, adminEmail }
  const adminPassword = env.FORMWORK_ADMIN_PASSWORD || crypto.randomBytes(9).toString('base64url')
  const demoPassword = env.FORMWORK_DEMO_PASSWORD || crypto.randomBytes(9).toString('base64url')

  const accounts = accountsPerCompany(env)
  const zh = await seedCompany(payload, 'zh', demoPassword, accounts, log)
  const en = await seedCompany(payload, 'en', demoPassword, accounts, log)
  await payload.create({
    collection: 'users',
    data: {
      email: adminEmail,
      password: adminPassword,
      name: 'Super Admin',
      language: 'zh',
      isSuperAdmin: true,
      memberships: [
        { tenant: zh.tenant, roles: [zh.roles['tenant-admin']] },
        { tenant: en.tenant, roles: [en.roles['tenant-admin']] },
      ],
    },
    overrideAccess: true,
  })
  return { created: true, adminEmail, adminPassword, demoPassword }
}

async function seedCompany(
  payload: Payload,
  lang: DemoLanguage,
  password: string,
  accountCount: number,
  log: (line: string) => void,
) {
  const w = DEMO[lang]
  // The demo is a fixture, not user activity: no audit trail for it.
  const opts = { overrideAccess: true, context: { skipAudit: true } } as const
  const create = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection, data: { tenant: tenant.id, ...data }, ...opts })).id
  const tenant = await payload.create({
    collection: 'tenants',
    data: { ...w.tenant, kind: 'company', baseCurrency: w.tenant.currency, language: lang },
    ...opts,
  })
  const roles = await ensureBuiltInRoles(payload, tenant.id, lang)
  // The approval presets route to finance, legal and the sales director; they read what they approve.
  for (const role of APPROVER_ROLES)
    roles[role.key] = await create('roles', {
      key: role.key,
      name: role.name[lang],
      permissions: BUSINESS_COLLECTIONS.map((collection) => ({ collection, actions: ['read'], scope: 'all' })),
    })

  const departments: Record<string, Id> = {}
  for (const d of w.departments)
    departments[d.code] = await create('departments', {
      code: d.code,
      name: d.name,
      parent: d.parent ? departments[d.parent] : null,
    })
  const people: { id: Id; department: Id }[] = []
  for (const u of w.users) {
    const id = (
      await payload.create({
        collection: 'users',
        data: {
          email: u.email,
          password,
          name: u.name,
          language: lang,
          memberships: [{ tenant: tenant.id, roles: [roles[u.role]], department: departments[u.department] }],
        },
        ...opts,
      })
    ).id
    people.push({ id, department: departments[u.department] })
  }
  const [manager, repA, repB, agent] = people
  // The sales manager heads Sales (its groups climb to it) and is the reps' manager.
  await payload.update({ collection: 'departments', id: departments.SALES, data: { manager: manager.id }, ...opts })
  for (const rep of [repA, repB])
    await payload.update({
      collection: 'users',
      id: rep.id,
      data: { memberships: [{ tenant: tenant.id, roles: [roles.sales], department: rep.department, manager: manager.id }] },
      ...opts,
    })
  for (const preset of [contractApproval, quoteDiscount])
    await payload.create({ collection: 'approval-processes', data: { tenant: tenant.id, ...toProcessDoc(preset) }, ...opts })
  const products: Id[] = []
  for (const [code, name, salePrice, costPrice] of w.products)
    products.push(await create('products', { code, name, salePrice, costPrice, stock: '500' }))
  await create('price-books', {
    name: lang === 'zh' ? '标准价格表' : 'Standard prices',
    currency: w.tenant.currency,
    entries: w.products.map(([, , price], i) => ({
      product: products[i],
      unitPrice: price,
      wholesalePrice: (Number(price) * 0.9).toFixed(2),
    })),
  })

  for (let i = 0; i < accountCount; i++) {
    const city = w.cities[i % w.cities.length]
    const trade = w.trades[Math.floor(i / w.cities.length) % w.trades.length]
    const rep = i % 10 === 9 ? null : i % 2 === 0 ? repA : repB // every tenth account sits in the public pool
    const name = `${city}${lang === 'zh' ? '' : ' '}${trade}${lang === 'zh' ? '' : ' '}${w.companySuffix}${i >= 100 ? ` ${Math.floor(i / 100) + 1}` : ''}`
    const person = `${w.given[(i * 3) % w.given.length]} ${w.surnames[i % w.surnames.length]}`
    const account = await create('accounts', {
      name,
      code: `C${String(i + 1).padStart(5, '0')}`,
      phone: lang === 'zh' ? `021-6${String(1000000 + i * 7919).slice(-7)}` : `+852 3${String(1000000 + i * 7919).slice(-7)}`,
      email: `info${i + 1}@example.${lang === 'zh' ? 'cn' : 'com'}`,
      industry: ['food', 'retail', 'manufacturing', 'logistics', 'it'][i % 5],
      grade: ['a', 'b', 'c'][i % 3],
      owner: rep?.id ?? null,
      department: rep?.department ?? null,
      lastFollowUpAt: new Date(Date.now() - (i % 40) * 86_400_000).toISOString(),
    })
    const contact = await create('contacts', {
      account,
      name: lang === 'zh' ? `${w.surnames[i % w.surnames.length]}${w.given[(i * 3) % w.given.length]}` : person,
      mobile: `138${String(10000000 + i * 104729).slice(-8)}`,
      email: `contact${i + 1}@example.${lang === 'zh' ? 'cn' : 'com'}`,
      isPrimary: true,
      owner: rep?.id ?? null,
      department: rep?.department ?? null,
    })
    if (!rep || i % 2 !== 0) continue
    // Only even accounts get an opportunity: step through the stages by half of i so every stage appears.
    const [stage, probability] = OPPORTUNITY_STAGES[(i / 2) % OPPORTUNITY_STAGES.length]
    const amount = `${(5 + (i % 17) * 3) * 1000}.00`
    const opportunity = await create('opportunities', {
      name: `${name} ${w.opportunity}`,
      account,
      contact,
      amount,
      currency: w.tenant.currency,
      stage,
      probability,
      expectedCloseDate: new Date(Date.now() + ((i % 90) - 30) * 86_400_000).toISOString(),
      owner: rep.id,
      department: rep.department,
    })
    if (i % 4 === 0) {
      await create('quotes', {
        subject: `${w.quote} ${name}`,
        account,
        contact,
        opportunity,
        currency: w.tenant.currency,
        status: ['draft', 'sent', 'accepted'][i % 3],
        items: [
          {
            product: products[i % 4],
            quantity: String(10 + (i % 7) * 5),
            unitPrice: w.products[i % 4][2],
            taxRate: lang === 'zh' ? '13' : '0',
          },
          {
            product: products[4],
            quantity: '1',
            unitPrice: w.products[4][2],
            discount: '10',
            taxRate: lang === 'zh' ? '6' : '0',
          },
        ],
        owner: rep.id,
        department: rep.department,
      })
    }
    if (stage === 'won') {
      // Won deals became orders, spread over the last year and both reps so the home page has a history.
      const seller = Math.floor(i / 12) % 3 === 1 ? repB : rep
      await create('sales-orders', {
        account,
        contact,
        opportunity,
        currency: w.tenant.currency,
        status: 'confirmed',
        // Won stages fall on every twelfth account: i / 12 walks the months.
        createdAt: new Date(Date.now() - (Math.floor(i / 12) % 12) * 30 * 86_400_000).toISOString(),
        items: [{ product: products[i % 4], quantity: String(20 + (i % 5) * 10), unitPrice: w.products[i % 4][2] }],
        owner: seller.id,
        department: seller.department,
      })
    }
    if (i % 6 === 0) {
      await create('service-requests', {
        subject: w.issues[i % w.issues.length],
        type: ['repair', 'complaint', 'inquiry'][(i / 6) % 3],
        account,
        contact,
        product: products[i % 4],
        priority: ['low', 'medium', 'high'][(i / 6) % 3],
        // i is a multiple of 6 here: step by i / 6 so every status appears, resolved ones with a return visit.
        status: ['open', 'waiting', 'resolved'][(i / 6) % 3],
        returnVisits:
          (i / 6) % 3 === 2 ? [{ visitedAt: new Date().toISOString(), satisfaction: [5, 4, 3, 5, 2][(i / 6) % 5] }] : [],
        requestedAt: new Date(Date.now() - (i % 20) * 86_400_000).toISOString(),
        owner: agent.id,
        department: agent.department,
      })
    }
    if (i % 8 === 0) {
      await create('activities', {
        subject: w.noteTitle,
        type: ['call', 'visit', 'meeting'][i % 3],
        status: 'done',
        relatedTo: { relationTo: 'accounts', value: account },
        startAt: new Date(Date.now() - (i % 30) * 86_400_000).toISOString(),
        owner: rep.id,
        department: rep.department,
      })
    }
  }
  // Today's work: one task each, one of them overdue since yesterday.
  for (const [i, person] of [manager, repA, repB].entries())
    await create('tasks', {
      subject: w.tasks[i],
      assignee: person.id,
      status: 'open',
      dueAt: new Date(Date.now() + (i === 0 ? -1 : 1) * 3_600_000).toISOString(),
      owner: person.id,
      department: person.department,
    })
  await seedPlans(payload, tenant.id, lang, { manager, repA, repB })
  for (let i = 0; i < 30; i++) {
    const rep = i % 3 === 0 ? null : i % 2 === 0 ? repA : repB
    await create('leads', {
      name:
        lang === 'zh'
          ? `${w.surnames[(i + 3) % 10]}${w.given[(i + 5) % 10]}`
          : `${w.given[(i + 5) % 10]} ${w.surnames[(i + 3) % 10]}`,
      company: `${w.cities[(i + 2) % 10]}${lang === 'zh' ? '' : ' '}${w.trades[(i + 4) % 10]}${lang === 'zh' ? '' : ' '}${w.companySuffix}`,
      mobile: `139${String(20000000 + i * 7919).slice(-8)}`,
      source: ['web', 'referral', 'exhibition', 'advertising'][i % 4],
      status: ['new', 'contacted', 'qualified'][i % 3],
      rating: ['hot', 'warm', 'cold'][i % 3],
      owner: rep?.id ?? null,
      department: rep?.department ?? null,
    })
  }
  log(`  demo company ${w.tenant.name}: ${accountCount} accounts, contacts, opportunities, quotes, service requests, 30 leads`)
  return { tenant: tenant.id, roles }
}

type Person = { id: Id; department: Id }

/** This week's plan of one rep, waiting for the manager; last week's summary of the other, approved. */
async function seedPlans(payload: Payload, tenant: Id, lang: DemoLanguage, { manager, repA, repB }: Record<string, Person>) {
  const context = { skipAudit: true, [PLAN_MOVE]: true }
  const week = 7 * 86_400_000
  const plan = await payload.create({
    collection: 'work-plans',
    data: {
      tenant,
      kind: 'plan',
      period: 'week',
      periodDate: new Date().toISOString(),
      content:
        lang === 'zh'
          ? '拜访 5 家重点客户；跟进 3 份报价；周五前完成本周回款登记。'
          : "Visit five key accounts; follow up three quotes; record this week's payments by Friday.",
      owner: repA.id,
      department: repA.department,
    },
    overrideAccess: true,
    context: { skipAudit: true },
  })
  await payload.update({
    collection: 'work-plans',
    id: plan.id,
    data: { status: 'submitted', submittedAt: new Date().toISOString(), reviewer: manager.id },
    overrideAccess: true,
    context,
  })
  const summary = await payload.create({
    collection: 'work-plans',
    data: {
      tenant,
      kind: 'summary',
      period: 'week',
      periodDate: new Date(Date.now() - week).toISOString(),
      content:
        lang === 'zh'
          ? '签约 2 单，新增线索 6 条；1 位客户要求延期交货。'
          : 'Two deals signed, six new leads; one customer asked to delay delivery.',
      owner: repB.id,
      department: repB.department,
    },
    overrideAccess: true,
    context: { skipAudit: true },
  })
  const at = new Date(Date.now() - week / 2).toISOString()
  await payload.update({
    collection: 'work-plans',
    id: summary.id,
    data: {
      status: 'approved',
      submittedAt: at,
      reviewer: manager.id,
      reviewedAt: at,
      reviews: [
        {
          author: manager.id,
          at,
          verdict: 'approved',
          comment: lang === 'zh' ? '不错，继续跟进延期客户。' : 'Good; keep in touch with the delayed customer.',
        },
      ],
    },
    overrideAccess: true,
    context,
  })
}
