import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { publish } from '../../src/customFields/publish'
import { Decimal } from '../../src/money/decimal'
import type { ReportDefinition } from '../../src/reports/definition/reportDefinition'
import { ReportError } from '../../src/reports/reportError'
import type { AggregateResult } from '../../src/reports/run/runAggregate'
import { runReport } from '../../src/reports/run/runReport'
import type { TabularResult } from '../../src/reports/run/runTabular'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, type TestTenant } from '../helpers/tenants'

/**
 * Reports over fields of related records (an opportunity's `account.industry`, `account.employees`,
 * `account.custom.tier`): every figure equals plain code over the same records joined by hand, for the
 * admin and for a rep in their own scope; a deleted account reads as empty; the related
 * entity's field permissions apply; another tenant's accounts never lend their values.
 */
let payload: Payload
let t: TestTenant
let other: TestTenant

type Account = { id: Id; owner: Id; industry: string | null; employees: number | null; tier: string | null; deleted?: boolean }
type Opp = { id: Id; name: string; owner: Id; stage: string; amount: string | null; account: Id }
const accounts: Account[] = []
const opps: Opp[] = []

async function reqFor(who: keyof TestTenant['people']): Promise<PayloadRequest> {
  const user = await payload.findByID({ collection: 'users', id: t.people[who].id, depth: 0, overrideAccess: true })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
}

const run = async (who: keyof TestTenant['people'], definition: ReportDefinition) =>
  runReport(await reqFor(who), definition, { pageSize: 500 })

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  t = await createTenant(payload, 'reports-related')
  other = await createTenant(payload, 'reports-related-other')
  const admin = await reqFor('admin')
  const draft = await payload.create({
    collection: 'entity-schemas',
    data: {
      tenant: t.id,
      entity: 'accounts',
      schema: {
        $schema: DRAFT_2020_12,
        type: 'object',
        additionalProperties: false,
        properties: {
          tier: defineField('select', {
            label: { en: 'Tier', zh: '级别' },
            options: [
              { value: 'gold', label: { en: 'Gold', zh: '金牌' } },
              { value: 'silver', label: { en: 'Silver', zh: '银牌' } },
            ],
          }),
          margin: { ...defineField('decimal', { scale: 2 }), 'x-permissions': { sales: 'hidden' } },
        },
      },
    } as never,
    overrideAccess: false,
    user: admin.user,
    req: admin,
  })
  await publish(admin, draft.id)
  const specs: Omit<Account, 'id' | 'owner'>[] = [
    { industry: 'retail', employees: 120, tier: 'gold' },
    { industry: 'finance', employees: 40, tier: 'silver' },
    { industry: 'retail', employees: null, tier: null },
    { industry: null, employees: 7, tier: 'gold' },
    { industry: 'it', employees: 900, tier: 'gold', deleted: true },
  ]
  for (const [i, spec] of specs.entries()) {
    const owner = i % 2 ? t.people.repOther.id : t.people.repRoot.id
    const doc = await payload.create({
      collection: 'accounts',
      data: {
        tenant: t.id,
        owner,
        name: `Related ${i}`,
        ...(spec.industry ? { industry: spec.industry } : {}),
        ...(spec.employees != null ? { employees: spec.employees } : {}),
        custom: { ...(spec.tier ? { tier: spec.tier } : {}), margin: String(i * 10) },
      } as never,
      overrideAccess: true,
    })
    accounts.push({ ...spec, id: doc.id as Id, owner })
  }
  // Another company's account with the same industry: its opportunity must never count, and an
  // opportunity cannot borrow its values.
  const theirs = await payload.create({
    collection: 'accounts',
    data: { tenant: other.id, name: 'Theirs', industry: 'retail', employees: 5000 } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'opportunities',
    data: { tenant: other.id, owner: other.people.repRoot.id, account: theirs.id, name: 'x', amount: '99999.99' } as never,
    context: { skipWorkflow: true },
    overrideAccess: true,
  })
  const stages = ['qualification', 'proposal', 'won']
  for (let i = 0; i < 36; i++) {
    const account = accounts[i % 5].id
    const doc = await payload.create({
      collection: 'opportunities',
      data: {
        tenant: t.id,
        owner: i % 3 ? t.people.repRoot.id : t.people.repOther.id,
        name: `Deal ${String(i).padStart(2, '0')}`,
        stage: stages[i % 3],
        ...(i % 7 ? { amount: `${(i * 1234.56).toFixed(2)}` } : {}),
        account,
      } as never,
      context: { skipWorkflow: true },
      overrideAccess: true,
      depth: 0,
    })
    opps.push({
      id: doc.id as Id,
      name: doc.name as string,
      owner: doc.owner as Id,
      stage: doc.stage as string,
      amount: (doc.amount as string | null) ?? null,
      account,
    })
  }
  // In the recycle bin: its opportunities keep pointing at it, and read its values as empty.
  await payload.update({
    collection: 'accounts',
    id: accounts[4].id,
    data: { deletedAt: new Date().toISOString() } as never,
    overrideAccess: true,
  })
}, 600_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

