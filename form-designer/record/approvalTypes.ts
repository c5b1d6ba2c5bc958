/** The approval API's views (see src/approvals/server/requestView.ts), as the workspace reads them. */
export type Labels = { en?: string; zh?: string }
export type Person = { id: string; name: string } | null
export type ApprovalView = {
  id: string | number
  processName: Labels
  entity: string
  record: string
  recordTitle: string
  submitter: Person
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn'
  version: number
  currentStep: string | null
  createdAt?: string
  finishedAt?: string | null
  steps: {
    key: string
    label: Labels
    mode: 'any' | 'all'
    state: 'done' | 'current' | 'todo'
    approvers: {
      user: Person
      decision: 'pending' | 'approved' | 'rejected' | 'handedOver'
      at: string | null
      comment: string | null
      addedBy: Person
      handedOverBy: Person
    }[]
  }[]
  history: { at: string; user: Person; action: string; step?: string; comment?: string; toStep?: string; target: Person }[]
  mayAnswer: boolean
  mayWithdraw: boolean
  earlierSteps: { key: string; label: Labels }[]
}
