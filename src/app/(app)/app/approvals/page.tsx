import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { ApprovalInbox } from './ApprovalInbox'

/** /app/approvals: my approvals — waiting for me, submitted by me, done. */
export default async function ApprovalsPage() {
  const session = await workspaceSession('/app/approvals')
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="approvals">
      <ApprovalInbox language={session.language} />
    </WorkspaceShell>
  )
}
