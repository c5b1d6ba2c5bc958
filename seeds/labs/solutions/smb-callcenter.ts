import type { Payload } from 'payload'
import type { Id } from '../../../src/access/types'
import { at, lab, related } from './lab'

/** The telephone-sales lab solved as a student would: every exercise of `smb-callcenter.json` passes afterwards. */
export async function solve(payload: Payload, group: Id): Promise<void> {
  const { find, create, update, member } = lab(payload, group)
  const me = await member()

  // claim-lead: the lead leaves the public pool for the student.
  await update('leads', await find('leads', 'name', '孙丽娜'), { owner: me, claimedAt: at('2026-03-26T01:00:00Z') })

  // call-lead
  await create('activities', {
    subject: '回拨 建国汽修厂',
    type: 'call',
    status: 'done',
    relatedTo: related('leads', await find('leads', 'name', '周建国')),
    startAt: at('2026-03-26T06:00:00Z'),
    callOutcome: 'interested',
    outcome: '周老板同意下周来公司详谈代账方案。',
  })

  // convert-lead: 吴晓峰 becomes an account and its contact.
  const lead = await find('leads', 'name', '吴晓峰')
  const account = await create('accounts', {
    name: '晓峰网络科技有限公司',
    type: 'customer',
    industry: 'it',
    source: 'hotline',
    grade: 'a',
  })
  const contact = await create('contacts', {
    name: '吴晓峰',
    account,
    title: '总经理',
    mobile: '13907550003',
    isPrimary: true,
  })
  await update('leads', lead, {
    status: 'converted',
    convertedAt: at('2026-03-26T02:00:00Z'),
    convertedAccount: account,
    convertedContact: contact,
  })

  // renewal-task: the call made, the task done.
  const renewal = await find('accounts', 'code', 'DX-C002')
  await create('activities', {
    subject: '续费回访 优品汇',
    type: 'call',
    status: 'done',
    relatedTo: related('accounts', renewal),
    startAt: at('2026-03-27T03:00:00Z'),
    callOutcome: 'interested',
    outcome: '同意续费一般纳税人年包。',
  })
  await update('tasks', await find('tasks', 'subject', '回访优品汇续费意向'), { status: 'done' })

  // birthday-care
  await create('activities', {
    subject: '生日关怀 陈美玲',
    type: 'call',
    status: 'done',
    relatedTo: related('contacts', await find('contacts', 'name', '陈美玲')),
    startAt: at('2026-03-28T01:30:00Z'),
    callOutcome: 'resolved',
    outcome: '送上生日祝福，客户很开心。',
  })

  // publish-announcement
  await update('announcements', await find('announcements', 'title', '通话质检规范'), {
    publishedAt: at('2026-03-26T00:30:00Z'),
    audience: 'all',
  })

  // new-opportunity
  await create('opportunities', {
    name: '百味轩 代账年包',
    account: await find('accounts', 'code', 'DX-C010'),
    contact: await find('contacts', 'name', '谢雨欣'),
    amount: '9600.00',
    currency: 'CNY',
    stage: 'proposal',
    probability: 50,
  })
}