// ——— plain code over the same records ———

type Viewer = 'admin' | 'repRoot'
/** What a viewer reaches (admin: everything; a rep: their own records), and the account values they see. */
function seenBy(who: Viewer) {
  const reaches = (owner: Id) => who === 'admin' || String(owner) === String(t.people.repRoot.id)
  // A related account lends its values only when the viewer may read it and it is not in the recycle bin.
  const accountOf = (o: Opp) => accounts.find((a) => a.id === o.account && !a.deleted && reaches(a.owner))
  return {
    opps: opps.filter((o) => reaches(o.owner)),
    accountOf,
    industry: (o: Opp) => accountOf(o)?.industry ?? null,
    tier: (o: Opp) => accountOf(o)?.tier ?? null,
  }
}

function plainSummary(who: Viewer, key: (o: Opp) => string | null) {
  const { opps: list, accountOf } = seenBy(who)
  const groups = new Map<string | null, Opp[]>()
  for (const o of list) groups.set(key(o), [...(groups.get(key(o)) ?? []), o])
  return Object.fromEntries(
    [...groups].map(([k, g]) => {
      const amounts = g.filter((o) => o.amount != null).map((o) => new Decimal(o.amount as string))
      const employees = g.map((o) => accountOf(o)?.employees).filter((e): e is number => e != null)
      const avg = employees.length
        ? new Decimal(employees.reduce((s, e) => s + e, 0)).dividedBy(employees.length).toDecimalPlaces(6).toString()
        : null
      return [JSON.stringify([k]), [String(g.length), amounts.reduce((s, a) => s.plus(a), new Decimal(0)).toFixed(2), avg]]
    }),
  )
}

