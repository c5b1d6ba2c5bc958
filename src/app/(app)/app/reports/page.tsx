import { reportFields } from '../../../../reports/fields/reportFields'
import { chartScope } from '../../../../workspace/charts/chartScope'
import { ReportWizard, type WizardEntity } from '../_reports/ReportWizard'
import styles from '../_reports/reports.module.css'
import { REPORT_TEXTS } from '../_reports/reportTexts'
import { workspaceSession } from '../_workspace/session'
import { WorkspaceShell } from '../_workspace/WorkspaceShell'

/** /app/reports: the user's saved reports and the wizard that builds a new one. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1)
  const session = await workspaceSession('/app/reports')
  const t = REPORT_TEXTS[session.language]
  const entities: WizardEntity[] = []
  for (const e of session.entities) {
    const scope = await chartScope(session.req, e.slug)
    if (!scope) continue
    const fields = await reportFields(session.req, scope.tenant, e.slug)
    entities.push({
      slug: e.slug,
      label: { en: e.label.plural.en ?? e.slug, zh: e.label.plural.zh ?? e.slug },
      fields: [...fields.values()].map((f) => {
        const link = f.via ? fields.get(f.via.path) : undefined
        return { path: f.path, kind: f.kind, label: f.label, ...(link ? { group: link.label } : {}) }
      }),
    })
  }
  const saved = await session.payload.find({
    collection: 'reports',
    sort: 'name',
    page,
    limit: 20,
    depth: 0,
    overrideAccess: false,
    user: session.req.user,
    req: session.req,
  })
  return (
    <WorkspaceShell user={session.user} language={session.language} entities={session.entities} active="reports">
      <div className={styles.page}>
        <h1>{t.reports}</h1>
        <ReportWizard language={session.language} entities={entities} />
        <section className={styles.card} style={{ marginTop: 16 }} aria-label={t.saved}>
          <h2 className={styles.title}>{t.saved}</h2>
          {saved.docs.length === 0 ? <p>{t.none}</p> : null}
          <ul className={styles.list}>
            {saved.docs.map((r) => (
              <li key={r.id}>
                {r.name}{' '}
                <a href={`/api/reports/${r.id}/export?format=xlsx`} download>
                  XLSX
                </a>{' '}
                <a href={`/api/reports/${r.id}/export?format=csv`} download>
                  CSV
                </a>
              </li>
            ))}
          </ul>
          {saved.totalPages > 1 ? (
            <nav className={styles.pager} aria-label={t.saved}>
              {saved.hasPrevPage ? <a href={`/app/reports?page=${page - 1}`}>{t.previous}</a> : null}
              <span>{t.pageOf.replace('{page}', String(saved.page ?? page)).replace('{pages}', String(saved.totalPages))}</span>
              {saved.hasNextPage ? <a href={`/app/reports?page=${page + 1}`}>{t.next}</a> : null}
            </nav>
          ) : null}
        </section>
      </div>
    </WorkspaceShell>
  )
}
