import { searchRecords } from '../../../../workspace/search/searchRecords'
import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'
import { SearchResults } from './SearchResults'

type Props = { searchParams: Promise<{ q?: string; entity?: string; page?: string }> }

/** /app/search?q=…: the global search over every business record the user may read, grouped by entity. */
export default async function SearchPage({ searchParams }: Props) {
  const { q = '', entity, page } = await searchParams
  const session = await workspaceSession(`/app/search?q=${encodeURIComponent(q)}`)
  const readable = session.entities.find((e) => e.slug === entity)?.slug
  const groups = await searchRecords(session.req, q, { entity: readable, page: Math.max(1, Number(page) || 1) })
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="search" query={q}>
      <SearchResults
        query={q.trim()}
        language={session.language}
        groups={groups}
        labels={Object.fromEntries(session.entities.map((e) => [e.slug, e.label.plural]))}
        single={readable}
      />
    </WorkspaceShell>
  )
}
