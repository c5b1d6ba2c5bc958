import type { PayloadRequest } from 'payload'
import { idOf } from '../../access/types'
import { fill } from '../../i18n/fill'
import { notify } from '../../notifications/notify'
import type { RequestState } from '../engine'
import type { RequestDoc } from './requestState'

const texts = {
  waiting: {
    zh: '“{{process}}”等待您审批：{{record}}（{{step}}）',
    en: '"{{process}}" waits for your approval: {{record}} ({{step}})',
  },
  approved: { zh: '您提交的“{{process}}”已通过：{{record}}', en: 'Your "{{process}}" was approved: {{record}}' },
  rejected: {
    zh: '您提交的“{{process}}”被驳回：{{record}}{{comment}}',
    en: 'Your "{{process}}" was rejected: {{record}}{{comment}}',
  },
}

/**
 * Tells the approvers of the current step that it waits for them (those named in `only`, when given:
 * someone just added or handed the step), and the submitter when the request is approved or rejected.
 * Keys carry the request and its version, so a retried write never notifies twice.
 */
export async function notifyApproval(req: PayloadRequest, doc: RequestDoc, state: RequestState, only?: string[]) {
  const vars = (lang: 'zh' | 'en') => ({
    process: (lang === 'zh' ? doc.processNameZh : doc.processNameEn) ?? doc.process,
    record: doc.recordTitle ?? `#${doc.record}`,
    step: state.steps[state.current]?.label[lang] ?? state.steps[state.current]?.label.en ?? '',
  })
  const base = { tenant: idOf(doc.tenant) as string | number, kind: 'approval' as const, entity: doc.entity, record: doc.record }
  if (state.status === 'pending') {
    const step = state.steps[state.current]
    const users = (step?.approvers ?? []).filter((a) => a.decision === 'pending').map((a) => a.user)
    const to = only ? users.filter((u) => only.includes(u)) : users
    await notify(req, to, {
      ...base,
      text: { zh: fill(texts.waiting.zh, vars('zh')), en: fill(texts.waiting.en, vars('en')) },
      key: `approval:${doc.id}:v${state.version}:waiting`,
    })
    return
  }
  if (state.status !== 'approved' && state.status !== 'rejected') return
  const last = state.history.at(-1)
  const comment = (lang: 'zh' | 'en') => (last?.comment ? (lang === 'zh' ? `：${last.comment}` : `: ${last.comment}`) : '')
  const t = texts[state.status]
  await notify(req, [state.submitter], {
    ...base,
    text: {
      zh: fill(t.zh, { ...vars('zh'), comment: comment('zh') }),
      en: fill(t.en, { ...vars('en'), comment: comment('en') }),
    },
    key: `approval:${doc.id}:v${state.version}:${state.status}`,
  })
}