describe.each<Viewer>(['admin', 'repRoot'])('fields of related records, seen by %s', (who) => {
  it('groups by the account’s industry: count, sum of amount and average of the account’s employees equal plain code', async () => {
    const result = (await run(who, {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'account.industry' }],
      aggregates: [{ fn: 'count' }, { fn: 'sum', field: 'amount' }, { fn: 'avg', field: 'account.employees' }],
    })) as AggregateResult
    const got = Object.fromEntries(result.rows.map((r) => [JSON.stringify(r.keys.map((k) => k.key)), r.values]))
    expect(got).toEqual(plainSummary(who, seenBy(who).industry))
    expect(result.groupFields[0].label).toEqual({ en: 'Account › Industry', zh: '客户 › 行业' })
    // The industry dictionary's labels, not its stored values.
    expect(result.rows.find((r) => r.keys[0].key === 'retail')?.keys[0].label).toEqual({ en: 'Retail', zh: '零售' })
    // The deleted account's deals and the account without an industry are in the empty group.
    expect(Object.keys(got)).toContain(JSON.stringify([null]))
    expect(Object.keys(got)).not.toContain(JSON.stringify(['it']))
  })

  it('filters on the account’s custom tier and groups by stage', async () => {
    const result = (await run(who, {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'stage' }],
      aggregates: [{ fn: 'count' }],
      filters: [{ field: 'account.custom.tier', op: 'equals', value: 'gold' }],
    })) as AggregateResult
    const { opps: mine, tier } = seenBy(who)
    const gold = mine.filter((o) => tier(o) === 'gold')
    expect(result.total.values).toEqual([String(gold.length)])
    expect(Object.fromEntries(result.rows.map((r) => [r.keys[0].key, r.values[0]]))).toEqual(
      Object.fromEntries(
        [...new Set(gold.map((o) => o.stage))].map((s) => [s, String(gold.filter((o) => o.stage === s).length)]),
      ),
    )
  })

  it('a tabular report shows and filters the account’s fields; its rows are the rows the summary counts', async () => {
    const result = (await run(who, {
      entity: 'opportunities',
      type: 'tabular',
      columns: ['name', 'account', 'account.industry', 'account.custom.tier', 'account.employees'],
      filters: [{ field: 'account.industry', op: 'equals', value: 'retail' }],
      sort: [{ field: 'name', direction: 'asc' }],
    })) as TabularResult
    const { opps: mine, accountOf, industry, tier } = seenBy(who)
    const retail = mine.filter((o) => industry(o) === 'retail').sort((a, b) => a.name.localeCompare(b.name))
    expect(result.totalRows).toBe(retail.length)
    expect(result.rows.map((r) => r.cells.slice(0, 1).concat(r.cells.slice(2)))).toEqual(
      retail.map((o) => [o.name, 'retail', tier(o), accountOf(o)?.employees ?? null]),
    )
    expect(result.columns[2].options?.find((o) => o.value === 'retail')?.label).toEqual({ en: 'Retail', zh: '零售' })
    const gold = (await run(who, {
      entity: 'opportunities',
      type: 'tabular',
      columns: ['name', 'account.employees'],
      filters: [{ field: 'account.custom.tier', op: 'equals', value: 'gold' }],
      sort: [
        { field: 'account.employees', direction: 'desc' },
        { field: 'name', direction: 'asc' },
      ],
    })) as TabularResult
    const employees = (o: Opp) => accountOf(o)?.employees ?? -1
    expect(gold.rows.map((r) => r.cells)).toEqual(
      mine
        .filter((o) => tier(o) === 'gold')
        .sort((a, b) => employees(b) - employees(a) || a.name.localeCompare(b.name))
        .map((o) => [o.name, accountOf(o)?.employees ?? null]),
    )
    expect(result.columns.map((c) => c.label.zh)).toEqual(['机会名称', '客户', '客户 › 行业', '客户 › 级别', '客户 › 员工人数'])
  })
})

describe('related fields and permissions', () => {
  it('a related field hidden from the user cannot be used; the admin may add it up', async () => {
    const error = await run('repRoot', {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'stage' }],
      aggregates: [{ fn: 'sum', field: 'account.custom.margin' }],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReportError)
    expect([(error as ReportError).code, (error as ReportError).path]).toEqual(['hiddenField', 'aggregates.0.field'])
    const admin = (await run('admin', {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'stage' }],
      aggregates: [{ fn: 'sum', field: 'account.custom.margin' }],
    })) as AggregateResult
    const { accountOf } = seenBy('admin')
    const margins = opps.map((o) => accountOf(o)).filter((a): a is Account => a != null)
    expect(admin.total.values).toEqual([
      margins
        .reduce((s, a) => s.plus(accounts.indexOf(a) * 10), new Decimal(0))
        .toDecimalPlaces(6)
        .toString(),
    ])
  })

  it('only one relationship away, and only into readable business records', async () => {
    const codes: Record<string, string> = {
      'account.owner.email': 'shape',
      'owner.email': 'unknownField',
      'tenant.name': 'unknownField',
      'account.nope': 'unknownField',
    }
    for (const [field, code] of Object.entries(codes)) {
      const error = await run('admin', { entity: 'opportunities', type: 'summary', groups: [{ field }] }).catch((e: unknown) => e)
      expect([(error as ReportError).code, (error as ReportError).path], field).toEqual([code, 'groups.0.field'])
    }
  })
})
