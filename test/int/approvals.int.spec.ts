import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { contractApproval, quoteDiscount } from '../../src/approvals/presets'
import { toProcessDoc } from '../../src/approvals/server/toProcess'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestPerson, type TestTenant } from '../helpers/tenants'

/**
 * Approvals on the server: processes checked on save; approvers resolved from users, a role, the
 * submitter's manager and a department's manager; 或签 and 会签; routing by conditions; reject to the
 * submitter or back to an earlier step; 加签, 转交, withdraw; the record locked while pending (REST and
 * Local API); an answer given twice counts once; non-approvers and other companies refused.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
let account: Id
const people: Record<string, TestPerson> = {}
const tokens: Record<string, string> = {}
const zh = { 'accept-language': 'zh' }
const en = { 'accept-language': 'en' }

const submit = (who: string, entity: string, id: unknown, headers = zh, extra: Record<string, unknown> = {}) =>
  api.rest('POST', '/approvals/submit', { token: tokens[who], headers }, { entity, id, ...extra })
const decide = (who: string, request: unknown, body: Record<string, unknown>, headers = zh) =>
  api.rest('POST', `/approvals/${request}/decide`, { token: tokens[who], headers }, body)
const contract = async (amount: string, who = 'repChild') => {
  const res = await api.rest('POST', '/contracts', { token: tokens[who] }, { name: `合同 ${amount}`, account, amount })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as Id
}
const waiting = (res: { body: any }) =>
  res.body.request.steps
    .find((s: { state: string }) => s.state === 'current')
    ?.approvers.filter((x: { decision: string }) => x.decision === 'pending')
    .map((x: { user: { id: string } }) => x.user.id)
    .sort()
const idsOf = (...keys: string[]) => keys.map((k) => String(people[k].id)).sort()
const errorsOf = (res: { body: any }) =>
  (res.body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])
const noticesFor = async (who: string) =>
  (
    await payload.find({
      collection: 'notifications',
      where: { and: [{ user: { equals: people[who].id } }, { kind: { equals: 'approval' } }] },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs.map((n) => n.textZh as string)

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'appr-a')
  b = await createTenant(payload, 'appr-b')
  Object.assign(people, a.people, { bAdmin: b.people.admin })
  // Approver roles, one member each, who may read the tenant's contracts.
  for (const key of ['finance', 'legal', 'sales-director']) {
    const role = await payload.create({
      collection: 'roles',
      data: { tenant: a.id, key, name: key, permissions: [{ collection: 'contracts', actions: ['read'], scope: 'all' }] },
      overrideAccess: true,
    })
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${key}@appr-a.test`,
        password: PASSWORD,
        name: key,
        language: 'en',
        memberships: [{ tenant: a.id, roles: [role.id], department: a.departments.other }],
      },
      overrideAccess: true,
    })
    people[key] = { id: user.id, email: `${key}@appr-a.test` }
  }
  // Sales has a manager; East (below it) has none, so its reps climb to Sales'. repChild reports to repOther.
  await payload.update({
    collection: 'departments',
    id: a.departments.root,
    data: { manager: a.people.manager.id },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: a.people.repChild.id,
    data: {
      memberships: [{ tenant: a.id, roles: [a.roles.sales], department: a.departments.child, manager: a.people.repOther.id }],
    },
    overrideAccess: true,
  })
  for (const [key, person] of Object.entries(people)) tokens[key] = await api.login(person.email, PASSWORD)
  account = (await api.rest('POST', '/accounts', { token: tokens.repChild }, { name: '审批客户' })).body.doc.id
  const saved = await api.rest(
    'POST',
    '/approval-processes',
    { token: tokens.admin },
    { ...toProcessDoc(contractApproval), statusField: 'status', approvedValue: 'signed', rejectedValue: 'draft' },
  )
  expect(saved.status, JSON.stringify(saved.body)).toBe(201)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('saving a process', () => {
  it('refuses duplicate step keys, empty approver lists, unknown roles and unknown fields, with paths, storing nothing', async () => {
    const before = (await payload.count({ collection: 'approval-processes', overrideAccess: true })).totalDocs
    const doc = toProcessDoc({
      ...contractApproval,
      key: 'broken',
      appliesWhen: 'ghost > 1',
      steps: [
        contractApproval.steps[0],
        { ...contractApproval.steps[1], key: 'department', approvers: { type: 'role', roles: ['astrologer'] } },
        { ...contractApproval.steps[2], approvers: { type: 'users', users: [] }, when: 'discount > 10' },
        { ...contractApproval.steps[2], key: 'other', approvers: { type: 'users', users: [String(b.people.admin.id)] } },
      ],
    })
    const res = await api.rest('POST', '/approval-processes', { token: tokens.admin, headers: en }, doc)
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([
      ['appliesWhen', expect.stringContaining('Unknown field "ghost"')],
      ['steps.1.key', 'The step key "department" is used twice.'],
      ['steps.1.roles', 'The step "department" names a role that does not exist: "astrologer".'],
      ['steps.2.users', 'The step "director" names no approvers.'],
      ['steps.2.when', expect.stringContaining('Unknown field "discount"')],
      ['steps.3.users', `${b.people.admin.id} is not a member of this company.`],
    ])
    expect((await payload.count({ collection: 'approval-processes', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('the contract approval', () => {
  let id: Id
  let request: Id

  it('routes by amount and resolves the department manager (climbing to the parent department) and the roles', async () => {
    const small = await submit('repChild', 'contracts', await contract('50000'))
    expect(small.status, JSON.stringify(small.body)).toBe(201)
    expect(small.body.request.steps.map((s: { key: string }) => s.key)).toEqual(['department', 'financeLegal'])
    expect(waiting(small)).toEqual(idsOf('manager'))
    expect(small.body.request.steps[1].approvers.map((x: { user: { id: string } }) => x.user.id).sort()).toEqual(
      idsOf('finance', 'legal'),
    )
    id = await contract('150000')
    const big = await submit('repChild', 'contracts', id)
    expect(big.body.request.steps.map((s: { key: string }) => s.key)).toEqual(['department', 'financeLegal', 'director'])
    expect(big.body.request.steps[2].approvers.map((x: { user: { id: string } }) => x.user.id)).toEqual(idsOf('sales-director'))
    request = big.body.request.id
    expect(await noticesFor('manager')).toEqual([
      '“合同审批”等待您审批：合同 50000（部门经理审批）',
      '“合同审批”等待您审批：合同 150000（部门经理审批）',
    ])
  })

  it('locks the record while pending: REST, GraphQL, soft delete and the Local API are refused, naming the approval', async () => {
    const rest = await api.rest('PATCH', `/contracts/${id}`, { token: tokens.repChild, headers: zh }, { name: '改名' })
    expect(rest.status).toBe(423)
    expect(rest.body.errors[0].message).toBe('该记录正在审批中（“合同审批”，步骤“部门经理审批”），审批结束前不能修改。')
    const english = await api.rest('PATCH', `/contracts/${id}`, { token: tokens.admin, headers: en }, { name: 'x' })
    expect(english.body.errors[0].message).toBe(
      'This record is waiting for approval ("Contract approval", step "Department manager"): it cannot be changed until the approval ends.',
    )
    expect((await api.rest('DELETE', `/contracts/${id}`, { token: tokens.admin })).status).toBe(423)
    const graphql = await api.graphql(
      'mutation ($id: Int!) { updateContract(id: $id, data: { name: "graphql" }) { name } }',
      { id: Number(id) },
      { token: tokens.repChild, headers: en },
    )
    expect(graphql.body.errors?.[0]?.message).toMatch(/^This record is waiting for approval/)
    const local = await payload.update({ collection: 'contracts', id, data: { name: 'local' } }).catch((e) => e)
    expect(local.status).toBe(423)
    await expect(payload.delete({ collection: 'contracts', id })).rejects.toMatchObject({ status: 423 })
    const again = await submit('repChild', 'contracts', id)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('该记录已在审批中（“合同审批”）。')
    expect((await payload.findByID({ collection: 'contracts', id, overrideAccess: true })).name).toBe('合同 150000')
  })

  it('refuses a non-approver and an approver of a later step', async () => {
    const res = await decide('repOther', request, { action: 'approve' })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('您不是当前步骤“部门经理审批”的审批人。')
    expect((await decide('finance', request, { action: 'approve' }, en)).body.errors[0].message).toBe(
      'You are not an approver of the current step "Department manager".',
    )
  })

  it('counts an answer given twice at once only once; the second gets 409', async () => {
    const both = await Promise.all([
      decide('manager', request, { action: 'approve', comment: '同意' }),
      decide('manager', request, { action: 'approve', comment: '同意' }),
    ])
    expect(both.map((r) => r.status).sort()).toEqual([200, 409])
    const loser = both.find((r) => r.status === 409)
    expect(loser?.body.errors[0].message).toMatch(/^(其他人刚刚处理了该审批|您不是当前步骤)/)
    const doc = await payload.findByID({ collection: 'approval-requests', id: request, overrideAccess: true })
    expect((doc.history as { action: string }[]).filter((h) => h.action === 'approve')).toHaveLength(1)
    expect(doc.currentStep).toBe('financeLegal')
    // A stale page (the version it saw) is refused too.
    expect((await decide('finance', request, { action: 'approve', version: 1 })).status).toBe(409)
  })

  it('会签 waits for everyone; the director step follows; approval unlocks the record and sets its status', async () => {
    const one = await decide('finance', request, { action: 'approve' })
    expect(one.status, JSON.stringify(one.body)).toBe(200)
    expect(one.body.request.currentStep).toBe('financeLegal')
    expect(waiting(one)).toEqual(idsOf('legal'))
    expect((await decide('finance', request, { action: 'approve' })).body.errors[0].message).toBe(
      '您已处理过步骤“财务与法务会签”。',
    )
    const two = await decide('legal', request, { action: 'approve' })
    expect(two.body.request.currentStep).toBe('director')
    const done = await decide('sales-director', request, { action: 'approve', comment: '准予签约' })
    expect(done.body.request.status).toBe('approved')
    const record = await payload.findByID({ collection: 'contracts', id, overrideAccess: true })
    expect(record.status).toBe('signed')
    expect((await api.rest('PATCH', `/contracts/${id}`, { token: tokens.repChild }, { terms: '已审批' })).status).toBe(200)
    expect((await noticesFor('repChild')).at(-1)).toBe('您提交的“合同审批”已通过：合同 150000')
    expect((await decide('sales-director', request, { action: 'approve' })).status).toBe(409)
  })
})

describe('rejections, 加签, 转交 and withdrawal', () => {
  const start = async (amount = '20000') => {
    const id = await contract(amount)
    const res = await submit('repChild', 'contracts', id)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect((await decide('manager', res.body.request.id, { action: 'approve' })).status).toBe(200)
    return { id, request: res.body.request.id }
  }

  it('a rejection to the submitter ends it with the comment; the record is unlocked and can be resubmitted', async () => {
    const { id, request } = await start()
    expect((await decide('finance', request, { action: 'approve' })).status).toBe(200)
    const rejected = await decide('legal', request, { action: 'reject', comment: '违约条款不清楚' })
    expect(rejected.body.request.status).toBe('rejected')
    expect(rejected.body.request.history[0]).toMatchObject({ action: 'reject', comment: '违约条款不清楚' })
    expect((await noticesFor('repChild')).at(-1)).toBe('您提交的“合同审批”被驳回：合同 20000：违约条款不清楚')
    expect((await payload.findByID({ collection: 'contracts', id, overrideAccess: true })).status).toBe('draft')
    expect((await api.rest('PATCH', `/contracts/${id}`, { token: tokens.repChild }, { terms: '补充违约条款' })).status).toBe(200)
    const again = await submit('repChild', 'contracts', id)
    expect(again.status).toBe(201)
    expect(again.body.request.currentStep).toBe('department')
  })

  it('a rejection back to an earlier step asks that step again', async () => {
    const { request } = await start()
    const back = await decide('finance', request, { action: 'reject', toStep: 'department', comment: '请经理复核' })
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    expect(back.body.request.status).toBe('pending')
    expect(back.body.request.currentStep).toBe('department')
    expect(waiting(back)).toEqual(idsOf('manager'))
    const later = await decide('manager', request, { action: 'reject', toStep: 'financeLegal' }, en)
    expect(later.body.errors[0].message).toBe('A rejection can only go back to an earlier step.')
  })

  it('加签 adds an approver the 会签 step waits for; 转交 hands one approver’s place to another', async () => {
    const { request } = await start()
    const added = await decide('finance', request, { action: 'addApprover', user: people.repRoot.id, comment: '请税务看一下' })
    expect(waiting(added)).toEqual(idsOf('finance', 'legal', 'repRoot'))
    expect(await noticesFor('repRoot')).toEqual(['“合同审批”等待您审批：合同 20000（财务与法务会签）'])
    const handed = await decide('legal', request, { action: 'handOver', user: people.admin.id })
    expect(waiting(handed)).toEqual(idsOf('finance', 'repRoot', 'admin'))
    const taken = await decide('finance', request, { action: 'handOver', user: people.admin.id }, en)
    expect(taken.status).toBe(400)
    expect(taken.body.errors[0].message).toBe(`admin appr-a already approves the step "Finance and legal".`)
    expect((await decide('legal', request, { action: 'approve' })).status).toBe(403)
    const outsider = await decide('finance', request, { action: 'addApprover', user: b.people.admin.id })
    expect(outsider.status).toBe(400)
    for (const who of ['finance', 'repRoot']) expect((await decide(who, request, { action: 'approve' })).status).toBe(200)
    const last = await decide('admin', request, { action: 'approve' })
    expect(last.body.request.status).toBe('approved')
  })

  it('the submitter withdraws a pending request; nobody else may', async () => {
    const { id, request } = await start()
    expect((await decide('finance', request, { action: 'withdraw' })).status).toBe(403)
    const withdrawn = await decide('repChild', request, { action: 'withdraw', comment: '金额有误' })
    expect(withdrawn.body.request.status).toBe('withdrawn')
    expect((await api.rest('PATCH', `/contracts/${id}`, { token: tokens.repChild }, { amount: '21000' })).status).toBe(200)
    expect((await decide('finance', request, { action: 'approve' })).status).toBe(409)
  })
})

describe('other approver sources and 或签 races', () => {
  it('named users (或签: two racing approvers, exactly one counts) and the submitter’s manager', async () => {
    const process = toProcessDoc({
      key: 'opportunity-check',
      entity: 'opportunities',
      label: { zh: '商机审核', en: 'Opportunity check' },
      steps: [
        { key: 'either', label: { zh: '任一', en: 'Either' }, mode: 'any', approvers: { type: 'users', users: [] } },
        { key: 'boss', label: { zh: '上级', en: 'Boss' }, mode: 'any', approvers: { type: 'manager' } },
      ],
    }) as { steps: Record<string, unknown>[] }
    process.steps[0].users = [people.finance.id, people.legal.id]
    const saved = await api.rest('POST', '/approval-processes', { token: tokens.admin }, process)
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    const opp = await api.rest('POST', '/opportunities', { token: tokens.repChild }, { name: '审批商机', account })
    const started = await submit('repChild', 'opportunities', opp.body.doc.id)
    expect(waiting(started)).toEqual(idsOf('finance', 'legal'))
    const race = await Promise.all(['finance', 'legal'].map((who) => decide(who, started.body.request.id, { action: 'approve' })))
    expect(race.map((r) => r.status).sort()).toEqual([200, 409])
    const doc = await payload.findByID({ collection: 'approval-requests', id: started.body.request.id, overrideAccess: true })
    expect((doc.history as { action: string }[]).map((h) => h.action)).toEqual(['submit', 'approve'])
    expect(doc.currentStep).toBe('boss')
    expect((doc.waitingFor as unknown[]).map((u) => String((u as { id?: Id }).id ?? u))).toEqual(idsOf('repOther'))
  })

  it('a step nobody can approve refuses the submission and stores nothing', async () => {
    const opp = await api.rest('POST', '/opportunities', { token: tokens.repRoot }, { name: '无上级', account })
    const before = (await payload.count({ collection: 'approval-requests', overrideAccess: true })).totalDocs
    const res = await submit('repRoot', 'opportunities', opp.body.doc.id, en)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      'Nobody can approve the step "Boss" (no user resolved for its approvers): ask an administrator.',
    )
    expect((await payload.count({ collection: 'approval-requests', overrideAccess: true })).totalDocs).toBe(before)
    expect(
      (await api.rest('PATCH', `/opportunities/${opp.body.doc.id}`, { token: tokens.repRoot }, { name: '可改' })).status,
    ).toBe(200)
  })
})

describe('the quote discount preset and facts recorded on a locked record', () => {
  it('applies to a quote only above 10 % discount, and adds the director above 20 %', async () => {
    expect((await api.rest('POST', '/approval-processes', { token: tokens.admin }, toProcessDoc(quoteDiscount))).status).toBe(201)
    const quote = async (discount: string) =>
      (
        await api.rest(
          'POST',
          '/quotes',
          { token: tokens.repChild },
          { account, items: [{ quantity: 1, unitPrice: '100.00', discount }] },
        )
      ).body.doc.id
    const plain = await api.rest('GET', `/approvals/record/quotes/${await quote('5')}`, { token: tokens.repChild })
    expect(plain.body).toMatchObject({ processes: [], maySubmit: false })
    const some = await submit('repChild', 'quotes', await quote('15'))
    expect(some.body.request.steps.map((s: { key: string }) => s.key)).toEqual(['department'])
    const deep = await submit('repChild', 'quotes', await quote('25'))
    expect(deep.body.request.steps.map((s: { key: string }) => s.key)).toEqual(['department', 'director'])
  })

  it('a payment received still updates a pending invoice’s amount paid; edits stay refused', async () => {
    const process = toProcessDoc({
      key: 'invoice-check',
      entity: 'invoices',
      label: { zh: '发票审核', en: 'Invoice check' },
      steps: [
        { key: 'finance', label: { zh: '财务', en: 'Finance' }, mode: 'any', approvers: { type: 'role', roles: ['finance'] } },
      ],
    })
    expect((await api.rest('POST', '/approval-processes', { token: tokens.admin }, process)).status).toBe(201)
    const invoice = (
      await api.rest(
        'POST',
        '/invoices',
        { token: tokens.repChild },
        { account, status: 'issued', items: [{ quantity: 1, unitPrice: '100.00' }] },
      )
    ).body.doc
    expect((await submit('repChild', 'invoices', invoice.id)).status).toBe(201)
    const paid = await api.rest(
      'POST',
      '/payments',
      { token: tokens.repChild },
      { kind: 'received', invoice: invoice.id, amount: '40.00' },
    )
    expect(paid.status, JSON.stringify(paid.body)).toBe(201)
    expect(await payload.findByID({ collection: 'invoices', id: invoice.id, overrideAccess: true })).toMatchObject({
      amountPaid: '40.00',
      status: 'partially-paid',
    })
    expect((await api.rest('PATCH', `/invoices/${invoice.id}`, { token: tokens.repChild }, { terms: 'x' })).status).toBe(423)
  })
})

describe('the inbox and other companies', () => {
  it('counts waiting / submitted / done per user, paginated', async () => {
    const res = await api.rest('GET', '/approvals/inbox?box=waiting&limit=1', { token: tokens.manager })
    expect(res.status).toBe(200)
    expect(res.body.counts.waiting).toBeGreaterThan(1)
    expect(res.body.docs).toHaveLength(1)
    expect(res.body.totalDocs).toBe(res.body.counts.waiting)
    expect(res.body.docs[0].mayAnswer).toBe(true)
    const mine = await api.rest('GET', '/approvals/inbox?box=submitted', { token: tokens.repChild })
    expect(mine.body.counts.submitted).toBe(mine.body.totalDocs)
    expect(mine.body.docs.every((d: { submitter: { id: string } }) => d.submitter.id === String(people.repChild.id))).toBe(true)
    const done = await api.rest('GET', '/approvals/inbox?box=done&status=approved', { token: tokens['sales-director'] })
    expect(done.body.docs.map((d: { status: string }) => d.status)).toEqual(['approved'])
  })

  it('shows a record’s approval to its panel, and what the user may do', async () => {
    const id = await contract('30000')
    const before = await api.rest('GET', `/approvals/record/contracts/${id}`, { token: tokens.repChild })
    expect(before.body).toMatchObject({ request: null, maySubmit: true, processes: [{ key: 'contract-approval' }] })
    await submit('repChild', 'contracts', id)
    const after = await api.rest('GET', `/approvals/record/contracts/${id}`, { token: tokens.repChild })
    expect(after.body.maySubmit).toBe(false)
    expect(after.body.request).toMatchObject({ status: 'pending', mayWithdraw: true, mayAnswer: false })
  })

  it('is out of reach of another company', async () => {
    const id = await contract('40000')
    const res = await submit('repChild', 'contracts', id)
    const request = res.body.request.id
    expect((await submit('bAdmin', 'contracts', id)).status).toBe(404)
    expect((await decide('bAdmin', request, { action: 'approve' })).status).toBe(404)
    expect((await decide('bAdmin', request, { action: 'withdraw' })).status).toBe(404)
    expect((await api.rest('GET', `/approvals/record/contracts/${id}`, { token: tokens.bAdmin })).status).toBe(404)
    const inbox = await api.rest('GET', '/approvals/inbox?box=submitted', { token: tokens.bAdmin })
    expect(inbox.body.counts).toEqual({ waiting: 0, submitted: 0, done: 0 })
    expect((await api.rest('GET', '/approval-requests', { token: tokens.bAdmin })).body.totalDocs).toBe(0)
    // Nor does a colleague who is not part of it read the request.
    expect((await api.rest('GET', `/approval-requests/${request}`, { token: tokens.repOther })).status).toBe(404)
  })
})
