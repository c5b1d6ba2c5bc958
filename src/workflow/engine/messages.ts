import { fill } from '../../i18n/fill'
import type { Language } from '../../i18n/language'

const en = {
  unknownStage: 'There is no stage "{{stage}}" in the workflow "{{workflow}}".',
  noTransition: 'The workflow "{{workflow}}" does not go from "{{from}}" to "{{to}}".',
  finalStage: '"{{from}}" is a final stage: the record cannot leave it.',
  role: 'Moving to "{{to}}" is for {{roles}}.',
  condition: 'Moving to "{{to}}" needs {{condition}}.',
  missingActions: 'Before leaving "{{from}}": {{actions}}.',
  lossReason: 'Moving to "{{to}}" needs a loss reason.',
  duplicateStage: 'The stage key "{{stage}}" is used twice.',
  duplicateTransition: 'The transition key "{{transition}}" is used twice.',
  transitionStage: 'The transition "{{transition}}" names a stage that does not exist: "{{stage}}".',
  unreachable: 'No transition leads to the stage "{{stage}}".',
  deadEnd: 'The stage "{{stage}}" is not final but no transition leaves it.',
  finalOutcome: 'The final stage "{{stage}}" needs an outcome (won, lost or closed).',
  badCondition: 'The condition of "{{transition}}" cannot be used: {{problem}}',
  noStages: 'A workflow needs at least one stage.',
  leavesFinal: 'The transition "{{transition}}" leaves the final stage "{{stage}}".',
  probability: 'The probability of "{{stage}}" must be a whole number from 0 to 100.',
  movedMeanwhile: 'Someone else moved this record to another stage meanwhile. Reload it and try again.',
  stageField: 'The stage field must be a text or select field of the entity.',
  alreadyThere: 'The record is already in "{{stage}}": nothing was moved.',
  badKey: 'The key "{{key}}" must start with a letter and hold only letters, digits, - and _ (at most 64).',
  noLabel: '"{{key}}" needs a name in Chinese or English.',
  timeLimit: 'The time limit of "{{stage}}" must be a number of hours above 0.',
  duplicateAction: 'The stage "{{stage}}" has two required actions with the key "{{action}}".',
  unknownEffectField: '"{{owner}}" sets the field "{{field}}", which the entity does not have.',
}
export type WorkflowMessageKey = keyof typeof en
const zh: Record<WorkflowMessageKey, string> = {
  unknownStage: '流程“{{workflow}}”中没有阶段“{{stage}}”。',
  noTransition: '流程“{{workflow}}”不允许从“{{from}}”转到“{{to}}”。',
  finalStage: '“{{from}}”是结束阶段，记录不能再离开。',
  role: '只有 {{roles}} 可以转到“{{to}}”。',
  condition: '转到“{{to}}”需要满足条件：{{condition}}。',
  missingActions: '离开“{{from}}”之前需完成：{{actions}}。',
  lossReason: '转到“{{to}}”需要填写丢单原因。',
  duplicateStage: '阶段标识“{{stage}}”重复。',
  duplicateTransition: '流转标识“{{transition}}”重复。',
  transitionStage: '流转“{{transition}}”引用了不存在的阶段“{{stage}}”。',
  unreachable: '没有任何流转能到达阶段“{{stage}}”。',
  deadEnd: '阶段“{{stage}}”不是结束阶段，但没有任何流转离开它。',
  finalOutcome: '结束阶段“{{stage}}”需要设置结果（赢单、输单或关闭）。',
  badCondition: '流转“{{transition}}”的条件无法使用：{{problem}}',
  noStages: '流程至少需要一个阶段。',
  leavesFinal: '流转“{{transition}}”离开了结束阶段“{{stage}}”。',
  probability: '阶段“{{stage}}”的赢率必须是 0 到 100 的整数。',
  movedMeanwhile: '其他人刚刚把这条记录转到了别的阶段，请刷新后重试。',
  stageField: '阶段字段必须是该实体的文本或选择字段。',
  alreadyThere: '记录已处于“{{stage}}”阶段，未做任何流转。',
  badKey: '标识“{{key}}”须以字母开头，只能包含字母、数字、- 和 _（最多 64 个字符）。',
  noLabel: '“{{key}}”需要中文或英文名称。',
  timeLimit: '阶段“{{stage}}”的时限必须是大于 0 的小时数。',
  duplicateAction: '阶段“{{stage}}”有两个标识为“{{action}}”的必做事项。',
  unknownEffectField: '“{{owner}}”要设置的字段“{{field}}”在该实体中不存在。',
}

export function workflowMessage(language: Language, key: WorkflowMessageKey, vars: Record<string, string | number> = {}): string {
  return fill((language === 'zh' ? zh : en)[key], vars)
}
