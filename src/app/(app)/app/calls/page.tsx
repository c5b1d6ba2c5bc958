import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { CallStatsApp } from './CallStatsApp'

/** /app/calls: call statistics by agent or by day (the CTI's records), for the team or oneself. */
export default async function CallsPage() {
  const session = await workspaceSession('/app/calls')
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="calls">
      <CallStatsApp language={session.language} />
    </WorkspaceShell>
  )
}
