import type { PayloadRequest } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { fieldOptions } from '../customFields/fieldOptions'
import { publishedSchema } from '../customFields/publishedSchema'
import type { Language } from '../i18n'
import type { ExportColumn } from './exportColumns'

/**
 * Custom columns as the tenant's published schema describes them: the field's label in the user's
 * language as the header (the key when it has none), and for selects the option labels (inline or from
 * the dictionary) to write instead of stored values.
 */
export async function withCustomLabels(req: PayloadRequest, slug: string, columns: ExportColumn[], lang: Language) {
  const tenant = (await getAccessContext(req))?.tenantId
  if (tenant == null || !columns.some((c) => c.kind === 'custom')) return columns
  const { schema } = await publishedSchema(req, tenant, slug)
  return Promise.all(
    columns.map(async (column) => {
      const field = column.kind === 'custom' ? schema.properties[column.path.slice(7)] : undefined
      if (!field) return column
      const label = field['x-label']?.[lang] ?? field['x-label']?.en ?? field['x-label']?.zh
      const isSelect = field['x-type'] === 'select' || field['x-type'] === 'multiSelect'
      const options = isSelect ? await fieldOptions(req, tenant, field) : []
      const optionLabels = new Map(options.map((o) => [o.value, o.label[lang] ?? o.label.en ?? o.label.zh ?? o.value]))
      return { ...column, header: label ?? column.header, ...(isSelect ? { optionLabels } : {}) }
    }),
  )
}
