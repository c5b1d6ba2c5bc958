import { POOL_COLLECTIONS } from '../../../../../pool/poolMoves'
import { describeEntity } from '../../../../../workspace/describeEntity'
import { RecordPage } from '../../_workspace/RecordPage'
import { entityOf, workspaceSession } from '../../_workspace/session'
import { WorkspaceShell } from '../../_workspace/WorkspaceShell'

type Props = { params: Promise<{ entity: string; id: string }> }

/** /app/<entity>/<id>: the record's form, activity, related lists, attachments and history. */
export default async function RecordEditPage({ params }: Props) {
  const { entity: slug, id } = await params
  const session = await workspaceSession(`/app/${slug}/${id}`)
  const entity = entityOf(session, slug)
  // Option labels of the activity types and audit actions, in the user's language (the browser gets no config).
  const optionsOf = (collection: string, field: string) => {
    const config = session.payload.config.collections.find((c) => c.slug === collection)
    const options = config ? describeEntity(config).fields.find((f) => f.name === field)?.options : undefined
    return Object.fromEntries((options ?? []).map((o) => [o.value, o.label[session.language] ?? o.label.en ?? o.value]))
  }
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active={slug}>
      <RecordPage
        entity={entity}
        id={id}
        language={session.language}
        titleFields={session.titleFields}
        readable={session.entities}
        pool={(POOL_COLLECTIONS as readonly string[]).includes(slug)}
        labels={{ activityTypes: optionsOf('activities', 'type'), auditActions: optionsOf('audit-log', 'action') }}
      />
    </WorkspaceShell>
  )
}
