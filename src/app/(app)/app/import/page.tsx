import { getAccessContext, grantFor } from '../../../../access/accessContext'
import { importableCollections } from '../../../../import/importableCollections'
import { MAX_FILE_MB, MAX_ROWS } from '../../../../import/parse/readFile'
import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { ImportWizard } from './ImportWizard'

type Props = { searchParams: Promise<{ collection?: string }> }

/** /app/import: the import wizard, into the business collections the user may create records in. */
export default async function ImportPage({ searchParams }: Props) {
  const params = await searchParams
  const session = await workspaceSession('/app/import')
  const context = await getAccessContext(session.req)
  const collections = importableCollections().filter(
    (c) => context && (context.superAdmin || context.tenantAdmin || grantFor(context, c.value, 'create')),
  )
  const initial = collections.find((c) => c.value === params.collection)?.value ?? collections[0]?.value ?? ''
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="import">
      <ImportWizard
        language={session.language}
        collections={collections.map((c) => ({ value: c.value, label: { en: c.label.en, zh: c.label.zh } }))}
        initialCollection={initial}
        limits={{ megabytes: MAX_FILE_MB, rows: MAX_ROWS }}
      />
    </WorkspaceShell>
  )
}
