import { getAccessContext, grantFor } from '../../../../access/accessContext'
import { calendarPeople } from '../../../../calendar/server/calendarPeople'
import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { CalendarApp } from './CalendarApp'

type Props = { searchParams: Promise<{ view?: string; date?: string; people?: string }> }

/** /app/calendar: the user's (or their team's) events and tasks by day, week or month, in the tenant's time zone. */
export default async function CalendarPage({ searchParams }: Props) {
  const params = await searchParams
  const session = await workspaceSession('/app/calendar')
  const context = await getAccessContext(session.req)
  const tenant =
    context?.tenantId != null
      ? await session.payload
          .findByID({ collection: 'tenants', id: context.tenantId, depth: 0, overrideAccess: true })
          .catch(() => null)
      : null
  const people = await calendarPeople(session.req)
  const canCreate = Boolean(context && (context.superAdmin || context.tenantAdmin || grantFor(context, 'activities', 'create')))
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="calendar">
      <CalendarApp
        language={session.language}
        timeZone={(tenant as { timeZone?: string } | null)?.timeZone || 'Asia/Shanghai'}
        me={session.user.id}
        people={people}
        canCreate={canCreate}
        initial={{ view: params.view, date: params.date, people: params.people }}
      />
    </WorkspaceShell>
  )
}
