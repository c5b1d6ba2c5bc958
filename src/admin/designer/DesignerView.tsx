import type { AdminViewServerProps } from 'payload'
import { Designer, type DesignerEntity } from '../../../form-designer/designer/Designer'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { baseFieldsOf } from '../../customFields/layout/baseFields'
import type { Labels } from '../../customFields/layout/types'
import { AdminPage } from '../AdminPage'

type ConfigField = Parameters<typeof baseFieldsOf>[0][number] & { label?: unknown; fields?: ConfigField[] }

/** Labels of a collection's fields by name, through rows and tabs: what the palette and canvas show. */
function labelsOf(fields: readonly ConfigField[], found: Record<string, Labels> = {}): Record<string, Labels> {
  for (const f of fields) {
    if (f.name && f.label && typeof f.label === 'object') found[f.name] = f.label as Labels
    if (f.fields) labelsOf(f.fields, found)
    for (const tab of f.tabs ?? []) labelsOf(tab.fields as ConfigField[], found)
  }
  return found
}

/** /admin/designer?entity=<slug>: the form and list designer of the active tenant's entities. */
export function DesignerView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const language = req.i18n.language === 'zh' ? 'zh' : 'en'
  const entities: DesignerEntity[] = req.payload.config.collections
    .filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.slug))
    .map((c) => {
      const labels = labelsOf(c.fields as ConfigField[])
      const plural = c.labels?.plural as Record<string, string> | string | undefined
      return {
        slug: c.slug,
        label: typeof plural === 'object' ? (plural[language] ?? c.slug) : (plural ?? c.slug),
        baseFields: baseFieldsOf(c.fields as ConfigField[]).map((f) => ({ ...f, label: labels[f.name] ?? { en: f.name } })),
      }
    })
  const asked = typeof props.searchParams?.entity === 'string' ? props.searchParams.entity : 'accounts'
  return (
    <AdminPage {...props}>
      <Designer entities={entities} language={language} initialEntity={asked} />
    </AdminPage>
  )
}
