import { NotificationList } from '../_workspace/notifications/NotificationList'
import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'

/** /app/notifications: the user's reminders, escalations, approvals and assignments. */
export default async function NotificationsPage() {
  const session = await workspaceSession('/app/notifications')
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities}>
      <NotificationList language={session.language} />
    </WorkspaceShell>
  )
}
