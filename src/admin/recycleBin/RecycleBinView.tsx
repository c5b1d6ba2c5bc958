import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { RecycleBinTable } from './RecycleBinTable'

/** /admin/recycle-bin: deleted records of the active tenant across modules. */
export function RecycleBinView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  // Module names in the user's language, from the collections' own labels.
  const modules = Object.fromEntries(
    req.payload.config.collections.map((c) => {
      const plural = c.labels?.plural as Record<string, string> | string | undefined
      return [c.slug, typeof plural === 'object' ? (plural[req.i18n.language] ?? c.slug) : (plural ?? c.slug)]
    }),
  )
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewActions={req.payload.config.admin.components?.actions}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <RecycleBinTable modules={modules} />
      </Gutter>
    </DefaultTemplate>
  )
}
