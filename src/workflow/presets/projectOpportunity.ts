import type { Workflow } from '../engine'

const l = (zh: string, en: string) => ({ zh, en })

/**
 * 机会识别 → 需求分析 → 方案制定 → 方案内审 (failing review goes back to 方案制定) → 投标 (中标 or 流标) →
 * 合同签订: a project opportunity with its internal review and bid.
 */
export const projectOpportunity: Workflow = {
  key: 'project-opportunity',
  entity: 'opportunities',
  label: l('项目型商机', 'Project opportunity'),
  stages: [
    { key: 'qualification', label: l('机会识别', 'Qualification'), probability: 10 },
    { key: 'needsAnalysis', label: l('需求分析', 'Needs analysis'), probability: 20 },
    { key: 'proposal', label: l('方案制定', 'Proposal'), probability: 40 },
    { key: 'review', label: l('方案内审', 'Internal review'), probability: 50 },
    { key: 'bidding', label: l('投标', 'Bidding'), probability: 60 },
    { key: 'won', label: l('中标', 'Bid won'), probability: 90, color: '#16a34a' },
    { key: 'contract', label: l('合同签订', 'Contract signed'), probability: 100, final: true, outcome: 'won', color: '#15803d' },
    { key: 'lost', label: l('流标', 'Bid lost'), probability: 0, final: true, outcome: 'lost', color: '#dc2626' },
  ],
  transitions: [
    { key: 'analyse', from: 'qualification', to: 'needsAnalysis', label: l('分析需求', 'Analyse needs') },
    { key: 'propose', from: 'needsAnalysis', to: 'proposal', label: l('制定方案', 'Write the proposal') },
    { key: 'submitReview', from: 'proposal', to: 'review', label: l('提交内审', 'Submit for review') },
    { key: 'reviewPassed', from: 'review', to: 'bidding', label: l('内审通过', 'Review passed'), roles: ['manager'] },
    { key: 'reviewFailed', from: 'review', to: 'proposal', label: l('内审不通过', 'Review failed'), roles: ['manager'] },
    { key: 'bidWon', from: 'bidding', to: 'won', label: l('中标', 'Won the bid') },
    { key: 'bidLost', from: 'bidding', to: 'lost', label: l('流标', 'Lost the bid') },
    { key: 'sign', from: 'won', to: 'contract', label: l('签订合同', 'Sign the contract') },
    { key: 'drop', from: '*', to: 'lost', label: l('放弃', 'Drop') },
  ],
}
