import type { Payload } from 'payload'
import type { Id } from '../../../src/access/types'
import { at, lab, related } from './lab'

const consented = (recordedAt: string) => ({ allowed: true, recordedAt: at(recordedAt), method: 'written' })

/** The wealth-management lab solved as a student would: every exercise of `wealth-crm.json` passes afterwards. */
export async function solve(payload: Payload, group: Id): Promise<void> {
  const { find, create, update } = lab(payload, group)

  // tier-upgrade
  await update('accounts', await find('accounts', 'code', 'WM-KH004'), { grade: 'platinum' })

  // concentration: the customer warned, the risk event closed.
  const wang = await find('accounts', 'code', 'WM-KH003')
  await create('activities', {
    subject: '提示王志强持仓集中度风险',
    type: 'call',
    status: 'done',
    relatedTo: related('accounts', wang),
    startAt: at('2026-03-24T03:00:00Z'),
    callOutcome: 'resolved',
    outcome: '已提示风险，客户同意一个月内将该股占比降至 50% 以下。',
  })
  await update('tasks', await find('tasks', 'subject', '风险事件：持仓集中度 — 王志强（WM-KH003）单一个股占比 78%'), {
    status: 'done',
  })

  // withdrawal-call
  await create('activities', {
    subject: '电话核实刘芳大额出金',
    type: 'call',
    status: 'done',
    relatedTo: related('accounts', await find('accounts', 'code', 'WM-KH005')),
    startAt: at('2026-03-25T08:00:00Z'),
    callOutcome: 'resolved',
    outcome: '资金用于购房首付，非转户；已介绍纯债计划供余款配置。',
  })

  // new-risk-event
  await create('tasks', {
    subject: '风险事件：大额入金 — 钱玉兰（WM-KH012）单日转入 260 万元',
    relatedTo: related('accounts', await find('accounts', 'code', 'WM-KH012')),
    dueAt: at('2026-03-27T09:00:00Z'),
    status: 'open',
    priority: 'high',
    description: '单日银证转入 260 万元，请核实资金来源并做适当性匹配。',
  })

  // sms-consent
  await update('contacts', await find('contacts', 'name', '黄晓燕'), {
    consent: { sms: consented('2026-03-26T02:00:00Z') },
  })

  // sms-list: every diamond customer's contact with SMS consent.
  const { docs: diamonds } = await payload.find({
    collection: 'contacts',
    where: { and: [{ tenant: { equals: group } }, { 'account.grade': { equals: 'diamond' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const contact of diamonds)
    if (!contact.consent?.sms?.allowed)
      await update('contacts', contact.id, { consent: { sms: consented('2026-03-26T03:00:00Z') } })

  // new-opportunity
  await create('opportunities', {
    name: '孙立新 追加资产配置',
    account: await find('accounts', 'code', 'WM-KH009'),
    contact: await find('contacts', 'name', '孙立新'),
    amount: '1500000.00',
    currency: 'CNY',
    stage: 'needs-analysis',
    probability: 25,
  })
}
