import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { SmsApp } from './SmsApp'

type Props = { searchParams: Promise<{ entity?: string; id?: string; batch?: string }> }

/** /app/sms: compose an SMS to the current record or a saved view, and follow a batch recipient by recipient. */
export default async function SmsPage({ searchParams }: Props) {
  const params = await searchParams
  const session = await workspaceSession('/app/sms')
  const entity = ['contacts', 'leads', 'accounts'].includes(params.entity ?? '') ? (params.entity as string) : 'contacts'
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="sms">
      <SmsApp language={session.language} initial={{ entity, record: params.id ?? null, batch: params.batch ?? null }} />
    </WorkspaceShell>
  )
}
