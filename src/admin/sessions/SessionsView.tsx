import type { AdminViewServerProps } from 'payload'
import { AdminPage } from '../AdminPage'
import { SessionsTable } from './SessionsTable'

/** /admin/sessions: who is signed in to the active tenant, with a way to end a session. */
export function SessionsView(props: AdminViewServerProps) {
  return (
    <AdminPage {...props}>
      <SessionsTable />
    </AdminPage>
  )
}
