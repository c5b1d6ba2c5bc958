import { fill } from '../../i18n/fill'
import type { Language } from '../../i18n/language'

const en = {
  notPending: 'This approval is no longer pending ({{status}}): nothing was changed.',
  notApprover: 'You are not an approver of the current step "{{step}}".',
  alreadyAnswered: 'You have already answered the step "{{step}}".',
  notSubmitter: 'Only the submitter can withdraw this approval.',
  noTarget: 'Choose the user to add or to hand over to.',
  targetIsSelf: 'You cannot add yourself or hand over to yourself.',
  targetAlreadyApprover: '{{user}} already approves the step "{{step}}".',
  notEarlierStep: 'A rejection can only go back to an earlier step.',
  unknownAction: 'Unknown action "{{action}}": use approve, reject, addApprover, handOver or withdraw.',
  answeredMeanwhile: 'Someone answered this approval meanwhile (or you clicked twice): your answer was not counted. Reload it.',
  locked: 'This record is waiting for approval ("{{process}}", step "{{step}}"): it cannot be changed until the approval ends.',
  noProcess: 'No approval process applies to this record.',
  unknownProcess: 'There is no active approval process "{{process}}" for this record.',
  alreadyPending: 'This record is already waiting for approval ("{{process}}").',
  emptyStep: 'Nobody can approve the step "{{step}}" (no user resolved for its approvers): ask an administrator.',
  noSteps: 'An approval process needs at least one step.',
  duplicateStep: 'The step key "{{step}}" is used twice.',
  noApprovers: 'The step "{{step}}" names no approvers.',
  unknownRole: 'The step "{{step}}" names a role that does not exist: "{{role}}".',
  badCondition: 'The condition cannot be used: {{problem}}',
  statusField: 'The status field must be a field of the entity.',
  notUser: '{{user}} is not a member of this company.',
}
export type ApprovalMessageKey = keyof typeof en
const zh: Record<ApprovalMessageKey, string> = {
  notPending: '该审批已不在审批中（{{status}}），未做任何更改。',
  notApprover: '您不是当前步骤“{{step}}”的审批人。',
  alreadyAnswered: '您已处理过步骤“{{step}}”。',
  notSubmitter: '只有提交人可以撤回该审批。',
  noTarget: '请选择要加签或转交的人员。',
  targetIsSelf: '不能给自己加签或转交给自己。',
  targetAlreadyApprover: '{{user}} 已是步骤“{{step}}”的审批人。',
  notEarlierStep: '驳回只能退回到之前的步骤。',
  unknownAction: '未知操作“{{action}}”：可用 approve、reject、addApprover、handOver 或 withdraw。',
  answeredMeanwhile: '其他人刚刚处理了该审批（或您重复点击了），您的操作未生效，请刷新后查看。',
  locked: '该记录正在审批中（“{{process}}”，步骤“{{step}}”），审批结束前不能修改。',
  noProcess: '没有适用于该记录的审批流程。',
  unknownProcess: '该记录没有启用的审批流程“{{process}}”。',
  alreadyPending: '该记录已在审批中（“{{process}}”）。',
  emptyStep: '步骤“{{step}}”没有可用的审批人，请联系管理员。',
  noSteps: '审批流程至少需要一个步骤。',
  duplicateStep: '步骤标识“{{step}}”重复。',
  noApprovers: '步骤“{{step}}”没有指定审批人。',
  unknownRole: '步骤“{{step}}”引用了不存在的角色“{{role}}”。',
  badCondition: '条件无法使用：{{problem}}',
  statusField: '状态字段必须是该实体的字段。',
  notUser: '{{user}} 不是本公司的成员。',
}

export function approvalMessage(language: Language, key: ApprovalMessageKey, vars: Record<string, string | number> = {}): string {
  return fill((language === 'zh' ? zh : en)[key], vars)
}
