import { RecordPage } from '../../_workspace/RecordPage'
import { entityOf, workspaceSession } from '../../_workspace/session'
import { WorkspaceShell } from '../../_workspace/WorkspaceShell'

type Props = { params: Promise<{ entity: string; id: string }> }

/** /app/<entity>/<id>: the record's form. */
export default async function RecordEditPage({ params }: Props) {
  const { entity: slug, id } = await params
  const session = await workspaceSession(`/app/${slug}/${id}`)
  const entity = entityOf(session, slug)
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active={slug}>
      <RecordPage entity={entity} id={id} language={session.language} titleFields={session.titleFields} />
    </WorkspaceShell>
  )
}
