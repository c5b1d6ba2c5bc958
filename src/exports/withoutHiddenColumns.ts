import type { PayloadRequest } from 'payload'
import { fieldRulesFor } from '../fieldPermissions/fieldRulesFor'
import type { ExportColumn } from './exportColumns'

/**
 * The columns the user may see: a field hidden for their roles is left out of the file altogether
 * (masked ones stay, and are masked by the read itself).
 */
export async function withoutHiddenColumns(req: PayloadRequest, slug: string, columns: ExportColumn[]) {
  const rules = await fieldRulesFor(req, slug, undefined)
  const hiddenOf = (path: string) => {
    const [head, key] = path.split('.')
    return rules.get(head === 'custom' ? `custom.${key}` : head)?.level === 'hidden'
  }
  return columns.filter((column) => !hiddenOf(column.path))
}
