import type { AdminViewServerProps } from 'payload'
import { AdminPage } from '../AdminPage'
import { RecycleBinTable } from './RecycleBinTable'

/** /admin/recycle-bin: deleted records of the active tenant across modules. */
export function RecycleBinView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  // Module names in the user's language, from the collections' own labels.
  const modules = Object.fromEntries(
    req.payload.config.collections.map((c) => {
      const plural = c.labels?.plural as Record<string, string> | string | undefined
      return [c.slug, typeof plural === 'object' ? (plural[req.i18n.language] ?? c.slug) : (plural ?? c.slug)]
    }),
  )
  return (
    <AdminPage {...props}>
      <RecycleBinTable modules={modules} />
    </AdminPage>
  )
}
