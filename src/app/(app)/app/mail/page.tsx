import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { MailApp } from './MailApp'

type Props = { searchParams: Promise<{ folder?: string; compose?: string; entity?: string; id?: string; to?: string }> }

/** /app/mail: the user's mail by folder, writing (with templates and attachments) and their mailbox settings. */
export default async function MailPage({ searchParams }: Props) {
  const params = await searchParams
  const session = await workspaceSession('/app/mail')
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="mail">
      <MailApp
        language={session.language}
        initial={{
          folder: params.folder,
          compose: params.compose === '1',
          about:
            params.entity && params.id
              ? { relationTo: params.entity, value: /^\d+$/.test(params.id) ? Number(params.id) : params.id }
              : null,
          to: params.to ?? '',
        }}
      />
    </WorkspaceShell>
  )
}
