import { RecordPage } from '../../_workspace/RecordPage'
import { entityOf, workspaceSession } from '../../_workspace/session'
import { withStartingStage } from '../../_workspace/startingStage'
import { WorkspaceShell } from '../../_workspace/WorkspaceShell'

type Props = { params: Promise<{ entity: string }> }

/** /app/<entity>/new: an empty record form, base and custom fields as designed. */
export default async function NewRecordPage({ params }: Props) {
  const { entity: slug } = await params
  const session = await workspaceSession(`/app/${slug}/new`)
  const entity = await withStartingStage(session, entityOf(session, slug))
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active={slug}>
      <RecordPage entity={entity} language={session.language} titleFields={session.titleFields} />
    </WorkspaceShell>
  )
}
