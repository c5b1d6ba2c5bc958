import { RecordList } from '../../../../../form-designer/lists/RecordList'
import { entityOf, workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'

type Props = { params: Promise<{ entity: string }> }

/** /app/<entity>: the entity's list views, saved views and kanban boards. */
export default async function EntityListPage({ params }: Props) {
  const { entity: slug } = await params
  const session = await workspaceSession(`/app/${slug}`)
  const entity = entityOf(session, slug)
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active={slug}>
      <RecordList
        entity={entity}
        language={session.language}
        userId={session.user.id}
        canShareViews={session.canShareViews}
        titleFields={session.titleFields}
      />
    </WorkspaceShell>
  )
}
