import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FlowDoc, flowProblems } from '../../form-designer/workflow/model'
import { projectOpportunity, serviceRepair } from '../../src/workflow/presets'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Workflows on the server: a stage change is checked against the workflow whatever sends it (REST,
 * GraphQL, the Local API), with a message naming what is missing; required actions are done by
 * activities; roles and conditions limit transitions; two advances of one record at once: exactly one
 * wins; every transition is in the history with who and the comment.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}

const asWorkflowDoc = (w: typeof serviceRepair) => ({
  key: w.key,
  entity: w.entity,
  nameZh: w.label.zh,
  nameEn: w.label.en,
  appliesWhen: w.appliesWhen,
  stages: w.stages,
  transitions: w.transitions,
})
const errorsOf = (res: { body: any }) =>
  (res.body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])
const zh = { 'accept-language': 'zh' }
const newRequest = async (subject: string) => {
  const res = await api.rest('POST', '/service-requests', { token: tokens.repRoot }, { subject })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc
}
const confirm = (id: unknown, action: string) =>
  api.rest(
    'POST',
    '/activities',
    { token: tokens.repRoot },
    {
      subject: action,
      type: 'task',
      status: 'done',
      workflowAction: action,
      relatedTo: { relationTo: 'service-requests', value: id },
    },
  )
