import { recordTitle } from '../../../../notifications/recordTitle'
import { type WorkspaceSession, workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { MailApp } from './MailApp'

type Props = { searchParams: Promise<{ folder?: string; compose?: string; entity?: string; id?: string; to?: string }> }

/**
 * The record a new email is about, named as the user knows it ("客户 · 华东饮料"), read with their own
 * access: a record they may not read is not offered as the email's subject at all.
 */
async function aboutRecord(session: WorkspaceSession, entity?: string, id?: string) {
  const described = session.entities.find((e) => e.slug === entity)
  if (!described || !id) return null
  const value = /^\d+$/.test(id) ? Number(id) : id
  const record = await session.payload
    .findByID({ collection: described.slug as 'accounts', id: value, depth: 0, req: session.req, overrideAccess: false })
    .catch(() => null)
  if (!record) return null
  const title = recordTitle(session.payload, described.slug, record as unknown as Record<string, unknown>)
  const label = described.label.singular[session.language] ?? described.label.singular.en ?? described.slug
  return { relationTo: described.slug, value, label: `${label} · ${title}` }
}

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
          about: await aboutRecord(session, params.entity, params.id),
          to: params.to ?? '',
        }}
      />
    </WorkspaceShell>
  )
}
