import type { AdminViewServerProps } from 'payload'
import { Designer, type DesignerEntity } from '../../../form-designer/designer/Designer'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { baseFieldsOf } from '../../customFields/layout/baseFields'
import type { Labels } from '../../customFields/layout/types'
import { AdminPage } from '../AdminPage'

type ConfigField = Parameters<typeof baseFieldsOf>[0][number] & { label?: unknown; required?: boolean; fields?: ConfigField[] }

type Described = { label?: Labels; required?: boolean }

/**
 * Labels of a collection's fields by name, through rows and tabs (what the palette and canvas show),
 * and whether each is required (a required field can only be masked for a role).
 */
function describedFields(fields: readonly ConfigField[], found: Record<string, Described> = {}): Record<string, Described> {
  for (const f of fields) {
    // The first of a name wins: a field comes before the sub-fields of its groups and arrays.
    if (f.name)
      found[f.name] ??= {
        ...(f.label && typeof f.label === 'object' ? { label: f.label as Labels } : {}),
        ...(f.required ? { required: true } : {}),
      }
    if (f.fields) describedFields(f.fields, found)
    for (const tab of f.tabs ?? []) describedFields(tab.fields as ConfigField[], found)
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
      const described = describedFields(c.fields as ConfigField[])
      const plural = c.labels?.plural as Record<string, string> | string | undefined
      return {
        slug: c.slug,
        label: typeof plural === 'object' ? (plural[language] ?? c.slug) : (plural ?? c.slug),
        baseFields: baseFieldsOf(c.fields as ConfigField[]).map((f) => ({
          ...f,
          label: described[f.name]?.label ?? { en: f.name },
          ...(described[f.name]?.required ? { required: true } : {}),
        })),
      }
    })
  const asked = typeof props.searchParams?.entity === 'string' ? props.searchParams.entity : 'accounts'
  return (
    <AdminPage {...props}>
      <Designer entities={entities} language={language} initialEntity={asked} />
    </AdminPage>
  )
}