const moveTo = (id: unknown, stage: string, who = 'repRoot', headers: Record<string, string> = zh) =>
  api.rest('PATCH', `/service-requests/${id}`, { token: tokens[who], headers }, { stage })

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'flows-a')
  b = await createTenant(payload, 'flows-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
  for (const preset of [serviceRepair, projectOpportunity]) {
    const res = await api.rest('POST', '/workflows', { token: tokens.admin }, asWorkflowDoc(preset))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  }
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('saving a workflow', () => {
  it('refuses a broken graph and a stage field the entity lacks, with paths, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'workflows', overrideAccess: true })).totalDocs
    const res = await api.rest(
      'POST',
      '/workflows',
      { token: tokens.admin, headers: { 'accept-language': 'en' } },
      {
        ...asWorkflowDoc(serviceRepair),
        key: 'broken',
        field: 'subjectLine',
        transitions: [
          ...serviceRepair.transitions.filter((t) => t.key !== 'close'),
          { key: 'x', from: 'received', to: 'initialDebug', label: { en: 'x' }, when: 'ghost == 1' },
        ],
      },
    )
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([
      ['field', 'The stage field must be a text or select field of the entity.'],
      ['transitions.6.when', expect.stringContaining('Unknown field "ghost"')],
      ['stages.4', 'The stage "returnVisit" is not final but no transition leaves it.'],
      ['stages.5', 'No transition leads to the stage "done".'],
    ])
    expect((await payload.count({ collection: 'workflows', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('refuses what the visual editor flags, at the paths the editor shows: keys, names, time limits, actions, effects', async () => {
    const before = (await payload.count({ collection: 'workflows', overrideAccess: true })).totalDocs
    const [received, initialDebug, ...rest] = serviceRepair.stages
    const stages = [
      { ...received, requiredActions: [...(received.requiredActions ?? []), { key: 'assetConfirmed', label: { zh: '再次' } }] },
      {
        ...initialDebug,
        label: { zh: ' ' },
        timeLimitHours: 0,
        onEnter: [{ kind: 'setField', field: 'custom.ghost', value: 1 }],
      },
      ...rest,
    ]
    const transitions = serviceRepair.transitions.map((t, i) =>
      i === 0 ? { ...t, key: '1st', effects: [{ kind: 'setField', field: 'priority', value: 'high' }] } : t,
    )
    const res = await api.rest(
      'POST',
      '/workflows',
      { token: tokens.admin, headers: zh },
      { ...asWorkflowDoc(serviceRepair), key: 'editor-flags', stages, transitions },
    )
    expect(res.status).toBe(400)
    const expected = [
      ['stages.0.requiredActions.1.key', '阶段“received”有两个标识为“assetConfirmed”的必做事项。'],
      ['stages.1.label', '“initialDebug”需要中文或英文名称。'],
      ['stages.1.timeLimitHours', '阶段“initialDebug”的时限必须是大于 0 的小时数。'],
      ['stages.1.onEnter.0.field', '“initialDebug”要设置的字段“custom.ghost”在该实体中不存在。'],
      ['transitions.0.key', '标识“1st”须以字母开头，只能包含字母、数字、- 和 _（最多 64 个字符）。'],
    ]
    expect(errorsOf(res)).toEqual(expected)
    // The editor computes the same list from the same check before anyone presses save.
    const known = (path: string) => !path.startsWith('custom.')
    const inEditor = flowProblems({ stages, transitions } as FlowDoc, known, 'zh')
    expect(inEditor.map((p) => [p.pointer.slice(1).split('/').join('.'), p.message])).toEqual(expected)
    expect((await payload.count({ collection: 'workflows', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('the repair flow', () => {
  let id: number | string

  it('starts every new request in the first stage and refuses one created further on', async () => {
    const doc = await newRequest('打印机不出纸')
    id = doc.id
    expect(doc.stage).toBe('received')
    const skipped = await api.rest(
      'POST',
      '/service-requests',
      { token: tokens.repRoot, headers: zh },
      { subject: '跳过', stage: 'done' },
    )
    expect(skipped.status).toBe(400)
    expect(errorsOf(skipped)).toEqual([['stage', '流程“报修流程”不允许从“—”转到“完成”。']])
  })

  it('refuses leaving a stage before its required action is done, by REST, GraphQL and the Local API alike', async () => {
    const rest = await moveTo(id, 'initialDebug')
    expect(rest.status).toBe(400)
    expect(errorsOf(rest)).toEqual([['stage', '离开“报修受理”之前需完成：资产确认。']])
    const graphql = await api.graphql(
      'mutation ($id: Int!) { updateServiceRequest(id: $id, data: { stage: "initialDebug" }) { stage } }',
      { id: Number(id) },
      { token: tokens.repRoot },
    )
    expect(graphql.body.errors?.[0]?.message).toBeTruthy()
    const local = await payload.update({ collection: 'service-requests', id, data: { stage: 'initialDebug' } }).catch((e) => e)
    expect(local.data?.errors?.[0]).toEqual(
      expect.objectContaining({ path: 'stage', message: expect.stringMatching(/Asset confirmed|资产确认/) }),
    )
    expect((await payload.findByID({ collection: 'service-requests', id, overrideAccess: true })).stage).toBe('received')
  })

  it('moves on once an activity marks the action done, and records who moved it', async () => {
    expect((await confirm(id, 'assetConfirmed')).status).toBe(201)
    const moved = await moveTo(id, 'initialDebug')
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc.stage).toBe('initialDebug')
    const history = await payload.find({
      collection: 'workflow-transitions',
      where: { record: { equals: String(id) } },
      overrideAccess: true,
    })
    expect(history.docs.map((h) => [h.from, h.to, h.transition, (h.user as { id: unknown })?.id ?? h.user])).toEqual([
      ['received', 'initialDebug', 'start', a.people.repRoot.id],
    ])
  })

  it('refuses a move the workflow has no transition for', async () => {
    const res = await moveTo(id, 'done', 'repRoot', { 'accept-language': 'en' })
    expect(errorsOf(res)).toEqual([['stage', 'The workflow "Repair flow" does not go from "First-line diagnosis" to "Closed".']])
  })

  it('lets exactly one of two simultaneous advances win; the other gets 409 and nothing half-done', async () => {
    const results = await Promise.all([moveTo(id, 'advancedDebug'), moveTo(id, 'returnVisit')])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = results.find((r) => r.status === 200)?.body.doc.stage
    expect((await payload.findByID({ collection: 'service-requests', id, overrideAccess: true })).stage).toBe(winner)
    const history = await payload.find({
      collection: 'workflow-transitions',
      where: { record: { equals: String(id) } },
      overrideAccess: true,
    })
    expect(history.totalDocs).toBe(2)
    // The same move asked twice at once: one moves the record, the other is told it moved meanwhile.
    const other = await newRequest('同一步骤并发')
    expect((await confirm(other.id, 'assetConfirmed')).status).toBe(201)
    const same = await Promise.all(
      ['repRoot', 'admin'].map((who) =>
        api.rest(
          'POST',
          `/workflow/service-requests/${other.id}/transition`,
          { token: tokens[who], headers: zh },
          { to: 'initialDebug' },
        ),
      ),
    )
    expect(same.map((r) => r.status).sort()).toEqual([200, 409])
    // Told either that someone moved it meanwhile or, when they read it after the move, that it is already there.
    expect(same.find((r) => r.status === 409)?.body.errors[0].message).toMatch(
      /^(其他人刚刚把这条记录转到了别的阶段|记录已处于“初步调试”阶段)/,
    )
    const moved = await payload.find({
      collection: 'workflow-transitions',
      where: { record: { equals: String(other.id) } },
      overrideAccess: true,
    })
    expect(moved.totalDocs).toBe(1)
  })

  it('shows the stage bar, the ways out and the history; moves with a comment through the transition endpoint', async () => {
    const stage = (await payload.findByID({ collection: 'service-requests', id, overrideAccess: true })).stage
    if (stage === 'advancedDebug') {
      expect((await confirm(id, 'escalationConfirmed')).status).toBe(201)
      const res = await api.rest(
        'POST',
        `/workflow/service-requests/${id}/transition`,
        { token: tokens.repRoot },
        { to: 'returnVisit', comment: '远程已解决' },
      )
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    const view = await api.rest('GET', `/workflow/service-requests/${id}?limit=2`, { token: tokens.repRoot, headers: zh })
    expect(view.status).toBe(200)
    expect(view.body.stage).toBe('returnVisit')
    expect(view.body.bar.map((s: { key: string; state: string }) => s.state)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'current',
      'todo',
    ])
    expect(view.body.bar[4].actions).toEqual([{ key: 'visitDone', label: '回访完成', done: false }])
    expect(view.body.transitions).toEqual([
      {
        key: 'close',
        label: { zh: '关闭工单', en: 'Close' },
        to: 'done',
        allowed: false,
        problems: [{ code: 'missingActions', message: '离开“回访”之前需完成：回访完成。' }],
      },
    ])
    expect(view.body.history.docs).toHaveLength(2)
    expect(view.body.history.totalDocs).toBe(stage === 'advancedDebug' ? 3 : 2)
    if (stage === 'advancedDebug') expect(view.body.history.docs[0].comment).toBe('远程已解决')
    expect((await confirm(id, 'visitDone')).status).toBe(201)
    const closed = await api.rest(
      'POST',
      `/workflow/service-requests/${id}/transition`,
      { token: tokens.repRoot },
      { to: 'done', comment: '客户确认' },
    )
    expect(closed.body.doc.stage).toBe('done')
    const reopen = await moveTo(id, 'returnVisit')
    expect(errorsOf(reopen)).toEqual([['stage', '“完成”是结束阶段，记录不能再离开。']])
  })

  it('is out of reach of another company', async () => {
    expect((await api.rest('GET', `/workflow/service-requests/${id}`, { token: tokens.bAdmin })).status).toBe(404)
    expect(
      (await api.rest('POST', `/workflow/service-requests/${id}/transition`, { token: tokens.bAdmin }, { to: 'done' })).status,
    ).toBe(404)
  })
})

describe('roles and loss reasons on the project opportunity', () => {
  it('lets only a manager pass the internal review, and asks for a loss reason when dropping', async () => {
    const account = await api.rest('POST', '/accounts', { token: tokens.repRoot }, { name: '项目客户' })
    const opp = await api.rest(
      'POST',
      '/opportunities',
      { token: tokens.repRoot },
      { name: '数据中心项目', account: account.body.doc.id },
    )
    expect(opp.body.doc.stage).toBe('qualification')
    const oid = opp.body.doc.id
    for (const stage of ['needsAnalysis', 'proposal', 'review'])
      expect((await api.rest('PATCH', `/opportunities/${oid}`, { token: tokens.repRoot }, { stage })).status).toBe(200)
    const byRep = await api.rest('PATCH', `/opportunities/${oid}`, { token: tokens.repRoot, headers: zh }, { stage: 'bidding' })
    expect(errorsOf(byRep)).toEqual([['stage', '只有 manager 可以转到“投标”。']])
    const byManager = await api.rest('PATCH', `/opportunities/${oid}`, { token: tokens.manager }, { stage: 'proposal' })
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(200)
    const drop = await api.rest('PATCH', `/opportunities/${oid}`, { token: tokens.repRoot, headers: zh }, { stage: 'lost' })
    expect(errorsOf(drop)).toEqual([['stage', '转到“流标”需要填写丢单原因。']])
    const dropped = await api.rest(
      'PATCH',
      `/opportunities/${oid}`,
      { token: tokens.repRoot },
      { stage: 'lost', lossReason: '客户预算取消' },
    )
    expect(dropped.body.doc.stage).toBe('lost')
  })
})
