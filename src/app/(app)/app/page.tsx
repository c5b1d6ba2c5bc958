import { redirect } from 'next/navigation'
import { workspaceSession } from './_workspace/session'

/** The workspace opens on the first list the user may read (the home page arrives with the workspace issue). */
export default async function WorkspaceHome() {
  const session = await workspaceSession('/app')
  redirect(session.entities[0] ? `/app/${session.entities[0].slug}` : '/app/login')
}
